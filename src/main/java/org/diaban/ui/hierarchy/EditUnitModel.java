package org.diaban.ui.hierarchy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.hierarchy.UnitEdit;

/**
 * F2 on a unit. The officer says first what happened: the record is wrong (correct the period
 * shown, in place), or the unit changed on a date (a new period starts; the old name stays in
 * history). Nothing can be saved before that choice is made.
 */
final class EditUnitModel {

    enum Mode {
        CORRECT, CHANGE_FROM
    }

    /** One version of the unit with the state of its parent then (null for a top unit). */
    record Version(UnitState state, UnitState parent) {
    }

    private final I18n i18n;
    private final UnitFormModel form;
    private final Version shown;
    private final Version latest;
    private final Collection<UnitState> members;

    // Properties
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>();
    private final DateInput changeDate;
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);

    private Version loaded;
    private UnitEdit baseline;

    EditUnitModel(I18n i18n, UnitFormModel form, Version shown, Version latest, Collection<UnitState> members,
                  LocalDate viewDate) {
        this.i18n = i18n;
        this.form = form;
        this.shown = shown;
        this.latest = latest;
        this.members = List.copyOf(members);
        LocalDate latestStart = latest.state().range().from();
        boolean viewDateFits = latestStart == null || viewDate.isAfter(latestStart);
        this.changeDate = new DateInput(viewDateFits ? viewDate : null);
        load(shown);
        mode.addListener((obs, old, m) -> {
            load(m == Mode.CHANGE_FROM ? latest : shown);
            validate();
        });
        changeDate.textProperty().addListener((obs, old, t) -> validate());
        form.validProperty().addListener((obs, old, v) -> validate());
        for (UnitFormModel.Field f : UnitFormModel.Field.values()) {
            form.text(f).addListener((obs, old, v) -> validate());
        }
        form.typeProperty().addListener((obs, old, t) -> validate());
        validate();
    }

    private void load(Version version) {
        if (loaded == version) {
            return;
        }
        loaded = version;
        form.loadFrom(version.state(), version.parent(), members);
        baseline = form.facts();
    }

    private void validate() {
        Mode m = mode.get();
        String dateMessage = m == Mode.CHANGE_FROM ? checkDate() : null;
        dateError.set(dateMessage);
        explanation.set(explain(m));
        String issue = null;
        if (m == null) {
            issue = i18n.get("hierarchy.edit.chooseMode");
        } else if (form.isValid() && Objects.equals(baseline, form.facts())) {
            issue = i18n.get("hierarchy.edit.nothingChanged");
        }
        problem.set(issue);
        valid.set(m != null && issue == null && dateMessage == null && form.isValid());
    }

    private String checkDate() {
        String error = changeDate.basicError(i18n);
        if (error != null) {
            return error;
        }
        LocalDate day = changeDate.value();
        LocalDate start = latest.state().range().from();
        if (start != null && !day.isAfter(start)) {
            return i18n.format("hierarchy.edit.error.notAfterStart", Formats.date(start));
        }
        if (!latest.state().lifetime().contains(day)) {
            return i18n.format("hierarchy.edit.error.notExisting", Formats.date(day));
        }
        return null;
    }

    private String explain(Mode m) {
        if (m == null) {
            return "";
        }
        if (m == Mode.CORRECT) {
            return i18n.format("hierarchy.edit.correctExplain", period(shown.state().range()));
        }
        LocalDate day = changeDate.value();
        if (day == null || dateError.get() != null) {
            return i18n.get("hierarchy.edit.changeExplainNoDate");
        }
        return i18n.format("hierarchy.edit.changeExplain", latest.state().fullName(), Formats.date(day.minusDays(1)),
                form.displayName(), Formats.date(day));
    }

    private String period(DateRange range) {
        if (range.from() == null && range.to() == null) {
            return i18n.get("hierarchy.details.periodOpen");
        }
        if (range.to() == null) {
            return i18n.format("hierarchy.details.periodFrom", Formats.date(range.from()));
        }
        if (range.from() == null) {
            return i18n.format("hierarchy.details.periodUntil", Formats.date(range.to()));
        }
        return i18n.format("hierarchy.details.periodBetween", Formats.date(range.from()), Formats.date(range.to()));
    }

    // Results

    UnitState unit() {
        return shown.state();
    }

    /** The version a correction rewrites. */
    Long correctedVersionId() {
        return shown.state().versionId();
    }

    LocalDate changeDay() {
        return changeDate.value();
    }

    UnitEdit facts() {
        return form.facts();
    }

    // Properties

    UnitFormModel form() {
        return form;
    }

    ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    DateInput changeDate() {
        return changeDate;
    }

    /** Whether the version shown is an older one than the latest (a change then starts from the latest). */
    boolean showsOlderVersion() {
        return !Objects.equals(shown.state().versionId(), latest.state().versionId());
    }

    String shownPeriod() {
        return period(shown.state().range());
    }

    ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
