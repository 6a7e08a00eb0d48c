package org.diaban.importing.legacy.workbook;

/** The kind of value a cell holds; for a formula cell, the kind of its cached result. */
public enum CellKind {
    TEXT,
    NUMBER,
    BOOLEAN,
    /** An error value such as {@code #N/A}; its text is the error code. */
    ERROR
}
