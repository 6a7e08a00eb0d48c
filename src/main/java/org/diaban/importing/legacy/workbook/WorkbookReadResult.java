package org.diaban.importing.legacy.workbook;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading one file.
 *
 * @param format    what the file's content turned out to be
 * @param sheets    the sheets that were started, in order
 * @param rowsRead  rows delivered to the handler
 * @param cancelled whether the read stopped because cancellation was requested
 * @param error     the file-level error, if the file could not be read (rows delivered before a
 *                  damage was found should then be discarded)
 */
public record WorkbookReadResult(WorkbookFormat format, List<SheetInfo> sheets, long rowsRead,
                                 boolean cancelled, Optional<FileError> error) {

    public WorkbookReadResult {
        sheets = List.copyOf(sheets);
    }

    /** Read to the end without error or cancellation. */
    public boolean isComplete() {
        return error.isEmpty() && !cancelled;
    }
}
