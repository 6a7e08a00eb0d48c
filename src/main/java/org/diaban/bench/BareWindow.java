package org.diaban.bench;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of the start-up benchmark: the smallest JavaFX program that shows a window of
 * the same size as Địa Bàn's. Prints when its first frame was drawn, then exits.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(), 1280, 760));
            stage.setTitle("bare");
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames == 2) {
                        System.out.println("STARTUP first-frame-ms=" + (System.currentTimeMillis() - jvmStart));
                        stop();
                        Platform.exit();
                    }
                }
            }.start();
            stage.show();
        });
    }
}
