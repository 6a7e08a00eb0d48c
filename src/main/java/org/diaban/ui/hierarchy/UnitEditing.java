package org.diaban.ui.hierarchy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.stage.Window;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.common.ReferenceData;
import org.diaban.service.hierarchy.HierarchyEditing;
import org.diaban.service.hierarchy.HierarchyQueries;
import org.diaban.service.hierarchy.NewUnit;
import org.diaban.service.hierarchy.ReorganisationPlan;
import org.diaban.service.hierarchy.ReorganisationService;
import org.diaban.service.hierarchy.UnitEdit;
import org.diaban.ui.common.Dialogs;
import org.diaban.ui.common.TaskRunner;
import org.diaban.ui.common.UndoManager;
import org.diaban.ui.common.UndoableEdit;

/**
 * What the tree's menu, Ctrl+N, F2 and Delete do: each opens its dialog on data loaded in the
 * background, saves through the services, puts an undoable edit on the stack, and shows the
 * unit that changed once the tree has reloaded.
 */
public final class UnitEditing implements UnitActions {

    private final Window owner;
    private final I18n i18n;
    private final HierarchyEditing editing;
    private final ReorganisationService reorganisations;
    private final HierarchyQueries queries;
    private final ReferenceData reference;
    private final TaskRunner tasks;
    private final UndoManager undo;
    private final HierarchyViewModel tree;
    private final ErrorMessages errors;
    private final Dialogs dialogs;
    private final UnitIds ids;
    private final UnitLabels labels;

    public UnitEditing(Window owner, I18n i18n, HierarchyEditing editing, ReorganisationService reorganisations,
                       HierarchyQueries queries, ReferenceData reference, TaskRunner tasks, UndoManager undo,
                       HierarchyViewModel tree) {
        this.owner = owner;
        this.i18n = i18n;
        this.editing = editing;
        this.reorganisations = reorganisations;
        this.queries = queries;
        this.reference = reference;
        this.tasks = tasks;
        this.undo = undo;
        this.tree = tree;
        this.errors = new ErrorMessages(i18n);
        this.dialogs = new Dialogs(i18n);
        this.ids = new UnitIds(queries);
        this.labels = new UnitLabels(i18n);
    }

    /** A finished change: its undo, the unit to show, and the day to show it on if the view date will not do. */
    private record Done(UndoableEdit edit, Long unitId, LocalDate moveTo) {
    }

    @Override
    public void addChild(UnitState selected) {
        HierarchySnapshot snapshot = tree.snapshotProperty().get();
        LocalDate viewDay = tree.viewDateProperty().get();
        int lowest = reference.tiers().stream().mapToInt(t -> t.rank()).max().orElse(4);
        // on a village, "add" means another village beside it
        UnitState parent = selected != null && selected.tierRank() >= lowest && selected.parentId() != null
                ? snapshot.unit(selected.parentId()).orElse(null) : selected;
        List<UnitState> siblings = parent == null ? snapshot.roots() : snapshot.children(parent.unitId());
        String parentLabel = parent == null ? null : labels.withPath(parent, snapshot);
        prepare(this::keys, keys -> {
            UnitFormModel form = new UnitFormModel(reference, i18n, keys::contains, true);
            AddUnitModel model = new AddUnitModel(i18n, form, parent, siblings, viewDay);
            FormDialog dialog = AddUnitDialog.create(owner, i18n, model, parentLabel);
            submit(dialog, () -> {
                NewUnit spec = model.newUnit();
                String parentKey = parent == null ? null : parent.externalKey();
                String description = i18n.format("hierarchy.undo.create", form.displayName());
                return () -> {
                    Long id = editing.create(spec);
                    return done(new CreateUnitEdit(editing, ids, spec, parentKey, description), id, spec.validFrom(),
                            viewDay);
                };
            });
            dialog.show();
        });
    }

    @Override
    public void edit(UnitState unit) {
        HierarchySnapshot snapshot = tree.snapshotProperty().get();
        LocalDate viewDay = tree.viewDateProperty().get();
        UnitState shownParent = unit.parentId() == null ? null : snapshot.unit(unit.parentId()).orElse(null);
        record Context(UnitState latest, UnitState latestParent, List<UnitState> members) {
        }
        prepare(() -> {
            UnitState latest = latest(unit);
            LocalDate latestDay = latest.range().from() == null ? viewDay : latest.range().from();
            UnitState latestParent = latest.parentId() == null ? null
                    : queries.stateOn(latest.parentId(), latestDay).orElse(null);
            List<UnitState> members = queries.allStates().stream()
                    .filter(s -> unit.unitId().equals(s.parentId())).toList();
            return new Context(latest, latestParent, members);
        }, ctx -> {
            UnitFormModel form = new UnitFormModel(reference, i18n, k -> false, false);
            EditUnitModel model = new EditUnitModel(i18n, form, new EditUnitModel.Version(unit, shownParent),
                    new EditUnitModel.Version(ctx.latest(), ctx.latestParent()), ctx.members(), viewDay);
            FormDialog dialog = EditUnitDialog.create(owner, i18n, model);
            submit(dialog, () -> {
                UnitEdit facts = model.facts();
                String key = unit.externalKey();
                if (model.modeProperty().get() == EditUnitModel.Mode.CORRECT) {
                    Long versionId = model.correctedVersionId();
                    LocalDate versionFrom = unit.range().from();
                    String description = i18n.format("hierarchy.undo.correct", unit.fullName());
                    return () -> {
                        UnitEdit before = editing.correct(unit.unitId(), versionId, facts);
                        return done(new CorrectUnitEdit(editing, ids, key, versionFrom, before, ids.key(before.parentId()),
                                facts, ids.key(facts.parentId()), description), unit.unitId(), null, viewDay);
                    };
                }
                LocalDate day = model.changeDay();
                String description = i18n.format("hierarchy.undo.change", unit.fullName(), Formats.date(day));
                return () -> {
                    editing.changeFrom(unit.unitId(), day, facts);
                    return done(new ChangeUnitEdit(editing, ids, key, day, facts, ids.key(facts.parentId()),
                            description), unit.unitId(), day, viewDay);
                };
            });
            dialog.show();
        });
    }

