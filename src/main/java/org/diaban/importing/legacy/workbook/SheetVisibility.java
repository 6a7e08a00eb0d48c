package org.diaban.importing.legacy.workbook;

public enum SheetVisibility {
    VISIBLE,
    /** Hidden; the user can unhide it from Excel's menu. */
    HIDDEN,
    /** Hidden so that only VBA can show it again. */
    VERY_HIDDEN
}
