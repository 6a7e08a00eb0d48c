package org.diaban.ui.common.form;

import java.util.function.Consumer;
import org.diaban.ui.common.TaskRunner;

/**
 * Runs work off the FX thread and reports back on it. The window passes {@code tasks::run}; view
 * model tests pass a runner that works synchronously, so they need no toolkit.
 */
@FunctionalInterface
public interface Background {

    <T> void run(TaskRunner.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);

    public static Background on(TaskRunner tasks) {
        return tasks::run;
    }
}
