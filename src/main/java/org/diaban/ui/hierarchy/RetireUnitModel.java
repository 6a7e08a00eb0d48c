package org.diaban.ui.hierarchy;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;

/**
 * Dissolving a unit: it exists until a last day and stays in history. Units still under it the
 * day after must go elsewhere first, and the form says which ones.
 */
final class RetireUnitModel implements NeedsSnapshots {

    private static final int NAMES_SHOWN = 5;

    private final I18n i18n;
    private final UnitState unit;
    private final UnitState latest;

    // Properties
    private final DateInput lastDay;
    private final ReadOnlyObjectWrapper<LocalDate> snapshotDay = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);

    private LocalDate checkedDay;
    private List<UnitState> members = List.of();

    /** The last day defaults to the day before the view date, so the unit leaves the tree being looked at. */
    RetireUnitModel(I18n i18n, UnitState unit, UnitState latest, LocalDate viewDate) {
        this.i18n = i18n;
        this.unit = unit;
        this.latest = latest;
        this.lastDay = new DateInput(viewDate.minusDays(1));
        lastDay.textProperty().addListener((obs, old, t) -> dateChanged());
        dateChanged();
    }

    private void dateChanged() {
        String error = checkDate();
        dateError.set(error);
        LocalDate dayAfter = error == null ? lastDay.value().plusDays(1) : null;
        snapshotDay.set(dayAfter);
        if (dayAfter == null || !dayAfter.equals(checkedDay)) {
            checkedDay = null;
            members = List.of();
        }
        validate();
    }

    private String checkDate() {
        String error = lastDay.basicError(i18n);
        if (error != null) {
            return error;
        }
        LocalDate day = lastDay.value();
        LocalDate start = latest.range().from();
        if (start != null && day.isBefore(start)) {
            return i18n.format("hierarchy.retire.error.beforeLatest", Formats.date(start));
        }
        if (!latest.lifetime().contains(day)) {
            return i18n.format("hierarchy.edit.error.notExisting", Formats.date(day));
        }
        return null;
    }

    @Override
    public void snapshotsLoaded(LocalDate day, HierarchySnapshot dayBefore, HierarchySnapshot onDay) {
        if (!day.equals(snapshotDay.get())) {
            return;
        }
        checkedDay = day;
        members = onDay.children(unit.unitId());
        validate();
    }

    private void validate() {
        String issue = null;
        if (dateError.get() == null && checkedDay != null && !members.isEmpty()) {
            List<String> names = members.stream().limit(NAMES_SHOWN).map(UnitState::fullName).toList();
            String shown = String.join(", ", names) + (members.size() > NAMES_SHOWN ? ", …" : "");
            issue = i18n.format("hierarchy.retire.hasMembers", members.size(), unit.fullName(),
                    Formats.date(lastDay.value()), shown);
        }
        problem.set(issue);
        if (dateError.get() == null) {
            summary.set(i18n.format("hierarchy.retire.summary", unit.fullName(), Formats.date(lastDay.value()),
                    Formats.date(lastDay.value().plusDays(1))));
        } else {
            summary.set("");
        }
        valid.set(dateError.get() == null && checkedDay != null && members.isEmpty());
    }

    // Results

    UnitState unit() {
        return unit;
    }

    LocalDate lastDay() {
        return lastDay.value();
    }

    // Properties

    DateInput lastDayInput() {
        return lastDay;
    }

    @Override
    public ReadOnlyObjectProperty<LocalDate> snapshotDayProperty() {
        return snapshotDay.getReadOnlyProperty();
    }

    ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
