package org.diaban.importing.legacy.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public legacy fixture opens with the right format and sheets; cell values, fonts, dates and layout. */
class LegacyWorkbookFixturesTest {

    private final LegacyWorkbookReader reader = new LegacyWorkbookReader();

    /** The file, its format and its data sheets ("sheets" of the answer key). */
    static Stream<Arguments> readableFixtures() {
        return Stream.of(
                Arguments.of("phan_cong_HuuLung_2022.xls", WorkbookFormat.XLS, List.of("PC 2022")),
                Arguments.of("phan_cong_BacSon_2023.xlsx", WorkbookFormat.XLSX, List.of("Danh sach")),
                Arguments.of("phan_cong_DinhLap_2021_TCVN3.xls", WorkbookFormat.XLS, List.of("Sheet1")),
                Arguments.of("sinh_hoat_chi_bo_HuuLung_2023.xlsx", WorkbookFormat.XLSX, List.of("Nam 2023")),
                Arguments.of("sinh_hoat_chi_bo_DinhLap_2022_VNI.xls", WorkbookFormat.XLS, List.of("Sheet1")),
                Arguments.of("so_theo_doi_lam_viec_BacSon_2023_TCVN3.xls", WorkbookFormat.XLS, List.of("Nam 2023")),
                Arguments.of("to_cong_tac_HuuLung_2021.xlsx", WorkbookFormat.XLSX, List.of("To cong tac")),
                Arguments.of("loi_phan_cong_ChiLang_2023.xlsx", WorkbookFormat.XLSX, List.of("PC")),
                Arguments.of("loi_sinh_hoat_chi_bo_BacSon_2022.xls", WorkbookFormat.XLS, List.of("SHCB")));
    }

    @ParameterizedTest
    @MethodSource("readableFixtures")
    void opensWithTheRightFormatAndSheets(String file, WorkbookFormat format, List<String> visibleSheets) {
        CollectedWorkbook workbook = new CollectedWorkbook();

        WorkbookReadResult result = reader.read(CollectedWorkbook.fixture(file), workbook);

        assertTrue(result.error().isEmpty(), () -> result.error().toString());
        assertTrue(result.isComplete());
        assertEquals(format, result.format());
        assertEquals(visibleSheets, workbook.visibleSheets());
        assertTrue(result.rowsRead() > 0);
        String sheet = visibleSheets.get(0);
        assertEquals(List.of("start " + sheet, "end " + sheet), workbook.events);
    }

    @Test
    void damagedXlsIsUnreadable() {
        CollectedWorkbook workbook = new CollectedWorkbook();

        WorkbookReadResult result = reader.read(CollectedWorkbook.fixture("hong_file_phan_cong_2019.xls"), workbook);

        assertEquals(WorkbookFormat.XLS, result.format());
        FileError error = result.error().orElseThrow();
        assertEquals(FileErrorCode.UNREADABLE_FILE, error.code());
        assertTrue(error.message().contains("truncated or damaged"), error.message());
        assertEquals(0, result.rowsRead());
    }

    @Test
    void xlsCellsKeepRawTextNumbersRealDatesAndMerges() {
        CollectedWorkbook workbook = read("phan_cong_HuuLung_2022.xls");
        String sheet = "PC 2022";

        assertEquals("Họ và tên", workbook.cell(sheet, 8, 2).text());
        String paddedName = workbook.cell(sheet, 12, 2).text();
        assertTrue(paddedName.startsWith("Triệu Ngọc Mạnh") && !paddedName.equals(paddedName.strip()),
                "trailing spaces are kept: [" + paddedName + "]");
        RawCell stt = workbook.cell(sheet, 12, 1);
        assertEquals(CellKind.NUMBER, stt.kind());
        assertEquals(1.0, stt.number());
        assertFalse(stt.isDate());
        RawCell decided = workbook.cell(sheet, 12, 8);
        assertTrue(decided.isDate());
        assertEquals(LocalDate.of(2022, 5, 22), decided.date());
        assertEquals("Times New Roman", decided.fontName());
        SheetInfo info = workbook.sheets.get(sheet);
        assertTrue(regions(info).containsAll(
                        List.of("A1:C1", "E1:I1", "A8:A9", "E8:F8", "G8:H8", "A12:A13", "B12:B13")),
                () -> regions(info).toString());
        assertEquals("E8:F8", info.mergedRegionAt(8, 6).toString());
        assertEquals(Set.of(), info.hiddenColumns());
    }

