package org.diaban.importing.legacy.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.diaban.importing.legacy.values.CommitteeCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Assignment lists written by POI in the test, then varied: columns shuffled (group columns keep
 * their sub-columns together), the table moved right and down, an instruction sheet before it and
 * a hidden draft sheet with the same header. Every variant must give the same rows.
 */
class GeneratedTableTest {

    @TempDir
    Path dir;

    /** A cadre with one or more communes: [name, position, category, commune, villages, decision]. */
    private static final List<String[]> ROWS = List.of(
            new String[] {"Nguyễn Văn An", "Bí thư Huyện ủy", "BTV", "Hồ Sơn", "Thôn Đồng Tiến", "125-QĐ/HU"},
            new String[] {"Nguyễn Văn An", "Bí thư Huyện ủy", "BTV", "Minh Sơn", "", "125-QĐ/HU"},
            new String[] {"Lê Thị Bình", "Phó Bí thư Huyện ủy", "BTV", "Yên Thịnh", "Thôn Nà Pàn, Thôn Làng Hà",
                "125-QĐ/HU"},
            new String[] {"Hoàng Văn Cường", "Trưởng Ban Tổ chức", "BCH", "Thiện Tân", "Thôn Cổ Rào", "130-QĐ/HU"},
            new String[] {"Hoàng Văn Cường", "Trưởng Ban Tổ chức", "BCH", "Hữu Liên", "Thôn Lân Khoang", "130-QĐ/HU"},
            new String[] {"Tống Văn Dũng", "Trưởng phòng Tư pháp", "LĐQL", "Đồng Tân", "", "130-QĐ/HU"});

    /** The column blocks of the header: a group block spans its sub-columns. */
    private static final List<String[]> BLOCKS = List.of(
            new String[] {"STT"}, new String[] {"Họ và tên"}, new String[] {"Chức vụ"}, new String[] {"Cấp ủy"},
            new String[] {"Đơn vị phụ trách", "Xã, thị trấn", "Thôn, tổ dân phố"},
            new String[] {"Quyết định phân công", "Số", "Ngày"}, new String[] {"Ghi chú"});

    record Variant(String extension, long seed, int down, int right, boolean instructionSheet, boolean hiddenDraft) {

        /** Odd seeds number the columns 1 2 3 ... instead of (1) (2) (3) ... */
        boolean plainNumbering() {
            return seed % 2 == 1;
        }

        /**
         * Seeds 3 and 4 letter the last section "C" in a cell of its own, put a lone group line among
         * the data and end with a date line, no "Nơi nhận".
         */
        boolean looseLines() {
            return seed >= 3;
        }
    }

    record Found(String name, String commune, String villages, String decision, Optional<CommitteeCategory> section) {
    }

    static Stream<Arguments> variants() {
        List<Arguments> variants = new ArrayList<>();
        for (String extension : List.of("xls", "xlsx")) {
            variants.add(Arguments.of(new Variant(extension, 0, 0, 0, false, false)));
            variants.add(Arguments.of(new Variant(extension, 0, 7, 3, false, false)));
            variants.add(Arguments.of(new Variant(extension, 0, 0, 0, true, true)));
            for (long seed = 1; seed <= 4; seed++) {
                variants.add(Arguments.of(new Variant(extension, seed, (int) seed * 2, (int) seed, seed % 2 == 0,
                        seed % 2 == 1)));
            }
        }
        return variants.stream();
    }

