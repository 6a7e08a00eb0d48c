package org.diaban.reporting.workbook;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.poi.ss.usermodel.Sheet;
import org.diaban.service.report.ReportCancelledException;
import org.diaban.service.report.ReportControl;

/**
 * Writes the annex sheet on a thread of its own while the caller's thread computes the rest of
 * the report. Only one thread uses the workbook at a time: the caller does not touch it until
 * {@link #placements()} has returned (the thread's end makes its writes visible to the caller).
 */
final class AnnexSheetJob {

    private final AtomicBoolean abandoned = new AtomicBoolean();
    private final Thread thread;
    private List<TableSheetWriter.Placement> placements;
    private Throwable failure;

    AnnexSheetJob(TableSheetWriter writer, Sheet sheet, SheetSpec spec, ReportControl control) {
        ReportControl stoppable = new ReportControl() {
            @Override
            public void progress(long done, long total, String messageKey) {
                control.progress(done, total, messageKey);
            }

            @Override
            public boolean isCancelled() {
                return abandoned.get() || control.isCancelled();
            }
        };
        thread = new Thread(() -> {
            try {
                placements = writer.write(sheet, spec, stoppable);
            } catch (Throwable e) {
                failure = e;
            }
        }, "report-annex");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for the sheet; rethrows what stopped it (a cancel as {@link ReportCancelledException}). */
    List<TableSheetWriter.Placement> placements() {
        awaitEnd();
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return placements;
    }

    /** Stops the job at its next row (the rest of the report failed) and waits for it to end. */
    void abandon() {
        abandoned.set(true);
        awaitEnd();
    }

    private void awaitEnd() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                // the sheet's thread stops on its own soon enough: wait for it, then pass the interrupt on
                abandoned.set(true);
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
