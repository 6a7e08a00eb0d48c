package org.diaban.importing.legacy.commit;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.diaban.importing.legacy.records.DryRunReport;
import org.diaban.importing.legacy.records.LegacyDryRun;
import org.diaban.importing.legacy.records.RecordSink;
import org.diaban.importing.legacy.table.TableShape;
import org.diaban.importing.legacy.workbook.ReadControl;

/**
 * Reads a file on a thread of its own while the calling thread (the one holding the database
 * transaction) stores the records: reading and storing a large file take about as long as each
 * other, so the two halves of an import use both cores. Records keep their file order.
 */
final class PipelinedRead {

    private static final int QUEUE = 4_096;

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicBoolean storingFailed = new AtomicBoolean();

    private record TableStart(TableShape shape, String districtKey, int year) {
    }

    private record Done(DryRunReport report) {
    }

    private record Failed(Throwable error) {
    }

    /** Runs the read, passing its tables and records to the sink on this thread; returns the report. */
    static DryRunReport run(LegacyDryRun dryRun, FileRequest request, ReadControl control, RecordSink sink) {
        return new PipelinedRead().go(dryRun, request, control, sink);
    }

    private DryRunReport go(LegacyDryRun dryRun, FileRequest request, ReadControl control, RecordSink sink) {
        ReadControl readerControl = new ReadControl(control.progress(),
                () -> storingFailed.get() || control.cancelRequested().getAsBoolean());
        Thread reader = new Thread(() -> {
            try {
                DryRunReport report = dryRun.run(request.file(), request.districtKey(), readerControl, new RecordSink() {
                    @Override
                    public void table(TableShape shape, String districtKey, int year) {
                        put(new TableStart(shape, districtKey, year));
                    }

                    @Override
                    public void record(Map<String, Object> record) {
                        put(record);
                    }
                });
                put(new Done(report));
            } catch (Throwable e) {
                put(new Failed(e));
            }
        }, "legacy-import-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object message = queue.take();
                if (message instanceof Map<?, ?> record) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> r = (Map<String, Object>) record;
                    sink.record(r);
                } else if (message instanceof TableStart t) {
                    sink.table(t.shape(), t.districtKey(), t.year());
                } else if (message instanceof Done d) {
                    return d.report();
                } else if (message instanceof Failed f) {
                    if (f.error() instanceof RuntimeException e) {
                        throw e;
                    }
                    if (f.error() instanceof Error e) {
                        throw e;
                    }
                    throw new IllegalStateException(f.error());
                }
            }
        } catch (InterruptedException e) {
            storingFailed.set(true);
            Thread.currentThread().interrupt();
            throw new CancellationException();
        } catch (RuntimeException | Error e) {
            storingFailed.set(true); // the reader stops at its next row
            throw e;
        }
    }

    private void put(Object message) {
        try {
            while (!queue.offer(message, 50, TimeUnit.MILLISECONDS)) {
                if (storingFailed.get()) {
                    throw new CancellationException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }
}
