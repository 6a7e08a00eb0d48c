package org.diaban.ui.hierarchy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.text.VietnameseCollation;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;

/**
 * Moving a unit under another parent from a day. Only units that exist that day, sit on a higher
 * tier and are not under the unit itself are offered; typing filters them, diacritics ignored.
 */
final class MoveUnitModel implements NeedsSnapshots {

    private final I18n i18n;
    private final UnitLabels labels;
    private final UnitState unit;
    private final UnitState latest;

    // Properties
    private final DateInput date;
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<UnitChoice> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<UnitChoice> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LocalDate> snapshotDay = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper currentParent = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);

    private List<UnitChoice> all = List.of();
    private LocalDate loadedDay;

    /**
     * @param unit   the unit as shown in the tree
     * @param latest its newest version: a move starts a period after that version's start
     */
    MoveUnitModel(I18n i18n, UnitLabels labels, UnitState unit, UnitState latest, LocalDate viewDate) {
        this.i18n = i18n;
        this.labels = labels;
        this.unit = unit;
        this.latest = latest;
        this.date = new DateInput(viewDate);
        date.textProperty().addListener((obs, old, t) -> dateChanged());
        filter.addListener((obs, old, f) -> applyFilter());
        chosen.addListener((obs, old, c) -> validate());
        dateChanged();
    }

    private void dateChanged() {
        String error = checkDate();
        dateError.set(error);
        snapshotDay.set(error == null ? date.value() : null);
        if (error != null || !date.value().equals(loadedDay)) {
            all = List.of();
            loadedDay = null;
            applyFilter();
        }
        validate();
    }

    private String checkDate() {
        String error = date.basicError(i18n);
        if (error != null) {
            return error;
        }
        LocalDate start = latest.range().from();
        if (start != null && !date.value().isAfter(start)) {
            return i18n.format("hierarchy.edit.error.notAfterStart", Formats.date(start));
        }
        if (!latest.lifetime().contains(date.value())) {
            return i18n.format("hierarchy.edit.error.notExisting", Formats.date(date.value()));
        }
        return null;
    }

    @Override
    public void snapshotsLoaded(LocalDate day, HierarchySnapshot dayBefore, HierarchySnapshot onDay) {
        if (!day.equals(snapshotDay.get())) {
            return;
        }
        loadedDay = day;
        UnitState self = onDay.unit(unit.unitId()).orElse(unit);
        Set<Long> under = onDay.subtree(unit.unitId()).stream().map(UnitState::unitId).collect(Collectors.toSet());
        currentParent.set(self.parentId() == null ? "" : onDay.unit(self.parentId()).map(UnitState::fullName).orElse(""));
        all = onDay.units().stream()
                .filter(u -> u.tierRank() < self.tierRank() && !under.contains(u.unitId())
                        && !u.unitId().equals(self.parentId()))
                .map(u -> UnitChoice.of(u, labels.withPath(u, onDay)))
                .sorted(Comparator.comparing(UnitChoice::label, VietnameseCollation.text()))
                .toList();
        applyFilter();
        validate();
    }

    private void applyFilter() {
        UnitChoice keep = chosen.get();
        candidates.setAll(all.stream().filter(c -> c.matches(filter.get())).toList());
        if (keep != null && candidates.stream().anyMatch(c -> c.unitId().equals(keep.unitId()))) {
            chosen.set(candidates.stream().filter(c -> c.unitId().equals(keep.unitId())).findFirst().orElse(null));
        } else {
            chosen.set(candidates.size() == 1 ? candidates.get(0) : null);
        }
        validate();
    }

    private void validate() {
        String issue = null;
        if (dateError.get() == null && loadedDay != null) {
            if (all.isEmpty()) {
                issue = i18n.get("hierarchy.move.noCandidates");
            } else if (chosen.get() == null) {
                issue = i18n.get("hierarchy.move.choose");
            }
        }
        problem.set(issue);
        valid.set(dateError.get() == null && loadedDay != null && chosen.get() != null);
    }

    // Results

    UnitState unit() {
        return unit;
    }

    LocalDate day() {
        return date.value();
    }

    UnitState newParent() {
        return chosen.get() == null ? null : chosen.get().unit();
    }

    // Properties

    DateInput date() {
        return date;
    }

    StringProperty filterProperty() {
        return filter;
    }

    ObservableList<UnitChoice> candidates() {
        return candidates;
    }

    ObjectProperty<UnitChoice> chosenProperty() {
        return chosen;
    }

    @Override
    public ReadOnlyObjectProperty<LocalDate> snapshotDayProperty() {
        return snapshotDay.getReadOnlyProperty();
    }

    ReadOnlyStringProperty currentParentProperty() {
        return currentParent.getReadOnlyProperty();
    }

    ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
