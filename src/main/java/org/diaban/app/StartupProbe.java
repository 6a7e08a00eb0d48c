package org.diaban.app;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.diaban.ui.shell.MainWindow;

/**
 * For the start-up benchmark only (system property {@code diaban.startupProbe=true}): prints
 * when the first frame was drawn and when the tree was filled, in milliseconds since the JVM
 * started, then closes the window. Does nothing otherwise.
 */
final class StartupProbe {

    private final boolean enabled;

    private StartupProbe(boolean enabled) {
        this.enabled = enabled;
    }

    static StartupProbe fromSystemProperties() {
        return new StartupProbe(Boolean.getBoolean("diaban.startupProbe"));
    }

    void watch(Stage stage, MainWindow window) {
        if (!enabled) {
            return;
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // the second pulse is the first one after the scene was painted
                if (++frames == 2) {
                    System.out.println("STARTUP first-frame-ms=" + (System.currentTimeMillis() - jvmStart));
                    stop();
                }
            }
        }.start();
        window.readyProperty().addListener((obs, was, ready) -> {
            if (ready) {
                System.out.println("STARTUP ready-ms=" + (System.currentTimeMillis() - jvmStart));
                Platform.runLater(stage::hide);
            }
        });
    }
}
