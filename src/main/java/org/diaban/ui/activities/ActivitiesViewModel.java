package org.diaban.ui.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.i18n.Formats;
import org.diaban.service.activity.ActivityFilter;
import org.diaban.service.activity.ActivityList;
import org.diaban.service.activity.ActivityRow;
import org.diaban.service.concerns.ConcernDraft;
import org.diaban.service.activity.ActivityService;
import org.diaban.ui.common.UndoManager;
import org.diaban.ui.common.form.Background;
import org.diaban.ui.common.form.Checks;
import org.diaban.ui.common.form.Choice;
import org.diaban.ui.common.form.ChoiceModel;

/**
 * The activity list: a filter (period, place with everything under it, cadre, kind), the latest
 * activities that match, and the totals by kind of all that match.
 */
public final class ActivitiesViewModel {

    /** How many rows the table shows at most; the totals always count them all. */
    public static final int LIMIT = 500;

    private final ActivityService service;
    private final Background background;
    private final UndoManager undo;
    private final Checks checks;
    private final Supplier<LocalDate> today;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ChoiceModel unit = new ChoiceModel();
    private final ChoiceModel cadre = new ChoiceModel();
    private final ObjectProperty<ActivityKind> kind = new SimpleObjectProperty<>();
    private final ObservableList<ActivityRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<ActivityKind, Long>> totals = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ObjectProperty<ActivityRow> selected = new SimpleObjectProperty<>();
    private Long wantSelected;
    private Long group;
    private final ReadOnlyStringWrapper groupFilter = new ReadOnlyStringWrapper("");
    private boolean choicesLoaded;
    private long generation;
    /** Whether the list has been shown: until then it loads nothing (the tree comes first at start-up). */
    private boolean active;

    public ActivitiesViewModel(ActivityService service, Background background, UndoManager undo, Checks checks,
                               Supplier<LocalDate> today) {
        this.service = service;
        this.background = background;
        this.undo = undo;
        this.checks = checks;
        this.today = today;
        LocalDate d = today.get();
        from.set(d.withDayOfYear(1));
        to.set(d.withDayOfYear(d.lengthOfYear()));
        kind.addListener((obs, old, k) -> reload());
        unit.selectedProperty().addListener((obs, old, u) -> reload());
        cadre.selectedProperty().addListener((obs, old, c) -> reload());
    }

    public void thisMonth() {
        LocalDate d = today.get();
        period(d.withDayOfMonth(1), d.withDayOfMonth(d.lengthOfMonth()));
    }

