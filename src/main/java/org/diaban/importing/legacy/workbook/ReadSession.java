package org.diaban.importing.legacy.workbook;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of one read shared by the xls and xlsx readers: forwards to the consumer's handler,
 * counts rows, reports progress and polls for cancellation.
 */
final class ReadSession {

    private static final int PROGRESS_EVERY_ROWS = 500;

    /** Thrown from inside a reader when cancellation was requested. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    /** Carries an exception thrown by the consumer's handler through the reader unchanged. */
    static final class HandlerFailure extends RuntimeException {
        HandlerFailure(RuntimeException cause) {
            super(cause);
        }

        RuntimeException original() {
            return (RuntimeException) getCause();
        }
    }

    private final RowHandler handler;
    private final ReadControl control;
    private final List<SheetInfo> sheets = new ArrayList<>();
    private long rowsRead;
    private long workDone;
    private long workTotal = -1;

    ReadSession(RowHandler handler, ReadControl control) {
        this.handler = handler;
        this.control = control;
    }

    void checkCancelled() {
        if (control.cancelRequested().getAsBoolean()) {
            throw new Cancelled();
        }
    }

    void workTotal(long total) {
        workTotal = total;
    }

    void workDone(long done) {
        workDone = done;
    }

    void startSheet(SheetInfo sheet) {
        checkCancelled();
        sheets.add(sheet);
        guarded(() -> handler.startSheet(sheet));
    }

    void row(RowCells row) {
        checkCancelled();
        guarded(() -> handler.row(row));
        rowsRead++;
        if (rowsRead % PROGRESS_EVERY_ROWS == 0) {
            reportProgress();
        }
    }

    void endSheet(SheetInfo sheet) {
        guarded(() -> handler.endSheet(sheet));
        reportProgress();
    }

    void reportProgress() {
        ReadProgress progress = new ReadProgress(rowsRead, workDone, workTotal);
        guarded(() -> control.progress().accept(progress));
    }

    List<SheetInfo> sheets() {
        return sheets;
    }

    long rowsRead() {
        return rowsRead;
    }

    private static void guarded(Runnable call) {
        try {
            call.run();
        } catch (Cancelled e) {
            throw e;
        } catch (RuntimeException e) {
            throw new HandlerFailure(e);
        }
    }
}
