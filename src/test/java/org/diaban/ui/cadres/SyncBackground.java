package org.diaban.ui.cadres;

import org.diaban.ui.common.form.Background;
import java.util.function.Consumer;
import org.diaban.ui.common.TaskRunner;

/** Runs "background" work at once on the calling thread, so view models can be tested without a toolkit. */
public final class SyncBackground implements Background {

    @Override
    public <T> void run(TaskRunner.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        T value;
        try {
            value = work.call();
        } catch (Exception | AssertionError e) {
            onError.accept(e);
            return;
        }
        onSuccess.accept(value);
    }
}
