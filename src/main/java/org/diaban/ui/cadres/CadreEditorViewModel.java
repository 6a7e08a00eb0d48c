package org.diaban.ui.cadres;

import org.diaban.ui.common.form.FormField;
import org.diaban.ui.common.form.ChoiceModel;
import org.diaban.ui.common.form.Choice;
import org.diaban.ui.common.form.Checks;
import org.diaban.ui.common.form.Background;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.Gender;
import org.diaban.domain.people.PositionSpec;
import org.diaban.service.cadres.CadreDetail;

/**
 * The form for adding a cadre (with an optional first position) or correcting one's details.
 * Every field is checked as the user types, by the same rules {@link CadreProfile} applies; saving
 * is possible only while all hold, and runs in the background.
 */
public final class CadreEditorViewModel {

    private final Checks checks;
    private final EditRunner runner;
    private final CadreEdits edits;
    private final Lookups lookups;
    private final Background background;
    private final LocalDate today;
    private final CadreDetail existing;

    private final FormField name;
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    private final FormField birthYear;
    private final FormField ethnicity;
    private final ChoiceModel homeUnit = new ChoiceModel();
    private final ReadOnlyStringWrapper homeUnitMessage = new ReadOnlyStringWrapper();
    private final FormField workplace;
    private final FormField phone;
    private final FormField note;
    private final BooleanProperty withPosition = new SimpleBooleanProperty(false);
    private final PositionFormModel position;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final BooleanBinding valid;

    CadreEditorViewModel(Checks checks, EditRunner runner, CadreEdits edits, Lookups lookups, Background background,
                         LocalDate today, CadreDetail existing) {
        this.checks = checks;
        this.runner = runner;
        this.edits = edits;
        this.lookups = lookups;
        this.background = background;
        this.today = today;
        this.existing = existing;
        name = new FormField(t -> checks.problem(() -> CadreProfile.checkName(t)));
        birthYear = new FormField(this::birthYearProblem);
        ethnicity = new FormField(t -> checks.problem(() -> CadreProfile.checkEthnicity(t)));
        workplace = new FormField(t -> checks.problem(() -> CadreProfile.checkWorkplace(t)));
        phone = new FormField(t -> checks.problem(() -> CadreProfile.checkPhone(t)));
        note = new FormField(t -> checks.problem(() -> CadreProfile.checkNote(t)));
        homeUnit.textProperty().addListener((obs, old, now) -> checkHomeUnit());
        homeUnit.matches().addListener((javafx.collections.ListChangeListener<Choice>) c -> checkHomeUnit());
        position = existing == null ? new PositionFormModel(checks, lookups, background, today) : null;
        BooleanBinding positionOk = position == null ? Bindings.createBooleanBinding(() -> true)
                : withPosition.not().or(position.validProperty());
        valid = Bindings.createBooleanBinding(() -> name.problemProperty().get() == null
                        && birthYear.problemProperty().get() == null && ethnicity.problemProperty().get() == null
                        && homeUnitMessage.get() == null && workplace.problemProperty().get() == null
                        && phone.problemProperty().get() == null && note.problemProperty().get() == null
                        && positionOk.get(),
                name.problemProperty(), birthYear.problemProperty(), ethnicity.problemProperty(), homeUnitMessage,
                workplace.problemProperty(), phone.problemProperty(), note.problemProperty(), positionOk);
        if (existing != null) {
            fill(existing);
        }
    }

    private void fill(CadreDetail c) {
        CadreProfile p = c.profile();
        name.load(p.fullName());
        gender.set(p.gender());
        birthYear.load(p.birthYear() == null ? "" : String.valueOf(p.birthYear()));
        ethnicity.load(p.ethnicity());
        if (p.homeUnitId() != null) {
            homeUnit.textProperty().set(c.homeUnitName());
            homeUnit.select(p.homeUnitId());
        }
        workplace.load(p.workplace());
        phone.load(p.phone());
        note.load(p.note());
    }

    /** Loads the pick lists; call once the form is shown. */
    public void start() {
        background.run(() -> lookups.units(today), list -> {
            homeUnit.setChoices(list);
            checkHomeUnit();
        }, e -> error.set(checks.describe(e)));
        if (position != null) {
            position.start();
        }
    }

    private String birthYearProblem(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Integer year = year(text);
        if (year == null) {
            return checks.text("cadres.editor.yearNotNumber", text.strip());
        }
        return checks.problem(() -> CadreProfile.checkBirthYear(year));
    }

    private static Integer year(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void checkHomeUnit() {
        homeUnitMessage.set(checks.choiceProblem(homeUnit));
    }

    /** The profile as entered; call only while the form is valid. */
    public CadreProfile profile() {
        Choice unit = homeUnit.selectedProperty().get();
        return new CadreProfile(name.textProperty().get(), gender.get(), year(birthYear.textProperty().get()),
                ethnicity.value(), unit == null ? null : unit.id(), workplace.value(), phone.value(), note.value());
    }

    /** Saves in the background; {@code onSaved} runs when it worked, else the error shows in the form. */
    public void save(Runnable onSaved) {
        if (!valid.get() || busy.get()) {
            return;
        }
        CadreEdit edit;
        try {
            CadreProfile profile = profile();
            if (existing != null && profile.equals(existing.profile())) {
                onSaved.run();
                return;
            }
            PositionSpec first = position != null && withPosition.get() ? position.spec() : null;
            edit = existing == null ? edits.add(profile, first) : edits.update(existing.id(), profile);
        } catch (DomainException e) {
            error.set(checks.describe(e));
            return;
        }
        runner.submit(edit, busy, error, onSaved);
    }

    public boolean isNew() {
        return existing == null;
    }

    public FormField name() {
        return name;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public FormField birthYear() {
        return birthYear;
    }

    public FormField ethnicity() {
        return ethnicity;
    }

    public ChoiceModel homeUnit() {
        return homeUnit;
    }

    public ReadOnlyStringProperty homeUnitMessageProperty() {
        return homeUnitMessage.getReadOnlyProperty();
    }

    public FormField workplace() {
        return workplace;
    }

    public FormField phone() {
        return phone;
    }

    public FormField note() {
        return note;
    }

    public BooleanProperty withPositionProperty() {
        return withPosition;
    }

    /** The first position, when adding; null when correcting a cadre. */
    public PositionFormModel position() {
        return position;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
