package org.diaban.ui.activities;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.ui.cadres.CadreRegistryPane;
import org.diaban.ui.common.TaskRunner;
import org.diaban.ui.common.UndoManager;
import org.diaban.ui.common.form.Background;
import org.diaban.ui.hierarchy.HierarchyPane;
import org.diaban.ui.shell.Workspace;

/**
 * Adds the activities and working-groups tabs to the main window, and the ways to them from a
 * unit of the tree and from a cadre of the registry.
 */
public final class ActivitiesWorkspaces {

    /** The main window's way to add a tab. */
    @FunctionalInterface
    public interface TabAdder {
        Tab add(String id, String title, Workspace workspace);
    }

    private ActivitiesWorkspaces() {
    }

    /** Returns the activities workspace, for the ways to other tabs (a concern raised at an activity). */
    public static ActivitiesPane add(I18n i18n, Services services, TaskRunner tasks, UndoManager undo, Stage stage,
                           TabPane tabs, TabAdder adder, HierarchyPane hierarchy, CadreRegistryPane cadres) {
        Background background = Background.on(tasks);
        ActivitiesPane activities = new ActivitiesPane(i18n, services.activities(), background, undo,
                services.clock()::today, () -> stage);
        Tab tab = adder.add("tab-activities", i18n.get("activities.tab"), activities);
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                activities.focusMain();
            }
        });
        hierarchy.setOnShowActivities(i18n.get("activities.showHere"), unit -> {
            tabs.getSelectionModel().select(tab);
            activities.showUnit(unit);
        });
        cadres.setOnShowActivities(i18n.get("activities.showCadre"), cadre -> {
            tabs.getSelectionModel().select(tab);
            activities.showCadre(cadre);
        });
        GroupsPane groups = new GroupsPane(i18n, services.workingGroups(), services.activities(), services.decisions(),
                background, undo,
                services.clock()::today, () -> stage);
        Tab groupsTab = adder.add("tab-working-groups", i18n.get("activities.groups.tab"), groups);
        groupsTab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                groups.focusMain();
            }
        });
        groups.setOnShowActivities((group, name) -> {
            tabs.getSelectionModel().select(tab);
            activities.showGroup(group, name);
        });
        return activities;
    }
}
