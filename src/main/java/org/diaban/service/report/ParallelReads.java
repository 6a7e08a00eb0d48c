package org.diaban.service.report;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Reads of one report that do not depend on each other, started side by side on two worker
 * threads while the caller counts what it already has: the report's time is mostly reading, and
 * the embedded database serves several connections at once. Closing lets reads still running
 * finish on their own (they are short): interrupting a thread inside H2's file access can close
 * the database.
 */
final class ParallelReads implements AutoCloseable {

    private final ExecutorService pool = Executors.newFixedThreadPool(2, work -> {
        Thread t = new Thread(work, "report-read");
        t.setDaemon(true);
        return t;
    });

    <T> CompletableFuture<T> start(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, pool);
    }

    /** The result, or the read's own exception (not wrapped). */
    static <T> T await(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
