package org.diaban.service.report;

/**
 * How long report work is watched and stopped: progress as {@code done} of {@code total} with
 * the bundle key of the step, and a cancel flag polled between steps. Called on the worker
 * thread; a window hops to the FX thread itself.
 */
public interface ReportControl {

    ReportControl NONE = new ReportControl() {
    };

    default void progress(long done, long total, String messageKey) {
    }

    default boolean isCancelled() {
        return false;
    }

    /** Throws {@link ReportCancelledException} when the user has cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new ReportCancelledException();
        }
    }
}