    @Test
    void xlsxSharedStringsDatesAsTextAndTheHiddenColumn() {
        CollectedWorkbook workbook = read("phan_cong_BacSon_2023.xlsx");
        String sheet = "Danh sach";

        SheetInfo info = workbook.sheets.get(sheet);
        assertEquals(Set.of(3), info.hiddenColumns());
        assertEquals("Năm sinh", workbook.cell(sheet, 8, 3).text());
        assertEquals(1976.0, workbook.cell(sheet, 11, 3).number());
        assertEquals("Đ/c Lương Mạnh Luân", workbook.cell(sheet, 13, 2).text());
        RawCell typedDate = workbook.cell(sheet, 15, 8);
        assertEquals(CellKind.TEXT, typedDate.kind());
        assertFalse(typedDate.isDate());
        assertEquals("ngày 14 tháng 3 năm 2023", typedDate.text());
        assertTrue(regions(info).containsAll(
                        List.of("A1:C1", "E1:I1", "A8:A9", "E8:F8", "G8:H8", "A10:I10", "A11:A12")),
                () -> regions(info).toString());
        assertEquals(new CellRange(1, 1, 1, 3), info.mergedRegions().get(0));
    }

    @Test
    void xlsxRealDateCellsAndFormulasWithCachedValues() {
        CollectedWorkbook workbook = read("sinh_hoat_chi_bo_HuuLung_2023.xlsx");
        String sheet = "Nam 2023";

        RawCell date = workbook.cell(sheet, 14, 16);
        assertTrue(date.isDate());
        assertEquals(LocalDate.of(2023, 10, 3), date.date());
        RawCell total = workbook.cell(sheet, 11, 19);
        assertEquals("COUNTA(G11:R11)", total.formula());
        assertEquals(CellKind.NUMBER, total.kind());
        assertEquals(1.0, total.number());
        assertFalse(workbook.cell(sheet, 12, 19).isFormula());
        assertEquals("G8:R8", workbook.sheets.get(sheet).mergedRegionAt(8, 10).toString());
    }

    @Test
    void xlsFormulaCellsGiveTheirCachedValue() {
        CollectedWorkbook workbook = read("loi_sinh_hoat_chi_bo_BacSon_2022.xls");

        RawCell total = workbook.cell("SHCB", 11, 19);
        assertEquals("COUNTA(G11:R11)", total.formula());
        assertEquals(CellKind.NUMBER, total.kind());
        assertEquals(2.0, total.number());
        assertEquals(LocalDate.of(2022, 1, 8), workbook.cell("SHCB", 15, 7).date());
    }

    @Test
    void tcvn3CellsComeUndecodedWithTheirVnFonts() {
        CollectedWorkbook workbook = read("phan_cong_DinhLap_2021_TCVN3.xls");

        RawCell heading = workbook.cell("Sheet1", 1, 1);
        assertEquals(".VnTimeH", heading.fontName());
        assertEquals("§¶ng Bé TØnh L¹ng S¬n", heading.text());
        RawCell position = workbook.cell("Sheet1", 14, 3);
        assertEquals(".VnTime", position.fontName());
        // "Thường": ư is byte 0xAD (a soft hyphen in Latin-1) and must survive untouched
        assertTrue(position.text().contains("Th\u00ADêng"), position.text());
    }

    @Test
    void tcvn3WorkLogHasRealDateCellsAndMultiLineText() {
        CollectedWorkbook workbook = read("so_theo_doi_lam_viec_BacSon_2023_TCVN3.xls");

        RawCell date = workbook.cell("Nam 2023", 8, 2);
        assertEquals(LocalDate.of(2023, 1, 15), date.date());
        assertEquals(".VnTime", date.fontName());
        String requests = workbook.cell("Nam 2023", 8, 8).text();
        assertTrue(requests.startsWith("- ") && requests.contains("\n- "), requests);
        assertEquals(".VnTimeH", workbook.cell("Nam 2023", 7, 1).fontName());
    }

    @Test
    void vniCellsComeUndecodedWithTheVniFont() {
        CollectedWorkbook workbook = read("sinh_hoat_chi_bo_DinhLap_2022_VNI.xls");

        RawCell name = workbook.cell("Sheet1", 11, 2);
        assertEquals("VNI-Times", name.fontName());
        assertEquals("Trieäu Vaên Höng", name.text());
        assertEquals("G8:R8", workbook.sheets.get("Sheet1").mergedRegionAt(8, 7).toString());
    }

    @Test
    void multiLineCellsKeepTheirLineBreaks() {
        CollectedWorkbook workbook = read("to_cong_tac_HuuLung_2021.xlsx");

        assertEquals("Đ/c Ngô Thanh Nhàn\nPhó Bí thư Thường trực Huyện ủy",
                workbook.cell("To cong tac", 9, 4).text());
    }

    private CollectedWorkbook read(String file) {
        CollectedWorkbook workbook = new CollectedWorkbook();
        WorkbookReadResult result = reader.read(CollectedWorkbook.fixture(file), workbook);
        assertTrue(result.error().isEmpty(), () -> result.error().toString());
        return workbook;
    }

    private static List<String> regions(SheetInfo info) {
        return info.mergedRegions().stream().map(CellRange::toString).toList();
    }
}
