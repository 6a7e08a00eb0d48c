package org.diaban.ui.hierarchy;

import java.time.LocalDate;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.i18n.ErrorMessages;
import org.diaban.service.hierarchy.HierarchyQueries;
import org.diaban.service.hierarchy.NodeFigures;
import org.diaban.service.hierarchy.UnitDetails;
import org.diaban.service.hierarchy.UnitDetailsQuery;
import org.diaban.ui.common.TaskRunner;

/**
 * State of the hierarchy workspace: the day being viewed, the tree as it stood then, the
 * figures per node, and the selected unit's details. All loading happens in the background;
 * a newer request makes older answers stale, so fast date changes never show old data.
 */
public final class HierarchyViewModel {

    private final HierarchyQueries queries;
    private final UnitDetailsQuery detailsQuery;
    private final TaskRunner tasks;
    private final ErrorMessages errors;

    // Properties
    private final ObjectProperty<LocalDate> viewDate;
    private final ReadOnlyObjectWrapper<HierarchySnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Map<Long, NodeFigures>> figures = new ReadOnlyObjectWrapper<>(Map.of());
    private final ObjectProperty<UnitState> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<UnitDetails> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final BooleanProperty loadedOnce = new SimpleBooleanProperty(false);

    private long treeGeneration;
    private long detailsGeneration;

    public HierarchyViewModel(HierarchyQueries queries, UnitDetailsQuery detailsQuery, TaskRunner tasks,
                              ErrorMessages errors, ObjectProperty<LocalDate> viewDate) {
        this.queries = queries;
        this.detailsQuery = detailsQuery;
        this.tasks = tasks;
        this.errors = errors;
        this.viewDate = viewDate;
        viewDate.addListener((obs, old, day) -> reload());
        selected.addListener((obs, old, unit) -> loadDetails());
    }

    // Commands

    /** Loads the tree for the view date, then the figures; keeps the selection if it still exists. */
    public void reload() {
        LocalDate day = viewDate.get();
        long generation = ++treeGeneration;
        loading.set(true);
        tasks.run(() -> queries.snapshotOn(day), tree -> {
            if (generation != treeGeneration) {
                return;
            }
            snapshot.set(tree);
            error.set(null);
            UnitState current = selected.get();
            if (current != null) {
                selected.set(tree.unit(current.unitId()).orElse(null));
            } else if (pendingReveal == null && !tree.roots().isEmpty()) {
                // show the top of the tree rather than an empty details panel
                selected.set(tree.roots().get(0));
            }
            loadFigures(day, generation);
        }, this::fail);
    }

    private void loadFigures(LocalDate day, long generation) {
        tasks.run(() -> queries.figuresOn(day), map -> {
            if (generation != treeGeneration) {
                return;
            }
            figures.set(map);
            loading.set(false);
            loadedOnce.set(true);
            loadDetails();
        }, this::fail);
    }

    private void loadDetails() {
        UnitState unit = selected.get();
        long generation = ++detailsGeneration;
        if (unit == null) {
            details.set(null);
            return;
        }
        LocalDate day = viewDate.get();
        NodeFigures f = figures.get().get(unit.unitId());
        tasks.run(() -> detailsQuery.details(unit.unitId(), day, f), d -> {
            if (generation == detailsGeneration) {
                details.set(d);
            }
        }, this::fail);
    }

    private void fail(Throwable e) {
        loading.set(false);
        error.set(errors.describe(e));
    }

    /** Shows the unit on a day it existed: the view date moves if the unit did not exist on it. */
    public void reveal(Long unitId) {
        HierarchySnapshot tree = snapshot.get();
        if (tree != null && tree.contains(unitId)) {
            selected.set(tree.unit(unitId).orElseThrow());
            return;
        }
        queries.stateOn(unitId, viewDate.get()).ifPresent(state -> {
            LocalDate day = state.lifetime().to() != null ? state.lifetime().to()
                    : state.range().from() != null ? state.range().from() : viewDate.get();
            pendingReveal = unitId;
            viewDate.set(day);
        });
    }

    private Long pendingReveal;

    /**
     * After a change: reloads the tree and selects the unit, on {@code day} if the unit is not in
     * the tree of the view date (null: stay on the view date). A null unit only reloads.
     */
    public void showAfterChange(Long unitId, LocalDate day) {
        pendingReveal = unitId;
        if (day != null && !day.equals(viewDate.get())) {
            viewDate.set(day);
        } else {
            reload();
        }
    }

    /** Called by the view once a reloaded tree is shown, to finish a reveal that needed another day. */
    public void treeShown() {
        if (pendingReveal != null && snapshot.get() != null) {
            Long id = pendingReveal;
            pendingReveal = null;
            snapshot.get().unit(id).ifPresent(selected::set);
        }
    }

    // Properties

    public ObjectProperty<LocalDate> viewDateProperty() {
        return viewDate;
    }

    public ReadOnlyObjectProperty<HierarchySnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<Long, NodeFigures>> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ObjectProperty<UnitState> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<UnitDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True once the first tree and its figures are shown. */
    public BooleanProperty loadedOnceProperty() {
        return loadedOnce;
    }
}
