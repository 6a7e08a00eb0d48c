package org.diaban.importing.legacy.workbook;

/** What a file turned out to be when its first bytes were sniffed (never decided by the extension). */
public enum WorkbookFormat {
    /** BIFF8 inside an OLE2 container (Excel 97–2003). */
    XLS("xls"),
    /** Office Open XML spreadsheet (zip). */
    XLSX("xlsx"),
    /** An HTML page saved with a spreadsheet extension. Never readable as a workbook. */
    HTML_AS_XLS("html-as-xls"),
    /** Anything else: text, random bytes, an empty file, another kind of zip or OLE2 document. */
    UNKNOWN("unknown");

    private final String key;

    WorkbookFormat(String key) {
        this.key = key;
    }

    /** The name used in answer keys: "xls", "xlsx", "html-as-xls" (or "unknown"). */
    public String key() {
        return key;
    }
}
