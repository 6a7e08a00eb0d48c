package org.diaban.ui.hierarchy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diaban.domain.hierarchy.Unit;
import org.diaban.domain.hierarchy.UnitNaming;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.hierarchy.UnitType;
import org.diaban.i18n.I18n;
import org.diaban.service.common.ReferenceData;
import org.diaban.service.hierarchy.NewUnit;
import org.diaban.service.hierarchy.UnitEdit;
import org.diaban.service.hierarchy.UnitKeys;

/**
 * The facts of one unit as a form: type, names, key, codes and party organisation. Only types
 * below the parent's tier (and above the unit's members) are offered; full name, key and party
 * names follow the type and name as suggestions until the user types over them.
 */
final class UnitFormModel {

    /** The text fields of the form, with the column sizes of the schema. */
    enum Field {
        NAME(200), FULL_NAME(300), KEY(200), OFFICIAL_CODE(40), PARTY_ORG(300), COMMITTEE(300), COMMITTEE_CODE(20);

        final int maxLength;

        Field(int maxLength) {
            this.maxLength = maxLength;
        }
    }

    private final ReferenceData reference;
    private final I18n i18n;
    private final Predicate<String> keyTaken;
    private final boolean newUnit;

    // Properties
    private final ObjectProperty<UnitState> parent = new SimpleObjectProperty<>();
    private final ObservableList<UnitType> allowedTypes = FXCollections.observableArrayList();
    private final ObjectProperty<UnitType> type = new SimpleObjectProperty<>();
    private final Map<Field, StringProperty> texts = new EnumMap<>(Field.class);
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper typeError = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);

    /** The last value suggested for each field: a field still showing it follows the next one. */
    private final Map<Field, String> suggested = new HashMap<>();
    private int lowestMemberRank = Integer.MAX_VALUE;
    private String preferredTypeCode;
    private boolean loading;

    /**
     * @param keyTaken tells whether an external key is used already
     * @param newUnit  true for a unit to create (its key is edited and suggested); false for an
     *                 existing unit, whose key never changes
     */
    UnitFormModel(ReferenceData reference, I18n i18n, Predicate<String> keyTaken, boolean newUnit) {
        this.reference = reference;
        this.i18n = i18n;
        this.keyTaken = keyTaken;
        this.newUnit = newUnit;
        for (Field f : Field.values()) {
            texts.put(f, new SimpleStringProperty(""));
            errors.put(f, new ReadOnlyStringWrapper());
        }
        parent.addListener((obs, old, p) -> {
            updateAllowedTypes();
            refresh();
        });
        type.addListener((obs, old, t) -> refresh());
        text(Field.NAME).addListener((obs, old, n) -> refresh());
        for (Field f : Field.values()) {
            if (f != Field.NAME) {
                text(f).addListener((obs, old, v) -> validate());
            }
        }
        updateAllowedTypes();
        refresh();
    }

    // Commands

    /** Fills the form with a version's facts; suggestions then follow only the fields that match them. */
    void loadFrom(UnitState state, UnitState parentState, Collection<UnitState> members) {
        loading = true;
        lowestMemberRank = members.stream().mapToInt(UnitState::tierRank).min().orElse(Integer.MAX_VALUE);
        parent.set(parentState);
        updateAllowedTypes();
        type.set(reference.findType(state.typeCode()).orElse(null));
        text(Field.NAME).set(state.name());
        text(Field.FULL_NAME).set(nullToEmpty(state.fullName()));
        text(Field.KEY).set(state.externalKey());
        text(Field.OFFICIAL_CODE).set(nullToEmpty(state.officialCode()));
        text(Field.PARTY_ORG).set(nullToEmpty(state.partyOrgName()));
        text(Field.COMMITTEE).set(nullToEmpty(state.committeeName()));
        text(Field.COMMITTEE_CODE).set(nullToEmpty(state.committeeCode()));
        suggested.clear();
        suggestions().forEach(suggested::put);
        loading = false;
        validate();
    }

    /** Pre-selects the type most of the parent's present members have ("xã" under a province after 2025). */
    void preferTypeOf(Collection<UnitState> siblings) {
        preferredTypeCode = siblings.stream()
                .collect(Collectors.groupingBy(UnitState::typeCode, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (preferredTypeCode != null) {
            allowedTypes.stream().filter(t -> t.code().equals(preferredTypeCode)).findFirst().ifPresent(type::set);
        }
    }

    void preferType(String code) {
        preferredTypeCode = code;
        allowedTypes.stream().filter(t -> t.code().equals(code)).findFirst().ifPresent(type::set);
    }

    private void updateAllowedTypes() {
        int parentRank = parent.get() == null ? 0 : parent.get().tierRank();
        List<UnitType> allowed = reference.unitTypes().stream()
                .filter(t -> rank(t) > parentRank && rank(t) < lowestMemberRank)
                .sorted(Comparator.comparingInt(this::rank).thenComparingInt(UnitType::sortOrder))
                .toList();
        UnitType current = type.get();
        allowedTypes.setAll(allowed);
        if (current != null && allowed.contains(current)) {
            return;
        }
        UnitType preferred = allowed.stream().filter(t -> t.code().equals(preferredTypeCode)).findFirst()
                .orElse(allowed.isEmpty() ? null : allowed.get(0));
        type.set(preferred);
    }

    private int rank(UnitType t) {
        return reference.tierOf(t).rank();
    }

    private void refresh() {
        if (loading) {
            return;
        }
        suggestions().forEach(this::suggest);
        validate();
    }

    private Map<Field, String> suggestions() {
        UnitType t = type.get();
        String name = text(Field.NAME).get();
        int tierRank = t == null ? 0 : rank(t);
        Map<Field, String> out = new EnumMap<>(Field.class);
        out.put(Field.FULL_NAME, UnitNaming.fullName(t, name));
        out.put(Field.PARTY_ORG, UnitNaming.partyOrgName(t, tierRank, name));
        out.put(Field.COMMITTEE, UnitNaming.committeeName(t, tierRank, name));
        out.put(Field.COMMITTEE_CODE, UnitNaming.committeeCode(t, tierRank));
        if (newUnit) {
            String parentKey = parent.get() == null ? null : parent.get().externalKey();
            out.put(Field.KEY, name == null || name.isBlank() ? "" : UnitKeys.derive(parentKey, name, keyTaken));
        }
        return out;
    }

    private void suggest(Field field, String value) {
        StringProperty p = text(field);
        String current = p.get();
        if (current == null || current.isBlank() || current.equals(suggested.get(field))) {
            p.set(value);
        }
        suggested.put(field, value);
    }

    private void validate() {
        if (loading) {
            return;
        }
        boolean ok = true;
        if (type.get() == null) {
            typeError.set(allowedTypes.isEmpty() && parent.get() != null
                    ? i18n.format("hierarchy.form.error.noTypeUnder", parent.get().fullName())
                    : i18n.get("hierarchy.form.error.typeRequired"));
            ok = false;
        } else {
            typeError.set(null);
        }
        for (Field f : Field.values()) {
            String message = check(f, strip(text(f).get()));
            errors.get(f).set(message);
            ok &= message == null;
        }
        valid.set(ok);
    }

    private String check(Field f, String value) {
        if (value.length() > f.maxLength) {
            return i18n.format("hierarchy.form.error.tooLong", f.maxLength);
        }
        return switch (f) {
            case NAME -> value.isEmpty() ? i18n.get("hierarchy.form.error.nameRequired") : null;
            case KEY -> newUnit ? checkKey(value) : null;
            default -> null;
        };
    }

    private String checkKey(String key) {
        if (key.isEmpty()) {
            return i18n.get("hierarchy.form.error.keyRequired");
        }
        if (!Unit.isWellFormedKey(key)) {
            return i18n.get("hierarchy.form.error.keyFormat");
        }
        return keyTaken.test(key) ? i18n.get("hierarchy.form.error.keyTaken") : null;
    }

    /** The facts as the services take them; blank texts become absent. */
    UnitEdit facts() {
        UnitType t = type.get();
        return new UnitEdit(t == null ? null : t.code(), value(Field.NAME), value(Field.FULL_NAME),
                value(Field.OFFICIAL_CODE), value(Field.PARTY_ORG), value(Field.COMMITTEE),
                value(Field.COMMITTEE_CODE), parent.get() == null ? null : parent.get().unitId());
    }

    NewUnit newUnit(LocalDate validFrom) {
        return new NewUnit(value(Field.KEY), facts(), validFrom, null);
    }

    /** The full name as the unit will carry it (the short name when no full name is given). */
    String displayName() {
        String full = value(Field.FULL_NAME);
        return full != null ? full : Objects.requireNonNullElse(value(Field.NAME), "");
    }

    private String value(Field f) {
        String v = strip(text(f).get());
        return v.isEmpty() ? null : v;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    // Properties

    ObjectProperty<UnitState> parentProperty() {
        return parent;
    }

    ObservableList<UnitType> allowedTypes() {
        return allowedTypes;
    }

    ObjectProperty<UnitType> typeProperty() {
        return type;
    }

    StringProperty text(Field field) {
        return texts.get(field);
    }

    ReadOnlyStringProperty error(Field field) {
        return errors.get(field).getReadOnlyProperty();
    }

    ReadOnlyStringProperty typeErrorProperty() {
        return typeError.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    boolean isValid() {
        return valid.get();
    }

    boolean isNewUnit() {
        return newUnit;
    }

    /** The type's display name in the UI's language. */
    String typeName(UnitType t) {
        return t == null ? "" : i18n.isEnglish() ? t.nameEn() : t.nameVi();
    }
}
