package org.diaban.importing.legacy.table;

/** Receives the tables of a workbook row by row, so that large files are never held in memory. */
public interface TableRowHandler {

    /** A table was found; its data rows follow. */
    default void startTable(TableLayout layout) {
    }

    void row(TableLayout layout, TableRow row);
}
