package org.diaban.importing.legacy.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.diaban.importing.legacy.text.Tcvn3Encoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Headers mapped by hand: a sheet whose name column has an unknown header is no table until the
 * user maps it, and then reads like any other; header cells no column took are listed; when no
 * table is found, each sheet's most header-like row is offered with the shape that comes closest.
 */
class ColumnMappingsTest {

    @TempDir
    Path dir;

    /** [name, position, commune, villages]. */
    static final List<String[]> ROWS = List.of(
            new String[] {"Nguyễn Văn An", "Bí thư Huyện ủy", "Hồ Sơn", "Thôn Đồng Tiến"},
            new String[] {"Lê Thị Bình", "Phó Bí thư Huyện ủy", "Yên Thịnh", "Thôn Nà Pàn, Thôn Làng Hà"},
            new String[] {"Hoàng Văn Cường", "Trưởng Ban Tổ chức", "Thiện Tân", "Thôn Cổ Rào"});

    static final ColumnMappings NAME_MAPPED = ColumnMappings.none()
            .with(TableShape.ASSIGNMENT_LIST, "nguoi duoc phan cong", ColumnKind.HO_TEN);

    @ParameterizedTest
    @ValueSource(strings = {"xls", "xlsx"})
    void anUnknownNameHeaderFindsNoTable_butOffersTheHeaderRowAndWhatIsMissing(String extension) throws IOException {
        Path file = write(dir.resolve("pc." + extension), "Người được phân công", false);

        TableReadResult result = new LegacyTableReader().read(file, (layout, row) -> {
            throw new AssertionError("no table, no rows");
        });

        assertEquals(Optional.of(TableProblem.NO_TABLE_FOUND), result.problem());
        assertEquals(1, result.candidates().size());
        HeaderCandidate candidate = result.candidates().get(0);
        assertEquals("PC 2022", candidate.sheet());
        assertEquals(6, candidate.row());
        assertEquals(List.of(
                new HeaderCell(2, "B", "STT", "stt"),
                new HeaderCell(3, "C", "Người được phân công", "nguoi duoc phan cong"),
                new HeaderCell(4, "D", "Chức vụ", "chuc vu"),
                new HeaderCell(5, "E", "Đơn vị phụ trách > Xã", "don vi phu trach > xa"),
                new HeaderCell(6, "F", "Đơn vị phụ trách > Thôn", "don vi phu trach > thon"),
                new HeaderCell(7, "G", "Số quyết định", "so quyet dinh")), candidate.cells());
        assertEquals(TableShape.ASSIGNMENT_LIST, candidate.closestShape());
        assertEquals(List.of(ColumnKind.HO_TEN), candidate.missingRequired());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xls", "xlsx"})
    void onceMappedTheSheetReadsAllRows(String extension) throws IOException {
        Path file = write(dir.resolve("pc." + extension), "Người được phân công", false);
        List<String> names = new ArrayList<>();
        List<String> communes = new ArrayList<>();

        TableReadResult result = new LegacyTableReader(NAME_MAPPED).read(file, (layout, row) -> {
            names.add(row.text(ColumnKind.HO_TEN));
            communes.add(row.text(ColumnKind.XA));
        });

        assertTrue(result.problem().isEmpty(), result::message);
        assertEquals(TableShape.ASSIGNMENT_LIST, result.shape().orElseThrow());
        assertEquals(7, result.tables().get(0).lastHeaderRow());
        assertEquals(ROWS.stream().map(r -> r[0]).toList(), names);
        assertEquals(ROWS.stream().map(r -> r[2]).toList(), communes);
        assertEquals(List.of(), result.unrecognised());
        assertEquals(List.of(), result.candidates());
    }

    @Test
    void aMappingOfAnotherShapeOrHeaderChangesNothing() throws IOException {
        Path file = write(dir.resolve("pc.xlsx"), "Người được phân công", false);
        ColumnMappings others = ColumnMappings.none()
                .with(TableShape.WORK_SESSION_LOG, "nguoi duoc phan cong", ColumnKind.HO_TEN)
                .with(TableShape.ASSIGNMENT_LIST, "nguoi phan cong", ColumnKind.HO_TEN);

        TableReadResult result = new LegacyTableReader(others).read(file, (layout, row) -> {
        });

        assertEquals(Optional.of(TableProblem.NO_TABLE_FOUND), result.problem());
    }

    @Test
    void aMappedHeaderWinsOverABuiltInName() throws IOException {
        Path file = write(dir.resolve("pc.xlsx"), "Họ và tên", true);
        // "Số điện thoại" is no built-in name; mapped to the decision number it takes that column
        // instead of "Số quyết định"
        ColumnMappings phone = ColumnMappings.none()
                .with(TableShape.ASSIGNMENT_LIST, "Số điện thoại", ColumnKind.SO_QUYET_DINH);

        TableReadResult result = new LegacyTableReader(phone).read(file, (layout, row) -> {
        });

        assertEquals(8, result.tables().get(0).columns().get(ColumnKind.SO_QUYET_DINH));
        assertEquals(List.of(new HeaderCell(7, "G", "Số quyết định", "so quyet dinh")), result.unrecognised());
    }

    @Test
    void anExtraUnknownColumnIsListedAsUnrecognised() throws IOException {
        Path file = write(dir.resolve("pc.xls"), "Họ và tên", true);
        List<String> names = new ArrayList<>();

        TableReadResult result = new LegacyTableReader().read(file, (layout, row) -> names.add(row.text(
                ColumnKind.HO_TEN)));

        assertEquals(3, names.size());
        assertEquals(List.of(new HeaderCell(8, "H", "Số điện thoại", "so dien thoai")), result.unrecognised());
        assertEquals(result.unrecognised(), result.tables().get(0).unrecognisedHeaders());
    }

    @Test
    void aTcvn3HeaderIsOfferedDecodedAndItsMappingApplies() throws IOException {
        Path file = dir.resolve("pc.xls");
        try (Workbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("PC");
            Font font = workbook.createFont();
            font.setFontName(".VnTimeH");
            CellStyle vnTimeH = workbook.createCellStyle();
            vnTimeH.setFont(font);
            String[] header = {"STT", "Người được phân công", "Xã phụ trách", "Thôn phụ trách"};
            for (int c = 0; c < header.length; c++) {
                set(sheet, 3, c, Tcvn3Encoder.encode(header[c]));
                sheet.getRow(3).getCell(c).setCellStyle(vnTimeH);
            }
            for (int i = 0; i < ROWS.size(); i++) {
                set(sheet, 4 + i, 0, String.valueOf(i + 1));
                set(sheet, 4 + i, 1, ROWS.get(i)[0]);
                set(sheet, 4 + i, 2, ROWS.get(i)[2]);
                set(sheet, 4 + i, 3, ROWS.get(i)[3]);
            }
            workbook.write(out);
        }

        TableReadResult unknown = new LegacyTableReader().read(file, (layout, row) -> {
        });
        HeaderCell name = unknown.candidates().get(0).cells().get(1);
        assertEquals(new HeaderCell(2, "B", "NGƯỜI ĐƯỢC PHÂN CÔNG", "nguoi duoc phan cong"), name);
        List<String> names = new ArrayList<>();
        TableReadResult mapped = new LegacyTableReader(ColumnMappings.none()
                .with(TableShape.ASSIGNMENT_LIST, name.text(), ColumnKind.HO_TEN))
                .read(file, (layout, row) -> names.add(row.text(ColumnKind.HO_TEN)));

        assertTrue(mapped.problem().isEmpty(), mapped::message);
        assertEquals(ROWS.stream().map(r -> r[0]).toList(), names);
    }

    @Test
    void aSubColumnUnderAGroupIsMappedAsGroupAndSub() throws IOException {
        Path file = dir.resolve("shcb.xlsx");
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("SHCB");
            set(sheet, 0, 0, "THEO DÕI CẤP ỦY VIÊN DỰ SINH HOẠT CHI BỘ NĂM 2023");
            String[] single = {"STT", "Họ và tên", "Cấp"};
            for (int c = 0; c < single.length; c++) {
                set(sheet, 2, c, single[c]);
                sheet.addMergedRegion(new CellRangeAddress(2, 3, c, c));
            }
            set(sheet, 2, 3, "Nơi sinh hoạt");
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 3, 4));
            set(sheet, 3, 3, "Đơn vị");
            set(sheet, 3, 4, "Tổ");
            set(sheet, 2, 5, "Số lần dự theo tháng");
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 5, 16));
            for (int m = 1; m <= 12; m++) {
                set(sheet, 3, 4 + m, String.valueOf(m));
            }
            for (int i = 0; i < 3; i++) {
                set(sheet, 4 + i, 0, String.valueOf(i + 1));
                set(sheet, 4 + i, 1, ROWS.get(i)[0]);
                set(sheet, 4 + i, 2, "Huyện");
                set(sheet, 4 + i, 3, "Chi bộ thôn Nà Pàn");
                set(sheet, 4 + i, 4, "Tổ 1");
                set(sheet, 4 + i, 5, "x");
            }
            workbook.write(out);
        }

        TableReadResult unknown = new LegacyTableReader().read(file, (layout, row) -> {
        });
        // with a commune column it would read as an assignment list (name, commune and a third column)
        assertEquals(Optional.of(TableProblem.NO_TABLE_FOUND), unknown.problem());
        HeaderCandidate candidate = unknown.candidates().get(0);
        assertEquals(3, candidate.row());
        assertEquals(new HeaderCell(4, "D", "Nơi sinh hoạt > Đơn vị", "noi sinh hoat > don vi"),
                candidate.cells().get(3));
        assertEquals(new HeaderCell(17, "Q", "Số lần dự theo tháng > 12", "so lan du theo thang > 12"),
                candidate.cells().get(16));
        assertEquals(TableShape.ATTENDANCE_MATRIX, candidate.closestShape());
        assertEquals(List.of(ColumnKind.CHI_BO), candidate.missingRequired());

        ColumnMappings wrongGroup = ColumnMappings.none()
                .with(TableShape.ATTENDANCE_MATRIX, "Nơi ở > Đơn vị", ColumnKind.CHI_BO);
        assertEquals(Optional.of(TableProblem.NO_TABLE_FOUND), new LegacyTableReader(wrongGroup)
                .read(file, (layout, row) -> {
                }).problem());
        List<String> cells = new ArrayList<>();
        TableReadResult mapped = new LegacyTableReader(ColumnMappings.none()
                .with(TableShape.ATTENDANCE_MATRIX, candidate.cells().get(3).folded(), ColumnKind.CHI_BO))
                .read(file, (layout, row) -> cells.add(row.text(ColumnKind.CHI_BO)));
        assertTrue(mapped.problem().isEmpty(), mapped::message);
        assertEquals(List.of(3, 4), mapped.tables().get(0).headerRows());
        assertEquals(4, mapped.tables().get(0).columns().get(ColumnKind.CHI_BO));
        assertEquals(List.of("Chi bộ thôn Nà Pàn", "Chi bộ thôn Nà Pàn", "Chi bộ thôn Nà Pàn"), cells);
    }

    @Test
    void headersAreFoldedLikeHeaderCells() {
        ColumnMappings m = ColumnMappings.none()
                .with(TableShape.ASSIGNMENT_LIST, "  Người  được phân-công ", ColumnKind.HO_TEN)
                .with(TableShape.ASSIGNMENT_LIST, "Đơn vị phụ trách > Xã, thị trấn", ColumnKind.XA);

        assertEquals(List.of(
                new ColumnMappings.Entry(TableShape.ASSIGNMENT_LIST, "nguoi duoc phan cong", ColumnKind.HO_TEN),
                new ColumnMappings.Entry(TableShape.ASSIGNMENT_LIST, "don vi phu trach > xa thi tran", ColumnKind.XA)),
                m.entries());
        assertEquals(Optional.of(ColumnKind.HO_TEN), m.kindOf(TableShape.ASSIGNMENT_LIST, "nguoi duoc phan cong"));
        assertEquals(Optional.of(ColumnKind.HO_TEN), m.kindOf(TableShape.ASSIGNMENT_LIST, "NGƯỜI ĐƯỢC PHÂN CÔNG"));
        assertEquals(Optional.empty(), m.kindOf(TableShape.ATTENDANCE_MATRIX, "nguoi duoc phan cong"));
        assertEquals(Optional.empty(), m.without(TableShape.ASSIGNMENT_LIST, "Người được phân công")
                .kindOf(TableShape.ASSIGNMENT_LIST, "nguoi duoc phan cong"));
        assertEquals(Optional.of(ColumnKind.CHUC_VU), m.with(TableShape.ASSIGNMENT_LIST, "nguoi duoc phan cong",
                ColumnKind.CHUC_VU).kindOf(TableShape.ASSIGNMENT_LIST, "nguoi duoc phan cong"));
        assertEquals(2, m.with(TableShape.ASSIGNMENT_LIST, "nguoi duoc phan cong", ColumnKind.CHUC_VU)
                .entries().size());
        assertThrows(IllegalArgumentException.class,
                () -> m.with(TableShape.ASSIGNMENT_LIST, "Tháng 1", ColumnKind.THANG_1));
        assertThrows(IllegalArgumentException.class,
                () -> m.with(TableShape.ASSIGNMENT_LIST, " - ", ColumnKind.HO_TEN));
    }

    @Test
    void encodeAndDecodeRoundTrip_andMalformedLinesAreLeftOut() {
        ColumnMappings m = ColumnMappings.none()
                .with(TableShape.ASSIGNMENT_LIST, "Người được phân công", ColumnKind.HO_TEN)
                .with(TableShape.ATTENDANCE_MATRIX, "Sinh hoạt tại > Chi bộ thôn", ColumnKind.CHI_BO)
                .with(TableShape.HOUSEHOLD_FOLLOWUP, "Đảng viên theo dõi", ColumnKind.CAN_BO);

        assertEquals(m, ColumnMappings.decode(m.encode()));
        assertEquals(m.entries(), ColumnMappings.decode(m.encode()).entries());
        assertEquals(ColumnMappings.none(), ColumnMappings.decode(ColumnMappings.none().encode()));

        String damaged = m.encode() + "no tabs here\n" + "assignment_list\tx\n" + "no_such_shape\tho ten\tHO_TEN\n"
                + "assignment_list\tho ten\tNO_SUCH_KIND\n" + "assignment_list\tthang mot\tTHANG_1\n"
                + "assignment_list\t \tHO_TEN\r\n" + "\n" + "working_groups\tTổ trưởng tổ\tTO_TRUONG\r\n";
        assertEquals(m.with(TableShape.WORKING_GROUPS, "to truong to", ColumnKind.TO_TRUONG),
                ColumnMappings.decode(damaged));
        assertEquals(ColumnMappings.none(), ColumnMappings.decode(null));
        assertEquals(ColumnMappings.none(), ColumnMappings.decode("garbage"));
    }

    /**
     * An assignment list in sheet "PC 2022": title in row 2, header in rows 6 and 7 from column B
     * (a merged "Đơn vị phụ trách" group over Xã and Thôn), three data rows.
     */
    static Path write(Path file, String nameHeader, boolean phoneColumn) throws IOException {
        try (Workbook workbook = file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("PC 2022");
            set(sheet, 1, 1, "DANH SÁCH PHÂN CÔNG CẤP ỦY VIÊN PHỤ TRÁCH ĐỊA BÀN NĂM 2022");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 1, 7));
            set(sheet, 2, 1, "HUYỆN ỦY HỮU LŨNG");
            List<String> single = new ArrayList<>(List.of("STT", nameHeader, "Chức vụ"));
            int c = 1;
            for (String header : single) {
                set(sheet, 5, c, header);
                sheet.addMergedRegion(new CellRangeAddress(5, 6, c, c));
                c++;
            }
            set(sheet, 5, c, "Đơn vị phụ trách");
            sheet.addMergedRegion(new CellRangeAddress(5, 5, c, c + 1));
            set(sheet, 6, c, "Xã");
            set(sheet, 6, c + 1, "Thôn");
            set(sheet, 5, c + 2, "Số quyết định");
            sheet.addMergedRegion(new CellRangeAddress(5, 6, c + 2, c + 2));
            if (phoneColumn) {
                set(sheet, 5, c + 3, "Số điện thoại");
                sheet.addMergedRegion(new CellRangeAddress(5, 6, c + 3, c + 3));
            }
            for (int i = 0; i < ROWS.size(); i++) {
                String[] data = ROWS.get(i);
                int r = 7 + i;
                sheet.createRow(r).createCell(1).setCellValue(i + 1);
                set(sheet, r, 2, data[0]);
                set(sheet, r, 3, data[1]);
                set(sheet, r, 4, data[2]);
                set(sheet, r, 5, data[3]);
                set(sheet, r, 6, "125-QĐ/HU");
                if (phoneColumn) {
                    set(sheet, r, 7, "0912 345 67" + i);
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static void set(Sheet sheet, int row, int column, String value) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        r.createCell(column).setCellValue(value);
    }
}
