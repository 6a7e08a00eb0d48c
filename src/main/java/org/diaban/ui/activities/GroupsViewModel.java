package org.diaban.ui.activities;

import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diaban.i18n.Formats;
import org.diaban.service.activity.GroupRow;
import org.diaban.service.activity.WorkingGroupService;
import org.diaban.ui.common.UndoManager;
import org.diaban.ui.common.form.Background;
import org.diaban.ui.common.form.Checks;
import org.diaban.ui.common.form.Choice;
import org.diaban.ui.common.form.ChoiceModel;

/** The working groups of a committee (or of all) in a year (or in all), with their activities done. */
public final class GroupsViewModel {

    private final WorkingGroupService service;
    private final Background background;
    private final UndoManager undo;
    private final Checks checks;
    private final Supplier<LocalDate> today;

    private final ChoiceModel committee = new ChoiceModel();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<GroupRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<GroupRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private boolean committeesLoaded;
    private Long wantSelected;
    private long generation;
    private boolean active;

    public GroupsViewModel(WorkingGroupService service, Background background, UndoManager undo, Checks checks,
                           Supplier<LocalDate> today) {
        this.service = service;
        this.background = background;
        this.undo = undo;
        this.checks = checks;
        this.today = today;
        committee.selectedProperty().addListener((obs, old, c) -> reload());
        committee.textProperty().addListener((obs, old, t) -> {
            if (t == null || t.isBlank()) {
                reload();
            }
        });
        year.addListener((obs, old, y) -> reload());
    }

    /** The committees to choose from, once: today's, and the older ones that formed groups. */
    public void loadCommittees() {
        if (committeesLoaded) {
            return;
        }
        committeesLoaded = true;
        LocalDate d = today.get();
        background.run(() -> service.committeesForList(d).stream().map(o -> new Choice(o.id(), o.label())).toList(),
                committee::setChoices, e -> error.set(checks.describe(e)));
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
        Choice c = committee.isBlank() ? null : committee.selectedProperty().get();
        if (!committee.isBlank() && c == null) {
            return;
        }
        Integer y = year.get();
        long mine = ++generation;
        Long keep = wantSelected != null ? wantSelected : selected.get() == null ? null : selected.get().id();
        background.run(() -> service.list(c == null ? null : c.id(), y), list -> {
            if (mine != generation) {
                return;
            }
            wantSelected = null;
            rows.setAll(list);
            summary.set(checks.text("activities.groups.count", Formats.number(list.size()),
                    Formats.number(list.stream().mapToLong(GroupRow::activities).sum())));
            selected.set(list.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
            error.set(null);
        }, e -> error.set(checks.describe(e)));
    }

    public void reveal(Long id) {
        wantSelected = id;
        reload();
    }

    /** Dissolves the selected group from {@code day}, undoably. */
    public void dissolveSelected(LocalDate day) {
        GroupRow row = selected.get();
        if (row == null) {
            return;
        }
        String what = checks.text("activities.groups.undo.dissolve", row.name());
        background.run(() -> service.dissolve(row.id(), day),
                before -> undo.done(Edits.dissolved(service, row.id(), before, day, what)),
                e -> error.set(checks.describe(e)));
    }

    /** The committee chosen, for a new group. */
    public Long committeeId() {
        Choice c = committee.selectedProperty().get();
        return committee.isBlank() || c == null ? null : c.id();
    }

    public ChoiceModel committee() {
        return committee;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<GroupRow> rows() {
        return rows;
    }

    public ObjectProperty<GroupRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
