package org.diaban.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.diaban.i18n.I18n;
import org.diaban.ui.common.UndoManager;

/** The menu bar, with the shortcuts a Windows user expects. */
final class MainMenu {

    /** What the menu items do. */
    interface Commands {
        void exit();

        void loadDemo();

        void importHierarchy();

        void importLegacy();

        void importHistory();

        void makeReport();

        void undo();

        void redo();

        void addNew();

        void edit();

        void delete();

        void reorganise();

        void refresh();

        void find();

        void today();

        void switchLanguage(String code);

        void about();
    }

    private final MenuBar bar;

    /** @param reportsAvailable whether the report service is there (the report item is disabled without it) */
    MainMenu(I18n i18n, Commands commands, UndoManager undoManager, String language,
             ObservableBooleanValue reportsAvailable) {
        MenuItem report = item(i18n, "reports.menu.report", commands::makeReport, shortcut(KeyCode.R));
        report.setId("menu-report");
        report.disableProperty().bind(Bindings.not(reportsAvailable));
        MenuItem demo = item(i18n, "menu.file.loadDemo", commands::loadDemo, null);
        demo.setId("menu-load-demo");
        MenuItem importHierarchy = item(i18n, "menu.file.importHierarchy", commands::importHierarchy, null);
        importHierarchy.setId("menu-import-hierarchy");
        MenuItem importLegacy = item(i18n, "menu.file.importLegacy", commands::importLegacy,
                new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        importLegacy.setId("menu-import-legacy");
        MenuItem importHistory = item(i18n, "menu.file.importHistory", commands::importHistory, null);
        importHistory.setId("menu-import-history");
        MenuItem exit = item(i18n, "menu.file.exit", commands::exit, shortcut(KeyCode.Q));
        Menu file = new Menu(i18n.get("menu.file"), null, importLegacy, importHistory, new SeparatorMenuItem(), report,
                new SeparatorMenuItem(), importHierarchy, demo, new SeparatorMenuItem(), exit);
        file.setId("menu-file");

        MenuItem undo = item(i18n, "menu.edit.undo", commands::undo, shortcut(KeyCode.Z));
        undo.disableProperty().bind(undoManager.canUndoProperty().not().or(undoManager.busyProperty()));
        undo.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> undoManager.undoTextProperty().get().isEmpty() ? i18n.get("menu.edit.undo")
                        : i18n.format("menu.edit.undoWhat", undoManager.undoTextProperty().get()),
                undoManager.undoTextProperty()));
        MenuItem redo = item(i18n, "menu.edit.redo", commands::redo, shortcut(KeyCode.Y));
        redo.disableProperty().bind(undoManager.canRedoProperty().not().or(undoManager.busyProperty()));
        MenuItem add = item(i18n, "menu.edit.new", commands::addNew, shortcut(KeyCode.N));
        MenuItem edit = item(i18n, "menu.edit.edit", commands::edit, new KeyCodeCombination(KeyCode.F2));
        MenuItem delete = item(i18n, "menu.edit.delete", commands::delete, new KeyCodeCombination(KeyCode.DELETE));
        MenuItem reorganise = item(i18n, "hierarchy.menu.reorganise", commands::reorganise, null);
        reorganise.setId("menu-reorganise");
        MenuItem find = item(i18n, "menu.edit.find", commands::find, shortcut(KeyCode.F));
        Menu editMenu = new Menu(i18n.get("menu.edit"), null, undo, redo, new SeparatorMenuItem(), add, edit, delete,
                reorganise, new SeparatorMenuItem(), find);
        editMenu.setId("menu-edit");

        MenuItem refresh = item(i18n, "menu.view.refresh", commands::refresh, new KeyCodeCombination(KeyCode.F5));
        MenuItem today = item(i18n, "menu.view.today", commands::today, shortcut(KeyCode.T));
        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem vietnamese = new RadioMenuItem(i18n.get("menu.view.language.vi"));
        RadioMenuItem english = new RadioMenuItem(i18n.get("menu.view.language.en"));
        vietnamese.setToggleGroup(languages);
        english.setToggleGroup(languages);
        (language.startsWith("en") ? english : vietnamese).setSelected(true);
        vietnamese.setOnAction(e -> commands.switchLanguage("vi"));
        english.setOnAction(e -> commands.switchLanguage("en"));
        Menu languageMenu = new Menu(i18n.get("menu.view.language"), null, vietnamese, english);
        Menu view = new Menu(i18n.get("menu.view"), null, refresh, today, new SeparatorMenuItem(), languageMenu);
        view.setId("menu-view");

        MenuItem about = item(i18n, "menu.help.about", commands::about, null);
        Menu help = new Menu(i18n.get("menu.help"), null, about);

        bar = new MenuBar(file, editMenu, view, help);
    }

    Node view() {
        return bar;
    }

    private static MenuItem item(I18n i18n, String key, Runnable action, KeyCombination accelerator) {
        MenuItem item = new MenuItem(i18n.get(key));
        item.setOnAction(e -> action.run());
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
