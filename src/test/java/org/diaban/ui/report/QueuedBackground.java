package org.diaban.ui.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.diaban.ui.common.TaskRunner;
import org.diaban.ui.common.form.Background;

/** Background work held until the test runs it, to act (cancel, change the choice) while it is pending. */
final class QueuedBackground implements Background {

    private final Deque<Runnable> pending = new ArrayDeque<>();

    @Override
    public <T> void run(TaskRunner.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        pending.add(() -> {
            T value;
            try {
                value = work.call();
            } catch (Exception e) {
                onError.accept(e);
                return;
            }
            onSuccess.accept(value);
        });
    }

    /** Runs everything queued, including work queued meanwhile. */
    void runAll() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }

    int size() {
        return pending.size();
    }
}