    public void thisQuarter() {
        LocalDate d = today.get();
        LocalDate start = d.withMonth((d.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        period(start, start.plusMonths(3).minusDays(1));
    }

    public void thisYear() {
        LocalDate d = today.get();
        period(d.withDayOfYear(1), d.withDayOfYear(d.lengthOfYear()));
    }

    /** Every activity, of any year. */
    public void allTime() {
        period(null, null);
    }

    public void period(LocalDate start, LocalDate end) {
        from.set(start);
        to.set(end);
        reload();
    }

    /** Activities at this unit and anywhere under it, over all time. */
    public void showUnit(Long unitId) {
        group = null;
        groupFilter.set("");
        cadre.textProperty().set("");
        kind.set(null);
        unit.select(unitId);
        from.set(null);
        to.set(null);
        reload();
    }

    /** The activities of this cadre, over all time. */
    public void showCadre(Long cadreId) {
        group = null;
        groupFilter.set("");
        unit.textProperty().set("");
        kind.set(null);
        cadre.select(cadreId);
        from.set(null);
        to.set(null);
        reload();
    }

    /** The activities done under a working group, over all time. */
    public void showGroup(Long groupId, String groupName) {
        groupFilter.set(checks.text("activities.filter.group", groupName));
        unit.textProperty().set("");
        cadre.textProperty().set("");
        kind.set(null);
        group = groupId;
        from.set(null);
        to.set(null);
        reload();
    }

    public void clearFilter() {
        group = null;
        groupFilter.set("");
        unit.textProperty().set("");
        cadre.textProperty().set("");
        kind.set(null);
        thisYear();
    }

    /** Loads the places and people the filter offers, once. */
    public void loadChoices() {
        if (choicesLoaded) {
            return;
        }
        choicesLoaded = true;
        LocalDate d = today.get();
        background.run(() -> List.of(service.units(d), service.people(d)), lists -> {
            unit.setChoices(lists.get(0).stream().map(o -> new Choice(o.id(), o.label())).toList());
            cadre.setChoices(lists.get(1).stream().map(o -> new Choice(o.id(), o.label())).toList());
        }, e -> error.set(checks.describe(e)));
    }

    public ActivityFilter filter() {
        Choice u = unit.isBlank() ? null : unit.selectedProperty().get();
        Choice c = cadre.isBlank() ? null : cadre.selectedProperty().get();
        return new ActivityFilter(from.get(), to.get(), u == null ? null : u.id(), c == null ? null : c.id(),
                kind.get(), group);
    }

    /** The list is showing: loads it now and whenever asked from now on. */
    public void activate() {
        if (!active) {
            active = true;
            reload();
        }
    }

    public void reload() {
        if (!active) {
            return;
        }
        ActivityFilter f = filter();
        long mine = ++generation;
        Long keep = wantSelected != null ? wantSelected : selected.get() == null ? null : selected.get().id();
        loading.set(true);
        background.run(() -> service.list(f, LIMIT), list -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            error.set(null);
            show(list, keep);
        }, e -> {
            loading.set(false);
            error.set(checks.describe(e));
        });
    }

    private void show(ActivityList list, Long keep) {
        rows.setAll(list.rows());
        totals.set(list.totalsByKind());
        summary.set(list.isCapped()
                ? checks.text("activities.list.capped", Formats.number(list.rows().size()),
                        Formats.number(list.total()))
                : checks.text("activities.list.count", Formats.number(list.total())));
        wantSelected = null;
        selected.set(keep == null ? null : list.rows().stream().filter(r -> r.id().equals(keep)).findFirst()
                .orElse(null));
    }

    /** Selects this activity once the list shows it (after it was saved). */
    public void reveal(Long id) {
        wantSelected = id;
        reload();
    }

    /** Deletes the selected activity (softly), undoably. */
    public void deleteSelected(Runnable afterwards) {
        ActivityRow row = selected.get();
        if (row == null) {
            return;
        }
        String what = checks.text("activities.undo.delete", checks.text("activities.kind." + row.kind()),
                Formats.date(row.heldOn()));
        background.run(() -> {
            service.retire(row.id());
            return null;
        }, ignored -> {
            undo.done(Edits.deleted(service, row.id(), what));
            afterwards.run();
        }, e -> error.set(checks.describe(e)));
    }

    /** The text of the totals: each kind with its count, and the sum. */
    public String totalsText() {
        StringBuilder s = new StringBuilder();
        long sum = 0;
        for (ActivityKind k : ActivityKind.values()) {
            long n = totals.get().getOrDefault(k, 0L);
            sum += n;
            s.append(checks.text("activities.kind." + k)).append(": ").append(Formats.number(n)).append("   ·   ");
        }
        return s.append(checks.text("activities.list.total", Formats.number(sum))).toString();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ChoiceModel unit() {
        return unit;
    }

    public ChoiceModel cadre() {
        return cadre;
    }

    public ObjectProperty<ActivityKind> kindProperty() {
        return kind;
    }

    public ObservableList<ActivityRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Map<ActivityKind, Long>> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The working group the list is limited to, as a sentence; empty when none. */
    public ReadOnlyStringProperty groupFilterProperty() {
        return groupFilter.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * A new concern raised at the selected activity: its place (and household), its day and the
     * link to it; null without a selection.
     */
    public ConcernDraft concernAtSelected() {
        ActivityRow r = selected.get();
        return r == null ? null : new ConcernDraft(r.id(), r.unitId(), r.householdId(), null, r.heldOn(), null, null,
                null, null);
    }

    public ObjectProperty<ActivityRow> selectedProperty() {
        return selected;
    }
}
