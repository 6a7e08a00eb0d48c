package org.diaban.ui.shell;

import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Ctrl+1 to Ctrl+9 select the first nine tabs. */
final class WindowShortcuts {

    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private WindowShortcuts() {
    }

    static void install(Scene scene, TabPane tabs) {
        for (int i = 0; i < DIGITS.length; i++) {
            int index = i;
            scene.getAccelerators().put(new KeyCodeCombination(DIGITS[i], KeyCombination.SHORTCUT_DOWN), () -> {
                if (index < tabs.getTabs().size()) {
                    tabs.getSelectionModel().select(index);
                }
            });
        }
    }
}
