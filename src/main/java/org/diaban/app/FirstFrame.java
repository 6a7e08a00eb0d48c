package org.diaban.app;

import javafx.animation.AnimationTimer;

/** Runs something on the FX thread once the window's first frame has been drawn. */
final class FirstFrame {

    private FirstFrame() {
    }

    static void then(Runnable action) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // the pulse after the first one: the first frame is on screen by now
                if (++frames == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
