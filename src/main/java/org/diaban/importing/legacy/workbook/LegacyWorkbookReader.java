package org.diaban.importing.legacy.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The reading layer of the legacy importer: turns any file into a stream of sheets and rows of
 * raw cells, or one file-level error. The format is decided by the file's first bytes, never by
 * its name: OLE2 → BIFF8 .xls (HSSF), zip → OOXML .xlsx (streamed with SAX, never loaded as a whole
 * workbook), HTML or anything else → {@link FileErrorCode#NOT_A_WORKBOOK}. A damaged or
 * password-protected container is {@link FileErrorCode#UNREADABLE_FILE}. No exception from POI or
 * the file system leaves {@link #read}; an exception thrown by the caller's handler or progress
 * callback is rethrown unchanged.
 */
public final class LegacyWorkbookReader {

    public WorkbookReadResult read(Path file, RowHandler handler) {
        return read(file, handler, ReadControl.NONE);
    }

    public WorkbookReadResult read(Path file, RowHandler handler, ReadControl control) {
        ReadSession session = new ReadSession(handler, control);
        WorkbookFormat format = WorkbookFormat.UNKNOWN;
        try {
            ContentSniffer.Container container = sniff(file);
            switch (container) {
                case OLE2 -> {
                    format = WorkbookFormat.XLS;
                    XlsReader.read(file, session);
                }
                case ZIP -> {
                    format = WorkbookFormat.XLSX;
                    XlsxReader.read(file, session);
                }
                case HTML -> {
                    format = WorkbookFormat.HTML_AS_XLS;
                    throw new ReadFailure(FileErrorCode.NOT_A_WORKBOOK, "The file is a web page (HTML) saved "
                            + "with a spreadsheet name, not an Excel workbook. Open it in Excel and save it as .xlsx.");
                }
                default -> throw new ReadFailure(FileErrorCode.NOT_A_WORKBOOK,
                        "The file is not an Excel workbook (.xls or .xlsx).");
            }
            return result(format, session, false, null);
        } catch (ReadFailure e) {
            return result(format, session, false, e.error());
        } catch (ReadSession.Cancelled e) {
            return result(format, session, true, null);
        } catch (ReadSession.HandlerFailure e) {
            throw e.original();
        }
    }

    private static ContentSniffer.Container sniff(Path file) throws ReadFailure {
        byte[] head = new byte[ContentSniffer.HEAD_LENGTH];
        int length = 0;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ReadFailure(FileErrorCode.UNREADABLE_FILE, "The file cannot be opened: " + e.getMessage(), e);
        }
        if (length == 0) {
            throw new ReadFailure(FileErrorCode.NOT_A_WORKBOOK, "The file is empty.");
        }
        return ContentSniffer.sniff(head, length);
    }

    private static WorkbookReadResult result(WorkbookFormat format, ReadSession session, boolean cancelled,
                                             FileError error) {
        List<SheetInfo> sheets = session.sheets();
        return new WorkbookReadResult(format, sheets, session.rowsRead(), cancelled, Optional.ofNullable(error));
    }
}
