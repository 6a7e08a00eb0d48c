package org.diaban.ui.shell;

import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Ctrl+1 and Ctrl+2 switch between the workspaces. */
final class WindowShortcuts {

    private WindowShortcuts() {
    }

    static void install(Scene scene, TabPane tabs, Tab first, Tab second) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                () -> tabs.getSelectionModel().select(first));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
                () -> tabs.getSelectionModel().select(second));
    }
}
