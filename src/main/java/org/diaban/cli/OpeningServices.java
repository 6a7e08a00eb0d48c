package org.diaban.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.diaban.service.Services;

/**
 * Services being opened on their own thread while the caller starts on work that needs no
 * database yet, such as reading a large spreadsheet (Flyway and Hibernate take about a second).
 * {@link #get} waits for them; a failed open is thrown there as it would have been in place.
 */
final class OpeningServices implements AutoCloseable {

    private final FutureTask<Services> task;

    private OpeningServices(Supplier<Services> open) {
        task = new FutureTask<>(open::get);
        Thread thread = new Thread(task, "diaban-open-services");
        thread.setDaemon(true);
        thread.start();
    }

    static OpeningServices start(Supplier<Services> open) {
        return new OpeningServices(open);
    }

    /** The open services, waiting for them if need be; throws what opening them threw. */
    Services get() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the data folder", e);
        }
    }

    /** Waits for the open to end and closes the services if it succeeded. */
    @Override
    public void close() {
        Services services;
        try {
            services = get();
        } catch (RuntimeException | Error e) {
            return;
        }
        services.close();
    }
}
