package org.diaban.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Runs something each time a tab's content is shown, so that a tab computes nothing while the
 * window starts or while another tab is in front.
 */
public final class WhenShown {

    private WhenShown() {
    }

    public static void run(Node content, Runnable shown) {
        content.parentProperty().addListener((obs, old, parent) -> watch(content, parent, shown));
        watch(content, content.getParent(), shown);
    }

    private static void watch(Node content, Parent parent, Runnable shown) {
        if (parent == null) {
            return;
        }
        // the tab's content area is made visible or not only after it has taken the content
        Platform.runLater(() -> {
            if (content.getParent() == parent && parent.isVisible()) {
                shown.run();
            }
        });
        parent.visibleProperty().addListener((obs, was, visible) -> {
            if (visible) {
                shown.run();
            }
        });
    }
}
