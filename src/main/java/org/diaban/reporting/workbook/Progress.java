package org.diaban.reporting.workbook;

import org.diaban.service.report.ReportControl;

/**
 * Counts written rows against the rows expected so far and tells the control now and then. The
 * total grows as parts of the report become known (the annex first, then the rest).
 */
final class Progress {

    private static final int EVERY = 500;
    static final String WRITING = "workbook.progress.writing";
    static final String SAVING = "workbook.progress.saving";

    private final ReportControl control;
    private long total;
    private long done;

    Progress(ReportControl control) {
        this.control = control;
    }

    /** More rows to write. */
    void expect(long rows) {
        total += rows;
    }

    void row() {
        done++;
        if (done % EVERY == 0) {
            control.progress(done, total, WRITING);
        }
    }

    /** Rows written in one go (the report sheet's lines). */
    void rows(long count) {
        done += count;
    }

    /** At the end of a sheet, so small sheets show too. */
    void step(String messageKey) {
        control.progress(Math.min(done, total), total, messageKey);
    }
}
