package org.diaban.importing.legacy.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.diaban.importing.legacy.text.Tcvn3Encoder;
import org.diaban.importing.legacy.text.VniEncoder;
import org.diaban.service.Services;
import org.diaban.testing.FixtureHierarchy;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property-style: for each seed, an assignment list and an attendance matrix are generated in both
 * formats with random content from the fixture hierarchy, their columns shuffled, the table moved
 * to a random row and column, and every text cell stored in an encoding drawn on its own: Unicode,
 * composed Unicode (NFD), TCVN3 (.VnTime, or .VnTimeH for title and header cells) or VNI. The dry
 * run must give back exactly the generated records, with no findings other than the wrong totals
 * put in on purpose (which must name the total column).
 *
 * <p>A .VnTime cell cannot hold an upper-case toned vowel (the fixture README's caveat), so text with
 * one ("Ánh", "Ủy viên") never gets TCVN3 in a body cell; H fonts show text in upper case, which the
 * header search does not mind.
 */
class MixedEncodingPropertyTest {

    private static final int SEEDS = 30;
    private static final String DISTRICT = "huu-lung";
    private static final String OWN_CAPITALS_OF_TCVN3 = "ĂÂÊÔƠƯĐ";

    private static final List<String> FAMILY = List.of("Nguyễn", "Hoàng", "Lương", "Triệu", "Lý", "Nông", "Hà",
            "Lục", "Vi", "Đinh", "Mã", "Chu", "Ân", "Ứng");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Đức", "Ngọc", "Thu", "Minh", "Quang", "Hữu");
    private static final List<String> GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Hạnh", "Lệ", "Mạnh", "Nga",
            "Phượng", "Sơn", "Thúy", "Tuấn", "Ánh", "Út", "Ước", "Yến", "Thoả");
    private static final List<String> POSITIONS = List.of("Bí thư Huyện ủy", "Phó Bí thư Huyện ủy",
            "Trưởng Ban Tổ chức", "Chủ tịch UBND huyện", "Ủy viên Ban Thường vụ", "Trưởng phòng Tư pháp",
            "Bí thư Đảng ủy xã", "Phó Chủ tịch Hội đồng nhân dân");
    private static final List<String> NOTES = List.of("Kiêm nhiệm", "Mới bổ sung", "Thay đồng chí Lục Văn Sơn",
            "Ốm dài ngày");
    private static final Map<String, String> CATEGORIES = Map.of("BTV", "BTV", "BCH", "BCH", "LĐQL", "LDQL");
    /** Level cell text → key, norm. */
    private static final List<String[]> LEVELS = List.of(new String[] {"Tỉnh", "tinh", "1"},
            new String[] {"tỉnh", "tinh", "1"}, new String[] {"Huyện", "huyen", "2"},
            new String[] {"HUV", "huyen", "2"}, new String[] {"Xã", "xa", "4"}, new String[] {"xã", "xa", "4"},
            new String[] {"ĐUV", "xa", "4"});

    enum Encoding { UNICODE, COMPOSED, TCVN3, VNI }

    record Village(String key, String name, String fullName, String type) {
    }

    record Commune(String key, String name, String fullName, String type, List<Village> villages) {
    }

    /** A generated table: the truth, the findings expected, and the encodings its cells used. */
    record Generated(List<Map<String, Object>> records, Set<String> warnings, Set<Encoding> encodings) {
    }

    @TempDir
    static Path dir;

    private static Services services;
    private static List<Commune> communes;

    @BeforeAll
    static void load() {
        services = TestServices.withFixtureHierarchy(dir);
        List<FixtureHierarchy.Unit> units = FixtureHierarchy.units();
        communes = units.stream().filter(u -> DISTRICT.equals(u.parentKey()))
                .map(c -> new Commune(c.key(), c.name(), c.fullName(), c.type(), units.stream()
                        .filter(v -> c.key().equals(v.parentKey()))
                        .map(v -> new Village(v.key(), v.name(), v.fullName(), v.type())).toList()))
                .toList();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    static Stream<Arguments> seeds() {
        List<Arguments> cases = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            cases.add(Arguments.of(seed, "xls"));
            cases.add(Arguments.of(seed, "xlsx"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("seeds")
    void assignmentListsGiveBackWhatWasWritten(long seed, String extension) throws IOException {
        Path file = dir.resolve("pc_" + seed + "." + extension);
        Generated truth = write(file, seed, MixedEncodingPropertyTest::assignmentList);

        DryRunReport report = new LegacyDryRun(services.hierarchyQueries()).run(file, seed % 2 == 0 ? DISTRICT : null);

        check(truth, report, "assignment_list");
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("seeds")
    void attendanceMatricesGiveBackWhatWasWritten(long seed, String extension) throws IOException {
        Path file = dir.resolve("shcb_" + seed + "." + extension);
        Generated truth = write(file, seed, MixedEncodingPropertyTest::attendanceMatrix);

        DryRunReport report = new LegacyDryRun(services.hierarchyQueries()).run(file, seed % 2 == 0 ? DISTRICT : null);

        check(truth, report, "attendance_matrix");
    }

    private static void check(Generated truth, DryRunReport report, String shape) {
        assertEquals(shape, report.get("shape"));
        assertEquals(DISTRICT, report.get("district_id"));
        assertEquals(List.of(), report.errors());
        Set<String> warnings = new HashSet<>();
        report.warnings().forEach(w -> warnings.add(w.row() + ":" + w.code() + ":" + w.column()));
        assertEquals(truth.warnings(), warnings);
        assertEquals(truth.records().size(), report.records().size());
        for (int i = 0; i < truth.records().size(); i++) {
            assertEquals(truth.records().get(i), report.records().get(i), "record " + i);
        }
        assertTrue(truth.encodings().size() >= 3, () -> "too few encodings mixed: " + truth.encodings());
    }

    private interface SheetFiller {
        Generated fill(Sheet sheet, CellWriter cells, Random random);
    }

    private static Generated write(Path file, long seed, SheetFiller filler) throws IOException {
        try (Workbook workbook = file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            Random random = new Random(seed * 7919 + (file.toString().endsWith(".xls") ? 0 : 1));
            Generated generated = filler.fill(workbook.createSheet("Nam " + seed), new CellWriter(workbook, random),
                    random);
            workbook.write(out);
            return generated;
        }
    }

    // ---- assignment_list

    private static Generated assignmentList(Sheet sheet, CellWriter cells, Random random) {
        List<String[]> blocks = new ArrayList<>(List.of(new String[] {"STT"},
                new String[] {pick(random, List.of("Họ và tên", "Họ tên"))}, new String[] {"Chức vụ"},
                new String[] {"Cấp ủy"}, new String[] {"Đơn vị phụ trách", "Xã, thị trấn", "Thôn, tổ dân phố"},
                new String[] {"Quyết định phân công", "Số", "Ngày"}, new String[] {"Ghi chú"}));
        List<String> kinds = List.of("stt", "name", "position", "category", "place", "decision", "note");
        Map<String, Integer> columnOf = new HashMap<>();
        int top = random.nextInt(13);
        int left = random.nextInt(7);
        cells.heading(sheet, top, left, "HUYỆN ỦY HỮU LŨNG");
        cells.heading(sheet, top + 1, left, "DANH SÁCH PHÂN CÔNG CẤP ỦY VIÊN PHỤ TRÁCH ĐỊA BÀN NĂM 2022");
        int header = top + 3;
        int end = header(sheet, cells, random, blocks, kinds, columnOf, header, left);
        sheet.addMergedRegion(new CellRangeAddress(top + 1, top + 1, left, end - 1));
        int r = header + 2;
        if (random.nextBoolean()) {
            for (int c = left; c < end; c++) {
                cells.text(sheet, r, c, "(" + (c - left + 1) + ")");
            }
            r++;
        }
        List<Map<String, Object>> records = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int rows = 3 + random.nextInt(6);
        for (int i = 0; i < rows; i++, r++) {
            String name = name(random, names);
            String position = pick(random, POSITIONS);
            String category = pick(random, List.copyOf(new java.util.TreeSet<>(CATEGORIES.keySet())));
            Commune commune = pick(random, communes);
            List<Village> villages = new ArrayList<>(commune.villages());
            Collections.shuffle(villages, random);
            villages = villages.subList(0, random.nextInt(3));
            String decision = (100 + random.nextInt(80)) + "-QĐ/HU";
            LocalDate date = LocalDate.of(2022, 1 + random.nextInt(12), 1 + random.nextInt(28));
            String note = random.nextInt(3) == 0 ? pick(random, NOTES) : null;

            cells.number(sheet, r, columnOf.get("stt"), i + 1);
            cells.text(sheet, r, columnOf.get("name"), random.nextInt(6) == 0 ? "Đ/c " + name : name);
            cells.text(sheet, r, columnOf.get("position"), position);
            cells.text(sheet, r, columnOf.get("category"), category);
            cells.text(sheet, r, columnOf.get("place"), random.nextBoolean() ? commune.name() : commune.fullName());
            if (!villages.isEmpty()) {
                String separator = pick(random, List.of(", ", "; ", "\n"));
                cells.text(sheet, r, columnOf.get("place") + 1,
                        String.join(separator, villages.stream().map(Village::fullName).toList()));
            }
            cells.text(sheet, r, columnOf.get("decision"), decision);
            switch (random.nextInt(4)) {
                case 0 -> cells.date(sheet, r, columnOf.get("decision") + 1, date);
                case 1 -> cells.text(sheet, r, columnOf.get("decision") + 1,
                        date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear());
                case 2 -> cells.text(sheet, r, columnOf.get("decision") + 1,
                        String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
                default -> cells.text(sheet, r, columnOf.get("decision") + 1,
                        String.format("%02d-%02d-%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
            }
            if (note != null) {
                cells.text(sheet, r, columnOf.get("note"), note);
            }

            Map<String, Object> record = new LinkedHashMap<>();
            record.put("sheet", sheet.getSheetName());
            record.put("row", r + 1);
            record.put("stt", i + 1);
            record.put("ho_ten", name);
            record.put("chuc_vu", position);
            record.put("cap_uy", CATEGORIES.get(category));
            record.put("xa_id", commune.key());
            record.put("xa", commune.name());
            record.put("thon_ids", villages.stream().map(Village::key).toList());
            record.put("thon", villages.stream().map(Village::name).toList());
            record.put("so_quyet_dinh", decision);
            record.put("ngay_quyet_dinh", date.toString());
            record.put("ghi_chu", note);
            records.add(record);
        }
        footer(sheet, cells, random, r + 1, left);
        return new Generated(records, Set.of(), cells.used);
    }

    // ---- attendance_matrix

    private static Generated attendanceMatrix(Sheet sheet, CellWriter cells, Random random) {
        boolean monthGroup = random.nextBoolean();
        List<String[]> blocks = new ArrayList<>(List.of(new String[] {"STT"}, new String[] {"Họ và tên"},
                new String[] {"Chức vụ"}, new String[] {"Cấp"}, new String[] {"Chi bộ"}, new String[] {"Xã"},
                new String[] {"Tổng số"}, new String[] {"Ghi chú"}));
        List<String> kinds = new ArrayList<>(List.of("stt", "name", "position", "level", "cell", "commune",
                "total", "note"));
        if (monthGroup) {
            String[] group = new String[13];
            group[0] = "Số lần dự sinh hoạt chi bộ theo tháng";
            for (int m = 1; m <= 12; m++) {
                group[m] = String.valueOf(m);
            }
            blocks.add(group);
            kinds.add("months");
        } else {
            for (int m = 1; m <= 12; m++) {
                blocks.add(new String[] {random.nextBoolean() ? "Tháng " + m : "T" + m});
                kinds.add("month" + m);
            }
        }
        Map<String, Integer> columnOf = new HashMap<>();
        int top = random.nextInt(13);
        int left = random.nextInt(7);
        cells.heading(sheet, top, left, "HUYỆN ỦY HỮU LŨNG");
        cells.heading(sheet, top + 1, left, "THEO DÕI CẤP ỦY VIÊN DỰ SINH HOẠT CHI BỘ NĂM 2023");
        int header = top + 3;
        header(sheet, cells, random, blocks, kinds, columnOf, header, left);
        if (monthGroup) {
            for (int m = 1; m <= 12; m++) {
                columnOf.put("month" + m, columnOf.get("months") + m - 1);
            }
        }
        List<Commune> withCells = communes.stream().filter(c -> c.type().equals("xa"))
                .filter(c -> c.villages().stream().anyMatch(v -> v.type().equals("thon"))).toList();
        List<Map<String, Object>> records = new ArrayList<>();
        Set<String> warnings = new HashSet<>();
        Set<String> names = new HashSet<>();
        int r = header + 2;
        int rows = 3 + random.nextInt(6);
        for (int i = 0; i < rows; i++, r++) {
            String name = name(random, names);
            String position = pick(random, POSITIONS);
            String[] level = pick(random, LEVELS);
            Commune commune = pick(random, withCells);
            Village village = pick(random, commune.villages().stream().filter(v -> v.type().equals("thon")).toList());
            String chiBo = "Chi bộ thôn " + village.name();

            cells.number(sheet, r, columnOf.get("stt"), i + 1);
            cells.text(sheet, r, columnOf.get("name"), name);
            cells.text(sheet, r, columnOf.get("position"), position);
            cells.text(sheet, r, columnOf.get("level"), level[0]);
            cells.text(sheet, r, columnOf.get("cell"), chiBo);
            cells.text(sheet, r, columnOf.get("commune"), random.nextBoolean() ? commune.name() : commune.fullName());
            List<Integer> months = new ArrayList<>();
            List<String> dates = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                months.add(mark(sheet, cells, random, r, columnOf.get("month" + m), m, dates));
            }
            int tong = months.stream().mapToInt(Integer::intValue).sum();
            int inFile = random.nextInt(5) == 0 ? tong + 1 : tong;
            cells.number(sheet, r, columnOf.get("total"), inFile);
            if (inFile != tong) {
                warnings.add((r + 1) + ":TOTAL_MISMATCH:" + CellReference.convertNumToColString(columnOf.get("total")));
            }
            if (random.nextInt(4) == 0) {
                cells.text(sheet, r, columnOf.get("note"), pick(random, NOTES));
            }

            int norm = Integer.parseInt(level[2]);
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("sheet", sheet.getSheetName());
            record.put("row", r + 1);
            record.put("ho_ten", name);
            record.put("chuc_vu", position);
            record.put("cap", level[1]);
            record.put("chi_bo", chiBo);
            record.put("xa_id", commune.key());
            record.put("thon_id", village.key());
            record.put("thang", months);
            record.put("tong", tong);
            record.put("tong_trong_file", inFile);
            record.put("tong_la_cong_thuc", false);
            record.put("dinh_muc", norm);
            record.put("dat", tong >= norm);
            record.put("ngay_du", dates);
            records.add(record);
        }
        footer(sheet, cells, random, r + 1, left);
        return new Generated(records, warnings, cells.used);
    }

    /** Writes one month cell of 2023 and returns the meetings it stands for; dates go to {@code dates}. */
    private static int mark(Sheet sheet, CellWriter cells, Random random, int row, int column, int month,
                            List<String> dates) {
        int day = 1 + random.nextInt(14);
        LocalDate date = LocalDate.of(2023, month, day);
        switch (random.nextInt(12)) {
            case 0 -> {
                cells.text(sheet, row, column, "-");
                return 0;
            }
            case 1 -> {
                cells.number(sheet, row, column, 0);
                return 0;
            }
            case 2 -> {
                cells.text(sheet, row, column, "x");
                return 1;
            }
            case 3 -> {
                cells.text(sheet, row, column, "X");
                return 1;
            }
            case 4 -> {
                int n = 1 + random.nextInt(3);
                cells.number(sheet, row, column, n);
                return n;
            }
            case 5 -> {
                cells.text(sheet, row, column, day + "/" + month);
                dates.add(date.toString());
                return 1;
            }
            case 6 -> {
                LocalDate later = date.plusDays(1 + random.nextInt(13));
                cells.text(sheet, row, column, day + "/" + month + "; " + later.getDayOfMonth() + "/" + month);
                dates.add(date.toString());
                dates.add(later.toString());
                return 2;
            }
            case 7 -> {
                cells.date(sheet, row, column, date);
                dates.add(date.toString());
                return 1;
            }
            default -> {
                return 0;
            }
        }
    }

    // ---- shared layout

    /**
     * Writes a two-row header of the blocks in a random order from {@code left}: a one-text block is
     * merged over both rows, a group block spans its sub-columns. Returns the column after the last.
     */
    private static int header(Sheet sheet, CellWriter cells, Random random, List<String[]> blocks,
                              List<String> kinds, Map<String, Integer> columnOf, int header, int left) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        int column = left;
        for (int i : order) {
            String[] block = blocks.get(i);
            columnOf.put(kinds.get(i), column);
            cells.heading(sheet, header, column, block[0]);
            if (block.length == 1) {
                sheet.addMergedRegion(new CellRangeAddress(header, header + 1, column, column));
                column++;
            } else {
                int subs = block.length - 1;
                sheet.addMergedRegion(new CellRangeAddress(header, header, column, column + subs - 1));
                for (int s = 1; s <= subs; s++) {
                    if (block[s].matches("\\d+") && random.nextBoolean()) {
                        cells.number(sheet, header + 1, column + s - 1, Integer.parseInt(block[s]));
                    } else {
                        cells.heading(sheet, header + 1, column + s - 1, block[s]);
                    }
                }
                column += subs;
            }
        }
        return column;
    }

    private static void footer(Sheet sheet, CellWriter cells, Random random, int row, int left) {
        if (random.nextBoolean()) {
            cells.text(sheet, row, left, "Nơi nhận:");
            cells.heading(sheet, row, left + 4, "T/M BAN THƯỜNG VỤ");
            cells.text(sheet, row + 1, left, "- Lưu Văn phòng Huyện ủy.");
            cells.text(sheet, row + 5, left + 4, "Nguyễn Văn An");
        }
    }

    private static String name(Random random, Set<String> taken) {
        while (true) {
            String name = pick(random, FAMILY) + " " + pick(random, MIDDLE) + " " + pick(random, GIVEN);
            if (taken.add(name)) {
                return name;
            }
        }
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Writes cells, each text cell in an encoding drawn on its own, and remembers which were used. */
    private static final class CellWriter {

        private final Workbook workbook;
        private final Random random;
        private final Map<String, CellStyle> styles = new HashMap<>();
        private final CellStyle dateStyle;
        final Set<Encoding> used = EnumSet.noneOf(Encoding.class);

        CellWriter(Workbook workbook, Random random) {
            this.workbook = workbook;
            this.random = random;
            dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        }

        /** A title or header cell: TCVN3 ones use the H font, which shows the text in capitals. */
        void heading(Sheet sheet, int row, int column, String text) {
            write(sheet, row, column, text, true);
        }

        void text(Sheet sheet, int row, int column, String text) {
            write(sheet, row, column, text, false);
        }

        void number(Sheet sheet, int row, int column, double value) {
            cell(sheet, row, column).setCellValue(value);
        }

        void date(Sheet sheet, int row, int column, LocalDate date) {
            Cell cell = cell(sheet, row, column);
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        }

        private void write(Sheet sheet, int row, int column, String text, boolean heading) {
            Encoding encoding = Encoding.values()[random.nextInt(Encoding.values().length)];
            if (encoding == Encoding.TCVN3 && !heading && !fitsVnTime(text)) {
                encoding = random.nextBoolean() ? Encoding.VNI : Encoding.COMPOSED;
            }
            used.add(encoding);
            Cell cell = cell(sheet, row, column);
            switch (encoding) {
                case UNICODE -> {
                    cell.setCellValue(text);
                    cell.setCellStyle(style("Times New Roman"));
                }
                case COMPOSED -> {
                    cell.setCellValue(Normalizer.normalize(text, Normalizer.Form.NFD));
                    cell.setCellStyle(style("Times New Roman"));
                }
                case TCVN3 -> {
                    cell.setCellValue(Tcvn3Encoder.encode(text));
                    cell.setCellStyle(style(heading ? ".VnTimeH" : ".VnTime"));
                }
                case VNI -> {
                    cell.setCellValue(VniEncoder.encode(text));
                    cell.setCellStyle(style("VNI-Times"));
                }
            }
        }

        /** Whether a .VnTime (not H) cell can show the text: no upper-case toned vowel. */
        static boolean fitsVnTime(String text) {
            String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
            for (int i = 0; i < nfc.length(); i++) {
                char c = nfc.charAt(i);
                if (c > 0x7F && Character.isUpperCase(c) && OWN_CAPITALS_OF_TCVN3.indexOf(c) < 0) {
                    return false;
                }
            }
            return true;
        }

        private CellStyle style(String fontName) {
            return styles.computeIfAbsent(fontName, name -> {
                Font font = workbook.createFont();
                font.setFontName(name);
                CellStyle style = workbook.createCellStyle();
                style.setFont(font);
                style.setWrapText(true);
                return style;
            });
        }

        private static Cell cell(Sheet sheet, int row, int column) {
            Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
            return r.createCell(column);
        }
    }
}