    @ParameterizedTest
    @MethodSource("variants")
    void everyVariantGivesTheSameRows(Variant variant) throws IOException {
        Path file = dir.resolve("pc." + variant.extension());
        List<Integer> expectedRows = write(file, variant);
        List<Integer> rows = new ArrayList<>();
        List<Found> found = new ArrayList<>();

        TableReadResult result = new LegacyTableReader().read(file, (layout, row) -> {
            rows.add(row.row());
            found.add(new Found(row.text(ColumnKind.HO_TEN), row.text(ColumnKind.XA), row.text(ColumnKind.THON),
                    row.text(ColumnKind.SO_QUYET_DINH), row.section()));
        });

        assertTrue(result.problem().isEmpty(), result::message);
        assertEquals(TableShape.ASSIGNMENT_LIST, result.shape().orElseThrow());
        assertEquals(List.of("Phan cong"), result.sheets());
        int header = 8 + variant.down();
        assertEquals(List.of(header, header + 1), result.tables().get(0).headerRows());
        assertTrue(result.tables().get(0).titleLines().contains("DANH SÁCH PHÂN CÔNG CẤP ỦY VIÊN NĂM 2022"));
        assertEquals(expectedRows, rows);
        List<Found> expected = new ArrayList<>();
        for (String[] r : ROWS) {
            CommitteeCategory category = r[2].equals("BTV") ? CommitteeCategory.BTV : CommitteeCategory.BCH;
            expected.add(new Found(r[0], r[3], r[4].isEmpty() ? null : r[4], r[5],
                    Optional.of(r[2].equals("LĐQL") ? CommitteeCategory.LDQL : category)));
        }
        assertEquals(expected, found);
    }

    @Test
    void aWorkbookWithoutATableHasNoTable_evenWithASampleHeaderOnTheInstructionSheet() throws IOException {
        Path file = dir.resolve("none.xlsx");
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet help = workbook.createSheet("Huong dan");
            instructions(help);
            String[] sampleHeader = {"STT", "Họ và tên", "Chức vụ", "Xã phụ trách", "Thôn phụ trách"};
            Row sample = help.createRow(5);
            for (int c = 0; c < sampleHeader.length; c++) {
                sample.createCell(c).setCellValue(sampleHeader[c]);
            }
            Sheet summary = workbook.createSheet("Tong hop");
            String[][] cells = {{"Huyện", "Số xã", "Số thôn"}, {"Hữu Lũng", "24", "203"}, {"Bắc Sơn", "20", "150"}};
            for (int r = 0; r < cells.length; r++) {
                Row row = summary.createRow(r + 2);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            workbook.write(out);
        }

        TableReadResult result = new LegacyTableReader().read(file, (layout, row) -> {
            throw new AssertionError("no table, no rows");
        });

        assertEquals(Optional.of(TableProblem.NO_TABLE_FOUND), result.problem());
        assertTrue(result.tables().isEmpty());
    }

    @Test
    void anHtmlPageSavedAsXlsIsNotAWorkbook() throws IOException {
        Path file = dir.resolve("trang.xls");
        Files.writeString(file, "<html><body><table><tr><td>STT</td><td>Họ và tên</td></tr></table></body></html>");

        TableReadResult result = new LegacyTableReader().read(file, (layout, row) -> {
            throw new AssertionError("no rows");
        });

        assertEquals(Optional.of(TableProblem.NOT_A_WORKBOOK), result.problem());
    }

    /** Writes the variant and returns the data rows it holds. */
    private static List<Integer> write(Path file, Variant variant) throws IOException {
        try (Workbook workbook = variant.extension().equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            if (variant.instructionSheet()) {
                instructions(workbook.createSheet("Huong dan"));
            }
            List<Integer> rows = table(workbook.createSheet("Phan cong"), variant);
            if (variant.hiddenDraft()) {
                table(workbook.createSheet("Nhap"), new Variant(variant.extension(), 9, 0, 0, false, false));
                workbook.setSheetHidden(workbook.getSheetIndex("Nhap"), true);
            }
            workbook.write(out);
            return rows;
        }
    }

    private static void instructions(Sheet sheet) {
        sheet.createRow(0).createCell(0).setCellValue("HƯỚNG DẪN NHẬP LIỆU");
        Row row = sheet.createRow(2);
        row.createCell(0).setCellValue("Cột Họ và tên: ghi đủ họ tên");
        row.createCell(1).setCellValue("Cột Xã: tên xã phụ trách");
    }

