package org.diaban.importing.legacy.workbook;

/** File-level failures of the reading layer (the codes of the legacy fixture specification). */
public enum FileErrorCode {
    /** A workbook container that is truncated, damaged or password-protected. */
    UNREADABLE_FILE,
    /** Not a BIFF8/OOXML workbook at all: HTML, text, random bytes, an empty file, a plain zip. */
    NOT_A_WORKBOOK
}
