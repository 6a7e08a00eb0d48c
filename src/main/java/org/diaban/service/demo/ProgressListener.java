package org.diaban.service.demo;

/**
 * Hears how a long load advances: {@code done} of {@code total} steps, and the bundle key of the
 * step now running (e.g. "demo.phase.people"). Called on the loading thread; a window hops to
 * the FX thread itself (a {@code javafx.concurrent.Task} can forward it to updateProgress).
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total, messageKey) -> {
    };

    void progress(int done, int total, String messageKey);
}
