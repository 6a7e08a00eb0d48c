package org.diaban.ui.assignments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.diaban.domain.assignment.CoverageRules;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.assignment.AssignmentRecord;
import org.diaban.service.cadres.CadreSummary;
import org.diaban.service.common.DataChanges;
import org.diaban.service.hierarchy.UnitDetails.AssignmentView;
import org.diaban.ui.common.Dialogs;
import org.diaban.ui.common.TaskRunner;
import org.diaban.ui.common.UndoManager;
import org.diaban.ui.common.form.Background;
import org.diaban.ui.common.form.Checks;
import org.diaban.ui.common.form.Choice;
import org.diaban.ui.hierarchy.HierarchyPane;

/**
 * Puts assignments into the window: the "Phân công" panel and coverage badges in the hierarchy
 * tab, the assign form on a drop, the actions on an assignment in the unit details, and the
 * village picker and history for the selected cadre in the registry.
 */
public final class Assigning {

    private final Window owner;
    private final I18n i18n;
    private final Services services;
    private final Background background;
    private final ObjectProperty<LocalDate> viewDate;
    private final ErrorMessages errors;
    private final Dialogs dialogs;
    private final Checks checks;
    private final AssignmentRunner runner;
    private final AssignmentEdits edits;
    private AssignmentsPanelModel panelModel;
    private AssignmentsPanel panel;

    public Assigning(Window owner, I18n i18n, Services services, TaskRunner tasks, UndoManager undo,
                     ObjectProperty<LocalDate> viewDate) {
        this.owner = owner;
        this.i18n = i18n;
        this.services = services;
        this.background = Background.on(tasks);
        this.viewDate = viewDate;
        this.errors = new ErrorMessages(i18n);
        this.dialogs = new Dialogs(i18n);
        this.checks = new Checks(i18n);
        this.runner = new AssignmentRunner(background, undo, errors);
        this.edits = new AssignmentEdits(services.assignments(), services.coverage(), services.decisions(),
                i18n);
    }

    /** Adds the panel, the badges and the assignment menu to the hierarchy tab. */
    public void install(HierarchyPane hierarchy) {
        panelModel = new AssignmentsPanelModel(services.cadres(), services.coverage(), background, errors, i18n,
                viewDate);
        panel = new AssignmentsPanel(i18n, panelModel, this::editRules, id -> hierarchy.model().reveal(id),
                () -> recordDecision(hierarchy.model().selectedProperty().get()));
        ((Parent) hierarchy.view()).getStylesheets().add(stylesheet());
        hierarchy.setSidePanel(panel.view(), i18n.get("assignments.panel.toggle"), false);
        panelModel.warningsProperty().addListener((obs, old, map) -> hierarchy.showWarnings(map));
        panel.setDropTarget(new AssignmentsPanel.DropTarget() {
            @Override
            public Optional<UnitState> unitAt(double sceneX, double sceneY) {
                return hierarchy.unitAt(sceneX, sceneY).filter(CoverageRules::isCoverable);
            }

            @Override
            public void mark(Long unitId) {
                hierarchy.markDropTarget(unitId);
            }
        }, (cadre, unit) -> assign(cadre.id(), List.of(unit), hierarchy.model().snapshotProperty().get()),
                cadre -> {
                    UnitState unit = hierarchy.model().selectedProperty().get();
                    if (unit != null && CoverageRules.isCoverable(unit)) {
                        assign(cadre.id(), List.of(unit), hierarchy.model().snapshotProperty().get());
                    }
                });
        hierarchy.setAssignmentMenu(this::menuFor);
        java.util.function.Consumer<DataChanges.Topic> listener = topic -> Platform.runLater(panelModel::reload);
        services.changes().subscribe(listener);
        // the window rebuilds itself (another language): a tab no longer shown stops listening
        hierarchy.view().sceneProperty().addListener((obs, was, scene) -> {
            if (was != null && scene == null) {
                services.changes().unsubscribe(listener);
            }
        });
        // after the first tree: the badges must not slow down the first view
        hierarchy.model().loadedOnceProperty().addListener((obs, was, loaded) -> {
            if (loaded) {
                panelModel.reload();
            }
        });
        if (hierarchy.model().loadedOnceProperty().get()) {
            panelModel.reload();
        }
    }

    static String stylesheet() {
        return Assigning.class.getResource("/org/diaban/ui/assignments/assignments.css").toExternalForm();
    }

