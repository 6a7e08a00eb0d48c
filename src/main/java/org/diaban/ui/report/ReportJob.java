package org.diaban.ui.report;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.service.report.ReportCancelledException;
import org.diaban.service.report.ReportControl;
import org.diaban.ui.common.CancelFlag;
import org.diaban.ui.common.form.Background;

/**
 * One report job at a time, in the background, with its progress, step text, error and a cancel.
 * Cancelling returns to idle at once: the work stops at its next check and whatever it still
 * delivers is dropped, as is the result of a job replaced by a newer one.
 */
public final class ReportJob {

    private static final String WORKING = "reports.progress.working";

    private final Background background;
    private final Executor onFx;
    private final I18n i18n;
    private final ErrorMessages errors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** From 0 to 1; -1 while the amount of work is not known yet. */
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private CancelFlag cancel = new CancelFlag();
    private long generation;

    /**
     * @param onFx where progress reported by the worker is applied (the FX thread in the window;
     *             tests pass a direct executor)
     */
    public ReportJob(Background background, Executor onFx, I18n i18n) {
        this.background = background;
        this.onFx = onFx;
        this.i18n = i18n;
        this.errors = new ErrorMessages(i18n);
    }

    /** Starts {@code work}; {@code done} gets its result on the FX thread unless cancelled or replaced. */
    public <T> void start(String firstStepKey, Function<ReportControl, T> work, Consumer<T> done) {
        cancel.raise();
        CancelFlag flag = new CancelFlag();
        cancel = flag;
        long mine = ++generation;
        busy.set(true);
        progress.set(-1);
        message.set(i18n.get(firstStepKey));
        error.set("");
        ReportControl control = new ReportControl() {
            @Override
            public void progress(long doneSteps, long total, String messageKey) {
                onFx.execute(() -> {
                    if (mine == generation) {
                        progress.set(total <= 0 ? -1 : Math.min(1.0, (double) doneSteps / total));
                        message.set(i18n.get(messageKey != null && i18n.has(messageKey) ? messageKey : WORKING));
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return flag.getAsBoolean();
            }
        };
        background.run(() -> work.apply(control), result -> {
            if (mine == generation) {
                idle();
                done.accept(result);
            }
        }, e -> {
            if (mine == generation) {
                idle();
                if (!(e instanceof ReportCancelledException)) {
                    error.set(errors.describe(e));
                }
            }
        });
    }

    /** Stops the running job, if any; nothing it still produces is used. */
    public void cancel() {
        if (busy.get()) {
            cancel.raise();
            generation++;
            idle();
        }
    }

    /** Shows a failure that happened outside a job (a bad period typed in). */
    public void fail(String text) {
        error.set(text == null ? "" : text);
    }

    public void clearError() {
        error.set("");
    }

    private void idle() {
        busy.set(false);
        progress.set(-1);
        message.set("");
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The last failure in words, empty when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
