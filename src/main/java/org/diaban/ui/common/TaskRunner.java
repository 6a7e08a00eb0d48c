package org.diaban.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs database and file work off the FX thread. Results and errors come back on the FX thread
 * through the task's handlers; views bind to the task's progress and message.
 */
public final class TaskRunner implements AutoCloseable {

    private final ExecutorService executor;

    public TaskRunner() {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "diaban-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public <T> Task<T> run(Task<T> task) {
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the window is closing: work asked for now would only be thrown away
        }
        return task;
    }

    /** Runs {@code work} in the background; {@code onSuccess} or {@code onError} then run on the FX thread. */
    public <T> Task<T> run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onError.accept(task.getException()));
        return run(task);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Background work that returns a value or fails. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }
}
