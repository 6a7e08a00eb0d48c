/**
 * The reading layer of the legacy spreadsheet importer: any file in, a stream of sheets and rows of
 * raw cells (or one file-level error) out. No decoding, no parsing of values, no shape detection.
 *
 * <p>Entry point: {@link org.diaban.importing.legacy.workbook.LegacyWorkbookReader#read}. Decisions:
 * <ul>
 *   <li><b>Format by content.</b> The first bytes decide: OLE2 → BIFF8 via HSSF (encrypted OOXML
 *       and other OLE2 documents are recognised), zip → OOXML, HTML → "html-as-xls". The file name
 *       is never looked at.</li>
 *   <li><b>Errors.</b> Damaged, truncated or password-protected containers are
 *       {@code UNREADABLE_FILE} (the password case says so in its message); anything that is not a
 *       BIFF8/OOXML workbook is {@code NOT_A_WORKBOOK}. No POI or I/O exception escapes; an
 *       exception from the caller's own handler is rethrown unchanged.</li>
 *   <li><b>xlsx is always streamed.</b> No {@code XSSFWorkbook} is built (a test enforces it).
 *       Each sheet part is parsed twice with SAX: a light first pass reads only hidden columns,
 *       hidden rows and merged regions (the merge list sits after the data in the XML), the second
 *       pass delivers the cells row by row. So every {@link org.diaban.importing.legacy.workbook.SheetInfo}
 *       is complete at {@code startSheet}, header detection can use the merges of the top rows
 *       before any data row, and memory holds one row plus the shared strings and styles. The
 *       price is reading each sheet's XML twice.</li>
 *   <li><b>xls</b> (at most 65,536 rows) uses the HSSF usermodel behind the same interface.</li>
 *   <li><b>Fonts.</b> A cell's font is its style's font, except for rich text: there the first
 *       run's font is reported when that run names one (a legacy cell is typed in one font; a
 *       second font in later runs is not reported).</li>
 *   <li><b>Cells.</b> Blank cells are left out; text comes exactly as POI gives it (trailing
 *       spaces, TCVN3/VNI bytes, the 0xAD "ư" kept); a number in a date format is a real date in
 *       the workbook's 1900 or 1904 system; formulas give their cached value and formula text.</li>
 *   <li><b>Sheets.</b> Every sheet is delivered in workbook order, hidden and very hidden ones
 *       too, with their visibility; choosing which to import is the consumer's business.</li>
 * </ul>
 */
package org.diaban.importing.legacy.workbook;
