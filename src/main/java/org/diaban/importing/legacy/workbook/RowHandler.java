package org.diaban.importing.legacy.workbook;

/**
 * Receives a workbook sheet by sheet, in sheet order, hidden sheets included (the consumer decides
 * what to skip). Each sheet's {@link SheetInfo} is complete at {@link #startSheet}: merged regions
 * and hidden rows/columns are known before the first row.
 */
public interface RowHandler {

    void startSheet(SheetInfo sheet);

    /** A row of the current sheet, in ascending row order. Blank rows that are not stored are skipped. */
    void row(RowCells row);

    default void endSheet(SheetInfo sheet) {
    }
}