    /** Buttons for the cadre registry: pick villages for the selected cadre, and the cadre's history. */
    public List<Node> cadreButtons(ObservableObjectValue<CadreSummary> selected) {
        Button pick = new Button(i18n.get("assignments.cadre.pick"));
        pick.setId("cadre-assign-villages");
        pick.setOnAction(e -> Optional.ofNullable(selected.get()).ifPresent(this::pickVillages));
        Button history = new Button(i18n.get("assignments.cadre.history"));
        history.setId("cadre-assignment-history");
        history.setOnAction(e -> Optional.ofNullable(selected.get()).ifPresent(
                c -> openHistory(i18n.format("assignments.history.titleCadre", c.fullName()),
                        () -> services.assignments().historyOfCadre(c.id()))));
        pick.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> selected.get() == null,
                selected));
        history.disableProperty().bind(pick.disableProperty());
        return List.of(pick, history);
    }

    private List<MenuItem> menuFor(AssignmentView row) {
        List<MenuItem> items = new ArrayList<>();
        if (!row.cancelled()) {
            for (ChangeFormModel.Mode mode : ChangeFormModel.Mode.values()) {
                MenuItem item = new MenuItem(i18n.get("assignments.history.action." + mode.name().toLowerCase()));
                item.setOnAction(e -> withRecord(row.id(), r -> change(r, mode)));
                items.add(item);
            }
        } else {
            MenuItem restore = new MenuItem(i18n.get("assignments.history.action.restore"));
            restore.setOnAction(e -> withRecord(row.id(), this::restore));
            items.add(restore);
        }
        items.add(new SeparatorMenuItem());
        MenuItem cadreHistory = new MenuItem(i18n.format("assignments.menu.cadreHistory", row.cadreName()));
        cadreHistory.setOnAction(e -> openHistory(i18n.format("assignments.history.titleCadre", row.cadreName()),
                () -> services.assignments().historyOfCadre(row.cadreId())));
        items.add(cadreHistory);
        MenuItem unitHistory = new MenuItem(i18n.get("assignments.menu.unitHistory"));
        unitHistory.setOnAction(e -> withRecord(row.id(), r -> openUnitHistory(r.unitId() != null ? r.unitId()
                : null, r.placeName())));
        items.add(unitHistory);
        return items;
    }

    /** The history of a unit, with its actions. */
    public void openUnitHistory(Long unitId, String unitName) {
        if (unitId != null) {
            openHistory(i18n.format("assignments.history.titleUnit", unitName),
                    () -> services.assignments().historyOfUnit(unitId));
        }
    }

    private void withRecord(Long id, java.util.function.Consumer<AssignmentRecord> then) {
        background.run(() -> services.assignments().record(id), then, this::fail);
    }

    private void fail(Throwable e) {
        dialogs.error(owner, errors.describe(e));
    }

    // assign

    /** Opens the assign form for a cadre and places; the decision offered is the latest above the first place. */
    void assign(Long cadreId, List<UnitState> units, HierarchySnapshot snapshot) {
        LocalDate day = viewDate.get();
        List<Choice> places = units.stream().map(u -> new Choice(u.unitId(), placeName(u, snapshot))).toList();
        record Loaded(List<Choice> cadres, List<Choice> decisions, Long decision) {
        }
        background.run(() -> new Loaded(cadreChoices(day), decisionChoices(day),
                latestDecision(units.get(0).unitId(), day)),
                loaded -> {
                    AssignFormModel model = new AssignFormModel(checks, runner, edits, places, false, day);
                    model.load(loaded.cadres(), cadreId, loaded.decisions(), loaded.decision());
                    new AssignDialog(i18n, owner, model).show();
                }, this::fail);
    }

    private Long latestDecision(Long unitId, LocalDate day) {
        return services.decisions().latestAbove(unitId, day)
                .map(org.diaban.service.assignment.DecisionService.DecisionView::id).orElse(null);
    }

    private static String placeName(UnitState u, HierarchySnapshot snapshot) {
        Optional<UnitState> parent = snapshot == null || u.parentId() == null ? Optional.empty()
                : snapshot.unit(u.parentId());
        return parent.map(p -> u.fullName() + ", " + p.fullName()).orElse(u.fullName());
    }

    private List<Choice> cadreChoices(LocalDate day) {
        return services.cadres().registry(day).stream().filter(c -> c.retiredOn() == null || c.retiredOn().isAfter(day))
                .map(c -> new Choice(c.id(), c.birthYear() == null ? c.fullName()
                        : c.fullName() + " (" + c.birthYear() + ")")).toList();
    }

    private List<Choice> decisionChoices(LocalDate day) {
        return services.decisions().all(day).stream().map(d -> new Choice(d.id(), d.symbol()
                + (d.issuedOn() == null ? "" : " " + i18n.format("assignments.decision.dated", Formats.date(d.issuedOn())))
                + (d.title() == null ? "" : " — " + d.title()))).toList();
    }

    private List<Choice> unitChoices(LocalDate day, boolean villagesOnly) {
        HierarchySnapshot snapshot = services.hierarchyQueries().snapshotOn(day);
        List<Choice> out = new ArrayList<>();
        for (UnitState root : snapshot.roots()) {
            for (UnitState u : snapshot.subtree(root.unitId())) {
                if (CoverageRules.isCoverable(u) && (!villagesOnly || u.isVillageTier())) {
                    out.add(new Choice(u.unitId(), placeName(u, snapshot)));
                }
            }
        }
        return out;
    }

    /** Picks several villages for one cadre, then the assign form for all of them. */
    void pickVillages(CadreSummary cadre) {
        LocalDate day = viewDate.get();
        background.run(() -> unitChoices(day, true), villages ->
                new PickVillagesDialog(i18n, owner, cadre.fullName(), villages).ask().ifPresent(picked -> {
                    record Loaded(List<Choice> cadres, List<Choice> decisions, Long decision) {
                    }
                    background.run(() -> new Loaded(cadreChoices(day), decisionChoices(day),
                            latestDecision(picked.get(0).id(), day)), loaded -> {
                                AssignFormModel model = new AssignFormModel(checks, runner, edits, picked, false, day);
                                model.load(loaded.cadres(), cadre.id(), loaded.decisions(), loaded.decision());
                                new AssignDialog(i18n, owner, model).show();
                            }, this::fail);
                }), this::fail);
    }

    // end, transfer, replace, cancel, restore

    void change(AssignmentRecord record, ChangeFormModel.Mode mode) {
        change(record, mode, owner);
    }

    /** Opens the form over {@code parent}, the window it was asked from. */
    void change(AssignmentRecord record, ChangeFormModel.Mode mode, Window parent) {
        LocalDate day = mode == ChangeFormModel.Mode.CANCEL ? services.clock().today() : viewDate.get();
        ChangeFormModel model = new ChangeFormModel(checks, runner, edits, record, mode, day);
        if (model.needsTarget()) {
            background.run(() -> mode == ChangeFormModel.Mode.TRANSFER ? unitChoices(viewDate.get(), false)
                    : cadreChoices(viewDate.get()), model::loadTargets, this::fail);
        }
        new ChangeDialog(i18n, dialogs, parent, model).show();
    }

    void restore(AssignmentRecord record) {
        restore(record, owner);
    }

    void restore(AssignmentRecord record, Window parent) {
        if (dialogs.confirm(parent, i18n.get("assignments.restore.confirmTitle"),
                i18n.format("assignments.restore.confirm", record.cadreName(), record.placeName()))) {
            runQuietly(edits.restore(record.id(), record.cadreName(), record.cancelledOn(), record.cancelReason()));
        }
    }

    private void runQuietly(AssignmentEdit edit) {
        SimpleStringProperty error = new SimpleStringProperty();
        error.addListener((obs, old, message) -> {
            if (message != null) {
                dialogs.error(owner, message);
            }
        });
        runner.submit(edit, new SimpleBooleanProperty(), error, () -> { });
    }

    private void openHistory(String title, Supplier<List<AssignmentRecord>> rows) {
        HistoryDialog dialog = new HistoryDialog(i18n, owner, title, viewDate.get(), new HistoryDialog.Actions() {
            @Override
            public void change(AssignmentRecord record, ChangeFormModel.Mode mode, Window parent) {
                Assigning.this.change(record, mode, parent);
            }

            @Override
            public void restore(AssignmentRecord record, Window parent) {
                Assigning.this.restore(record, parent);
            }
        });
        Runnable load = () -> background.run(rows::get, dialog::show, this::fail);
        java.util.function.Consumer<DataChanges.Topic> listener = topic -> Platform.runLater(load);
        services.changes().subscribe(listener);
        dialog.dialog().setOnHidden(e -> services.changes().unsubscribe(listener));
        load.run();
        dialog.open();
    }

    /** Records a decision; the committee offered is the nearest one at or above {@code near}. */
    void recordDecision(UnitState near) {
        LocalDate day = viewDate.get();
        DecisionFormModel model = new DecisionFormModel(checks, runner, edits, services.decisions(), background, day);
        record Loaded(List<Choice> committees, Long preferred) {
        }
        background.run(() -> {
            List<UnitState> committees = services.cadres().committeesOn(day);
            Long preferred = null;
            if (near != null) {
                for (UnitState u : services.hierarchyQueries().snapshotOn(day).pathToRoot(near.unitId())) {
                    if (u.committeeName() != null) {
                        preferred = u.unitId();
                        break;
                    }
                }
            }
            return new Loaded(committees.stream().map(u -> new Choice(u.unitId(), u.committeeName())).toList(),
                    preferred);
        }, loaded -> {
            model.loadIssuers(loaded.committees(), loaded.preferred());
            new DecisionDialog(i18n, owner, model).show();
        }, this::fail);
    }

    private void editRules() {
        background.run(() -> services.coverage().rules(), current -> new RulesDialog(i18n, owner, current).ask()
                .filter(rules -> !rules.equals(current)).ifPresent(rules -> runQuietly(edits.rules(rules))), this::fail);
    }
}
