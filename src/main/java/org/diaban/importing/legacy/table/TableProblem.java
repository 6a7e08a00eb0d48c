package org.diaban.importing.legacy.table;

/** File-level outcomes of table finding (codes of the legacy fixture specification). */
public enum TableProblem {
    UNREADABLE_FILE, NOT_A_WORKBOOK, NO_TABLE_FOUND
}
