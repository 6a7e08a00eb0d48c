package org.diaban.reporting.workbook;

/** How a column's cells are aligned and formatted; a cell's Java type decides text, number or date. */
public enum CellKind {
    /** Left, wrapped: names and descriptions. */
    TEXT,
    /** Centred: serial numbers, codes, yes/no. */
    CENTER,
    /** Whole numbers, right, with grouping. */
    INTEGER,
    /** A percentage held as 0–100, one decimal. */
    PERCENT,
    /** A day, dd/MM/yyyy, centred. */
    DATE
}
