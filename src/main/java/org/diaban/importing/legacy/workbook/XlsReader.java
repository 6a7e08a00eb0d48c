package org.diaban.importing.legacy.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads an OLE2 file: BIFF8 through the HSSF usermodel (an .xls holds at most 65,536 rows, so the
 * whole workbook fits in memory), or recognises encrypted OOXML and other OLE2 documents.
 */
final class XlsReader {

    /** BIFF8 allows 256 columns. */
    private static final int MAX_COLUMNS = 256;

    private XlsReader() {
    }

    static void read(Path file, ReadSession session) throws ReadFailure {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw ReadFailure.passwordProtected();
            }
            if (!hasEntry(root, "workbook")) {
                throw hasEntry(root, "book")
                        ? new ReadFailure(FileErrorCode.NOT_A_WORKBOOK, "The file is an Excel 5/95 workbook, "
                                + "which is not supported. Open it in Excel and save it as .xls or .xlsx.")
                        : new ReadFailure(FileErrorCode.NOT_A_WORKBOOK,
                                "The file is an OLE2 document without a workbook (for example a Word document).");
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(root, false)) {
                readWorkbook(workbook, session);
            }
        } catch (EncryptedDocumentException e) {
            throw ReadFailure.passwordProtected();
        } catch (OldExcelFormatException e) {
            throw new ReadFailure(FileErrorCode.NOT_A_WORKBOOK, "The file is an old Excel format (before Excel 97), "
                    + "which is not supported. Open it in Excel and save it as .xls or .xlsx.", e);
        } catch (ReadSession.Cancelled | ReadSession.HandlerFailure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ReadFailure.damaged(".xls file", e);
        }
    }

    private static boolean hasEntry(DirectoryNode root, String lowerCaseName) {
        for (String name : root.getEntryNames()) {
            if (name.toLowerCase(Locale.ROOT).equals(lowerCaseName)) {
                return true;
            }
        }
        return false;
    }

    private static void readWorkbook(HSSFWorkbook workbook, ReadSession session) {
        boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        long totalRows = 0;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            totalRows += workbook.getSheetAt(i).getPhysicalNumberOfRows();
        }
        session.workTotal(totalRows);
        long rowsDone = 0;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            HSSFSheet sheet = workbook.getSheetAt(i);
            SheetInfo info = sheetInfo(workbook, i, sheet);
            session.startSheet(info);
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                HSSFRow row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                session.workDone(++rowsDone);
                session.row(new RowCells(r + 1, row.getZeroHeight(), cells(workbook, row, date1904)));
            }
            session.endSheet(info);
        }
    }

    private static SheetInfo sheetInfo(HSSFWorkbook workbook, int index, HSSFSheet sheet) {
        List<CellRange> merged = new ArrayList<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            merged.add(new CellRange(region.getFirstRow() + 1, region.getFirstColumn() + 1,
                    region.getLastRow() + 1, region.getLastColumn() + 1));
        }
        Set<Integer> hiddenColumns = new HashSet<>();
        for (int c = 0; c < MAX_COLUMNS; c++) {
            if (sheet.isColumnHidden(c)) {
                hiddenColumns.add(c + 1);
            }
        }
        Set<Integer> hiddenRows = new HashSet<>();
        for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
            HSSFRow row = sheet.getRow(r);
            if (row != null && row.getZeroHeight()) {
                hiddenRows.add(r + 1);
            }
        }
        SheetVisibility visibility = switch (workbook.getSheetVisibility(index)) {
            case VISIBLE -> SheetVisibility.VISIBLE;
            case HIDDEN -> SheetVisibility.HIDDEN;
            case VERY_HIDDEN -> SheetVisibility.VERY_HIDDEN;
        };
        return new SheetInfo(index, workbook.getSheetName(index), visibility, merged, hiddenColumns, hiddenRows);
    }

    private static List<RawCell> cells(HSSFWorkbook workbook, HSSFRow row, boolean date1904) {
        List<RawCell> cells = new ArrayList<>();
        if (row.getFirstCellNum() < 0) {
            return cells;
        }
        for (int c = row.getFirstCellNum(); c < row.getLastCellNum(); c++) {
            HSSFCell cell = row.getCell(c);
            if (cell != null) {
                RawCell raw = cell(workbook, cell, date1904);
                if (raw != null) {
                    cells.add(raw);
                }
            }
        }
        return cells;
    }

    /** The cell, or {@code null} when it is blank. */
    private static RawCell cell(HSSFWorkbook workbook, HSSFCell cell, boolean date1904) {
        boolean isFormula = cell.getCellType() == CellType.FORMULA;
        CellType type = isFormula ? cell.getCachedFormulaResultType() : cell.getCellType();
        String formula = isFormula ? formulaText(cell) : null;
        HSSFCellStyle style = cell.getCellStyle();
        String font = workbook.getFontAt(style.getFontIndex()).getFontName();
        int row = cell.getRowIndex() + 1;
        int column = cell.getColumnIndex() + 1;
        switch (type) {
            case STRING -> {
                HSSFRichTextString rich = cell.getRichStringCellValue();
                if (rich.numFormattingRuns() > 0 && rich.getIndexOfFormattingRun(0) == 0) {
                    font = workbook.getFontAt(rich.getFontOfFormattingRun(0)).getFontName();
                }
                return new RawCell(row, column, CellKind.TEXT, rich.getString(), 0, null, false, formula, font);
            }
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                LocalDateTime date = DateCells.dateOf(value, style.getDataFormat(), style.getDataFormatString(),
                        date1904);
                return new RawCell(row, column, CellKind.NUMBER, null, value, date, false, formula, font);
            }
            case BOOLEAN -> {
                return new RawCell(row, column, CellKind.BOOLEAN, null, 0, null, cell.getBooleanCellValue(),
                        formula, font);
            }
            case ERROR -> {
                byte code = isFormula ? (byte) cell.getErrorCellValue() : cell.getErrorCellValue();
                return new RawCell(row, column, CellKind.ERROR, errorText(code), 0, null, false, formula, font);
            }
            default -> {
                return isFormula
                        ? new RawCell(row, column, CellKind.TEXT, "", 0, null, false, formula, font)
                        : null;
            }
        }
    }

    /**
     * The formula text, or "" when POI cannot render it (e.g. references to other workbooks): the
     * cached value is still good, and one odd formula must not make the whole file unreadable.
     */
    private static String formulaText(HSSFCell cell) {
        try {
            return cell.getCellFormula();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String errorText(byte code) {
        return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#ERR" + code;
    }
}