    @Override
    public void move(UnitState unit) {
        LocalDate viewDay = tree.viewDateProperty().get();
        prepare(() -> latest(unit), latest -> {
            MoveUnitModel model = new MoveUnitModel(i18n, labels, unit, latest, viewDay);
            FormDialog dialog = MoveUnitDialog.create(owner, i18n, model);
            SnapshotFeed.attach(model, queries, tasks, e -> dialog.failed(errors.describe(e)));
            submit(dialog, () -> {
                LocalDate day = model.day();
                UnitState parent = model.newParent();
                UnitEdit facts = HierarchyEditing.editOf(latest).withParent(parent.unitId());
                String description = i18n.format("hierarchy.undo.move", unit.fullName(), parent.fullName());
                return () -> {
                    editing.changeFrom(unit.unitId(), day, facts);
                    return done(new ChangeUnitEdit(editing, ids, unit.externalKey(), day, facts, parent.externalKey(),
                            description), unit.unitId(), day, viewDay);
                };
            });
            dialog.show();
        });
    }

    @Override
    public void retire(UnitState unit) {
        LocalDate viewDay = tree.viewDateProperty().get();
        prepare(() -> latest(unit), latest -> {
            RetireUnitModel model = new RetireUnitModel(i18n, unit, latest, viewDay);
            FormDialog dialog = RetireUnitDialog.create(owner, i18n, model);
            SnapshotFeed.attach(model, queries, tasks, e -> dialog.failed(errors.describe(e)));
            submit(dialog, () -> {
                LocalDate lastDay = model.lastDay();
                String description = i18n.format("hierarchy.undo.retire", unit.fullName());
                return () -> {
                    LocalDate previous = editing.retire(unit.unitId(), lastDay);
                    // the unit leaves the tree: its parent is shown instead
                    return done(new RetireUnitEdit(editing, ids, unit.externalKey(), lastDay, previous, description),
                            unit.parentId(), null, viewDay);
                };
            });
            dialog.show();
        });
    }

    @Override
    public void reorganise(UnitState unit) {
        LocalDate viewDay = tree.viewDateProperty().get();
        prepare(this::keys, keys -> {
            ReorganisationModel model = new ReorganisationModel(i18n, labels, reference, keys::contains, unit, viewDay);
            FormDialog dialog = ReorganisationDialog.create(owner, i18n, model);
            SnapshotFeed.attach(model, queries, tasks, e -> dialog.failed(errors.describe(e)));
            submit(dialog, () -> {
                ReorganisationPlan plan = model.plan();
                Optional<String> resultKey = model.resultKey();
                String description = i18n.format("hierarchy.undo.reorganise",
                        i18n.get("reorganisation.kind." + plan.kind()), Formats.date(plan.effectiveOn()));
                return () -> {
                    ReorganisationEdit edit = ReorganisationEdit.record(reorganisations, ids, plan, description);
                    return done(edit, resultKey.map(ids::id).orElse(null), plan.effectiveOn(), viewDay);
                };
            });
            dialog.show();
        });
    }

    // Plumbing

    /** Loads what a dialog needs off the FX thread, then opens it. */
    private <T> void prepare(TaskRunner.Work<T> load, Consumer<T> open) {
        tasks.run(load, open, e -> dialogs.error(owner, errors.describe(e)));
    }

    /**
     * OK reads the form on the FX thread ({@code work} is called there) and saves in the background;
     * the dialog closes on success and says why otherwise.
     */
    private void submit(FormDialog dialog, Supplier<TaskRunner.Work<Done>> work) {
        dialog.onSubmit(() -> tasks.run(work.get(), done -> {
            dialog.succeeded();
            undo.done(done.edit());
            tree.showAfterChange(done.unitId(), done.moveTo());
        }, e -> dialog.failed(errors.describe(e))));
    }

    /** Runs in the background after a change, when the tree cache is fresh. */
    private Done done(UndoableEdit edit, Long unitId, LocalDate existsOn, LocalDate viewDay) {
        boolean visible = unitId == null || queries.snapshotOn(viewDay).contains(unitId);
        return new Done(edit, unitId, visible ? null : existsOn);
    }

    private Set<String> keys() {
        return queries.allStates().stream().map(UnitState::externalKey).collect(Collectors.toSet());
    }

    private UnitState latest(UnitState unit) {
        List<UnitState> history = queries.history(unit.unitId());
        return history.isEmpty() ? unit : history.get(history.size() - 1);
    }
}
