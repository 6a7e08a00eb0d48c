package org.diaban.importing.legacy.workbook;

/**
 * How far a read has come.
 *
 * @param rowsRead  rows delivered so far, over all sheets
 * @param workDone  work done in a unit the reader chooses (uncompressed sheet bytes for xlsx,
 *                  rows for xls); only {@code workDone / workTotal} is meaningful
 * @param workTotal the total of that unit, or -1 when unknown
 */
public record ReadProgress(long rowsRead, long workDone, long workTotal) {

    /** Between 0 and 1, or -1 when the total is unknown. */
    public double fraction() {
        return workTotal <= 0 ? -1 : Math.min(1.0, (double) workDone / workTotal);
    }
}
