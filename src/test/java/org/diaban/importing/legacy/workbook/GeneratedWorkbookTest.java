package org.diaban.importing.legacy.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Workbooks written by POI in both formats, with what the fixtures do not show: several sheets,
 * hidden and very hidden ones, a hidden row, rich text with several fonts, the 1904 date system,
 * booleans, error and string formula results. Both formats must read the same.
 */
class GeneratedWorkbookTest {

    private static final LocalDate DECIDED = LocalDate.of(2021, 4, 8);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xls", "xlsx"})
    void bothFormatsGiveTheSameSheetsAndCells(String extension) throws IOException {
        Path file = dir.resolve("generated." + extension);
        try (Workbook workbook = extension.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            fill(workbook);
            workbook.write(out);
        }
        CollectedWorkbook read = new CollectedWorkbook();

        WorkbookReadResult result = new LegacyWorkbookReader().read(file, read);

        assertTrue(result.isComplete(), () -> result.error().toString());
        assertEquals(extension, result.format().key());
        assertEquals(List.of("Huong dan", "Du lieu", "Nhap", "Bi mat"), List.copyOf(read.sheets.keySet()));
        assertEquals(List.of("Huong dan", "Du lieu"), read.visibleSheets());
        assertEquals(org.diaban.importing.legacy.workbook.SheetVisibility.HIDDEN, read.sheets.get("Nhap").visibility());
        assertEquals(org.diaban.importing.legacy.workbook.SheetVisibility.VERY_HIDDEN,
                read.sheets.get("Bi mat").visibility());
        assertEquals(1, read.sheets.get("Du lieu").index());

        SheetInfo data = read.sheets.get("Du lieu");
        assertEquals(List.of(new CellRange(1, 1, 1, 3)), data.mergedRegions());
        assertEquals(Set.of(2), data.hiddenColumns());
        assertEquals(Set.of(3), data.hiddenRows());

        assertEquals("Arial", read.cell("Du lieu", 1, 1).fontName());
        RawCell rich = read.cell("Du lieu", 2, 1);
        assertEquals("§¶ng bé", rich.text());
        assertEquals(".VnTimeH", rich.fontName(), "the first run's font");
        assertTrue(read.cell("Du lieu", 2, 2).bool());
        assertEquals(CellKind.BOOLEAN, read.cell("Du lieu", 2, 2).kind());
        RawCell date = read.cell("Du lieu", 2, 3);
        assertTrue(date.isDate());
        assertEquals(DECIDED, date.date(), "1904 date system");
        RawCell error = read.cell("Du lieu", 2, 4);
        assertEquals(CellKind.ERROR, error.kind());
        assertEquals("#DIV/0!", error.text());
        assertEquals("1/0", error.formula());
        RawCell joined = read.cell("Du lieu", 2, 5);
        assertEquals(CellKind.TEXT, joined.kind());
        assertEquals("abcd", joined.text());
        assertTrue(joined.isFormula());

        RowCells hidden = read.rows.get("Du lieu").get(2);
        assertEquals(3, hidden.row());
        assertTrue(hidden.hidden());
        assertEquals("ẩn", hidden.cell(1).text());
        assertFalse(read.rows.get("Du lieu").get(1).hidden());
    }

    private static void fill(Workbook workbook) {
        use1904Dates(workbook);
        workbook.createSheet("Huong dan").createRow(0).createCell(0).setCellValue("Hướng dẫn nhập liệu");
        Sheet data = workbook.createSheet("Du lieu");
        workbook.createSheet("Nhap").createRow(0).createCell(0).setCellValue("bản nháp cũ");
        workbook.createSheet("Bi mat").createRow(0).createCell(0).setCellValue("x");
        workbook.setSheetVisibility(2, SheetVisibility.HIDDEN);
        workbook.setSheetVisibility(3, SheetVisibility.VERY_HIDDEN);

        CellStyle arial = workbook.createCellStyle();
        arial.setFont(font(workbook, "Arial"));
        Cell title = data.createRow(0).createCell(0);
        title.setCellValue("TIÊU ĐỀ");
        title.setCellStyle(arial);
        data.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));

        Row row = data.createRow(1);
        RichTextString rich = workbook.getCreationHelper().createRichTextString("§¶ng bé");
        rich.applyFont(0, 3, font(workbook, ".VnTimeH"));
        rich.applyFont(3, 7, font(workbook, "Times New Roman"));
        Cell richCell = row.createCell(0);
        richCell.setCellValue(rich);
        richCell.setCellStyle(arial);
        row.createCell(1).setCellValue(true);
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        Cell date = row.createCell(2);
        date.setCellValue(DateUtil.getExcelDate(DECIDED.atStartOfDay(), true));
        date.setCellStyle(dateStyle);
        row.createCell(3).setCellFormula("1/0");
        row.createCell(4).setCellFormula("\"ab\"&\"cd\"");
        Row hidden = data.createRow(2);
        hidden.createCell(0).setCellValue("ẩn");
        hidden.setZeroHeight(true);
        data.setColumnHidden(1, true);
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    private static Font font(Workbook workbook, String name) {
        Font font = workbook.createFont();
        font.setFontName(name);
        return font;
    }

    private static void use1904Dates(Workbook workbook) {
        if (workbook instanceof XSSFWorkbook xssf) {
            var properties = xssf.getCTWorkbook().isSetWorkbookPr()
                    ? xssf.getCTWorkbook().getWorkbookPr() : xssf.getCTWorkbook().addNewWorkbookPr();
            properties.setDate1904(true);
        } else if (workbook instanceof HSSFWorkbook hssf) {
            ((DateWindow1904Record) hssf.getInternalWorkbook().findFirstRecordBySid(DateWindow1904Record.sid))
                    .setWindowing((short) 1);
        }
    }
}
