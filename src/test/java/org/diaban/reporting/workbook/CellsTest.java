package org.diaban.reporting.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Table cells get the style their column and value call for, also when it comes from the writer's cache. */
class CellsTest {

    private XSSFWorkbook workbook;
    private Cells cells;
    private Row row;

    @BeforeEach
    void setUp() {
        workbook = new XSSFWorkbook();
        cells = new Cells(new Styles(workbook, "Times New Roman"));
        row = workbook.createSheet().createRow(0);
    }

    @AfterEach
    void tearDown() throws IOException {
        workbook.close();
    }

    @Test
    void aCountIsRightAlignedWithGrouping() {
        Cell cell = cells.table(row, 0, 12345, CellKind.INTEGER, 13, false);
        assertEquals(12345, cell.getNumericCellValue());
        assertEquals(HorizontalAlignment.RIGHT, cell.getCellStyle().getAlignment());
        assertEquals(Cells.INTEGER_FORMAT, cell.getCellStyle().getDataFormatString());
        assertEquals(BorderStyle.THIN, cell.getCellStyle().getBorderLeft());
    }

    @Test
    void aWordInANumberColumnIsCentredNotRightAligned() {
        short number = cells.table(row, 0, 7, CellKind.INTEGER, 13, false).getCellStyle().getIndex();
        Cell word = cells.table(row, 1, "–", CellKind.INTEGER, 13, false);
        assertEquals(CellType.STRING, word.getCellType());
        assertEquals(HorizontalAlignment.CENTER, word.getCellStyle().getAlignment());
        assertEquals(HorizontalAlignment.RIGHT, cells.table(row, 2, 8, CellKind.INTEGER, 13, false).getCellStyle()
                .getAlignment());
        assertEquals(number, cells.table(row, 3, 9, CellKind.INTEGER, 13, false).getCellStyle().getIndex());
    }

    @Test
    void formulaLikeTextIsQuotedEvenAfterPlainTextOfTheSameColumn() {
        Cell plain = cells.table(row, 0, "Nguyễn Văn A", CellKind.TEXT, 13, false);
        Cell formula = cells.table(row, 1, "=1+1", CellKind.TEXT, 13, false);
        Cell plainAgain = cells.table(row, 2, "Trần Thị B", CellKind.TEXT, 13, false);
        assertFalse(plain.getCellStyle().getQuotePrefixed());
        assertTrue(formula.getCellStyle().getQuotePrefixed());
        assertEquals(CellType.STRING, formula.getCellType());
        assertEquals("=1+1", formula.getStringCellValue());
        assertEquals(plain.getCellStyle().getIndex(), plainAgain.getCellStyle().getIndex());
    }

    @Test
    void daysPercentagesBoldAndSizesKeepTheirOwnStyles() {
        Cell day = cells.table(row, 0, LocalDate.of(2023, 6, 30), CellKind.DATE, 13, false);
        assertEquals(Cells.DATE_FORMAT, day.getCellStyle().getDataFormatString());
        Cell percent = cells.table(row, 1, 87.5, CellKind.PERCENT, 13, false);
        assertEquals(Cells.PERCENT_FORMAT, percent.getCellStyle().getDataFormatString());
        Cell total = cells.table(row, 2, 12, CellKind.INTEGER, 13, true);
        assertTrue(workbook.getFontAt(total.getCellStyle().getFontIndex()).getBold());
        Cell small = cells.table(row, 3, 12, CellKind.INTEGER, 11, false);
        assertEquals(11, workbook.getFontAt(small.getCellStyle().getFontIndex()).getFontHeightInPoints());
        Cell empty = cells.table(row, 4, null, CellKind.TEXT, 13, false);
        assertEquals(CellType.BLANK, empty.getCellType());
        assertEquals(BorderStyle.THIN, empty.getCellStyle().getBorderTop());
    }
}