    private static List<Integer> table(Sheet sheet, Variant variant) {
        List<String[]> blocks = new ArrayList<>(BLOCKS);
        if (variant.seed() != 0) {
            Collections.shuffle(blocks, new Random(variant.seed()));
        }
        int top = variant.down();
        int left = variant.right();
        set(sheet, top, left, "HUYỆN ỦY HỮU LŨNG");
        set(sheet, top + 4, left, "DANH SÁCH PHÂN CÔNG CẤP ỦY VIÊN NĂM 2022");
        sheet.addMergedRegion(new CellRangeAddress(top + 4, top + 4, left, left + 8));
        int header = top + 7;
        int[] columnOf = new int[7];
        int column = left;
        for (String[] block : blocks) {
            set(sheet, header, column, block[0]);
            if (block.length == 1) {
                sheet.addMergedRegion(new CellRangeAddress(header, header + 1, column, column));
                columnOf[BLOCKS.indexOf(block)] = column;
                column++;
            } else {
                sheet.addMergedRegion(new CellRangeAddress(header, header, column, column + 1));
                set(sheet, header + 1, column, block[1]);
                set(sheet, header + 1, column + 1, block[2]);
                columnOf[BLOCKS.indexOf(block)] = column;
                column += 2;
            }
        }
        for (int c = left; c < column; c++) {
            if (variant.plainNumbering()) {
                set(sheet, header + 2, c, c - left + 1);
            } else {
                set(sheet, header + 2, c, "(" + (c - left + 1) + ")");
            }
        }
        List<Integer> dataRows = new ArrayList<>();
        int r = header + 3;
        String section = null;
        int stt = 0;
        String previous = null;
        for (int i = 0; i < ROWS.size(); i++) {
            String[] data = ROWS.get(i);
            String wanted = data[2].equals("BTV") ? "I. ỦY VIÊN BAN THƯỜNG VỤ HUYỆN ỦY"
                    : data[2].equals("BCH") ? "II. ỦY VIÊN BAN CHẤP HÀNH" : "III. LÃNH ĐẠO, QUẢN LÝ";
            if (!wanted.equals(section)) {
                if (section != null) {
                    set(sheet, r, columnOf[1], "Cộng");
                    set(sheet, r, columnOf[0] , stt);
                    r += 2;
                }
                section = wanted;
                if (variant.looseLines() && section.startsWith("III")) {
                    set(sheet, r, left, "C");
                    set(sheet, r, left + 1, "LÃNH ĐẠO, QUẢN LÝ");
                } else {
                    set(sheet, r, left, section);
                    sheet.addMergedRegion(new CellRangeAddress(r, r, left, column - 1));
                }
                r++;
            }
            boolean sameCadre = data[0].equals(previous);
            if (variant.looseLines() && i == 5) {
                set(sheet, r, columnOf[1], "Nhóm phụ trách các xã phía Bắc");
                r++;
            }
            if (!sameCadre) {
                stt++;
                set(sheet, r, columnOf[0], stt);
                set(sheet, r, columnOf[1], data[0]);
                set(sheet, r, columnOf[2], data[1]);
                set(sheet, r, columnOf[3], data[2]);
                int span = 1;
                while (i + span < ROWS.size() && ROWS.get(i + span)[0].equals(data[0])) {
                    span++;
                }
                if (span > 1) {
                    for (int b = 0; b < 4; b++) {
                        sheet.addMergedRegion(new CellRangeAddress(r, r + span - 1, columnOf[b], columnOf[b]));
                    }
                }
            }
            set(sheet, r, columnOf[4], data[3]);
            if (!data[4].isEmpty()) {
                set(sheet, r, columnOf[4] + 1, data[4]);
            }
            set(sheet, r, columnOf[5], data[5]);
            set(sheet, r, columnOf[5] + 1, "22/5/2022");
            dataRows.add(r + 1);
            previous = data[0];
            r++;
        }
        r += 2;
        if (variant.looseLines()) {
            set(sheet, r, left + 4, "Hữu Lũng, ngày 25 tháng 5 năm 2022");
            set(sheet, r + 1, left + 4, "PHÓ BÍ THƯ");
            set(sheet, r + 4, left + 4, "Lê Thị Bình");
            return dataRows;
        }
        set(sheet, r, left, "Nơi nhận:");
        set(sheet, r, left + 4, "T/M BAN THƯỜNG VỤ");
        set(sheet, r + 1, left, "- Lưu Văn phòng Huyện ủy.");
        set(sheet, r + 5, left + 4, "Nguyễn Văn An");
        return dataRows;
    }

    private static void set(Sheet sheet, int row, int column, Object value) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        if (value instanceof Integer n) {
            r.createCell(column).setCellValue(n);
        } else {
            r.createCell(column).setCellValue((String) value);
        }
    }
}
