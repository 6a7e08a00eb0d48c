package org.diaban.importing.legacy.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.diaban.service.Services;
import org.diaban.testing.FixtureHierarchy;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Row findings name the column of the cell they judged: the letters are checked against the
 * fixture itself, opened with POI (the cell holds the finding's value, and the header above it
 * names the column the finding is about).
 */
class FindingColumnsTest {

    @TempDir
    static Path dir;

    private static Services services;

    @BeforeAll
    static void load() {
        services = TestServices.withFixtureHierarchy(dir);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void assignmentFindingsNameTheNameVillageDateAndCommuneCells() throws IOException {
        Path file = copy("loi_phan_cong_ChiLang_2023.xlsx");
        DryRunReport report = new LegacyDryRun(services.hierarchyQueries()).run(file, "chi-lang");

        List<String> found = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = workbook.getSheet("PC");
            for (Finding f : report.errors()) {
                found.add(f.row() + ":" + f.code() + ":" + f.column());
                String header = header(sheet, f.column(), 8, 9);
                switch (f.code()) {
                    case "MISSING_NAME" -> {
                        assertTrue(header.startsWith("họ và tên"), header);
                        assertEquals("", text(sheet, f.row(), f.column()).strip());
                    }
                    case "DUPLICATE_ROW" -> assertTrue(header.startsWith("họ và tên"), header);
                    case "UNKNOWN_VILLAGE" -> assertTrue(header.contains("thôn"), header);
                    case "INVALID_DATE" -> assertTrue(header.contains("ngày"), header);
                    case "UNKNOWN_COMMUNE" -> assertTrue(header.contains("xã"), header);
                    default -> throw new AssertionError(f.toString());
                }
                if (f.value() != null) {
                    assertTrue(text(sheet, f.row(), f.column()).contains(String.valueOf(f.value())), f::toString);
                }
            }
        }
        assertEquals(List.of("24:MISSING_NAME:B", "27:UNKNOWN_VILLAGE:F", "28:DUPLICATE_ROW:B",
                "35:INVALID_DATE:H", "37:UNKNOWN_COMMUNE:E"), found);
    }

    @Test
    void attendanceFindingsNameTheMonthLevelAndTotalCells() throws IOException {
        Path file = copy("loi_sinh_hoat_chi_bo_BacSon_2022.xls");
        DryRunReport report = new LegacyDryRun(services.hierarchyQueries()).run(file, "bac-son");

        List<String> found = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = workbook.getSheet("SHCB");
            List<Finding> all = new ArrayList<>(report.errors());
            all.addAll(report.warnings());
            for (Finding f : all) {
                found.add(f.row() + ":" + f.code() + ":" + f.column());
                String header = header(sheet, f.column(), 8, 9);
                switch (f.code()) {
                    case "INVALID_MARK" -> assertTrue(header.endsWith("2"), header);
                    case "DUPLICATE_ROW" -> assertTrue(header.startsWith("họ và tên"), header);
                    case "INVALID_LEVEL" -> assertTrue(header.startsWith("cấp"), header);
                    case "TOTAL_MISMATCH" -> assertTrue(header.contains("tổng"), header);
                    default -> throw new AssertionError(f.toString());
                }
                assertTrue(text(sheet, f.row(), f.column()).contains(String.valueOf(f.value())), f::toString);
            }
        }
        assertEquals(List.of("17:INVALID_MARK:H", "19:DUPLICATE_ROW:B", "22:INVALID_LEVEL:D",
                "15:TOTAL_MISMATCH:S", "20:TOTAL_MISMATCH:S", "24:TOTAL_MISMATCH:S", "26:TOTAL_MISMATCH:S",
                "28:TOTAL_MISMATCH:S"), found);
    }

    @Test
    void theJsonCarriesTheColumnAfterTheRow_andFileLevelFindingsHaveNone() throws IOException {
        Path file = copy("loi_phan_cong_ChiLang_2023.xlsx");
        JsonNode doc = new ObjectMapper().readTree(DryRunJson.write(
                new LegacyDryRun(services.hierarchyQueries()).run(file, "chi-lang")));
        JsonNode first = doc.get("errors").get(0);
        List<String> names = new ArrayList<>();
        first.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("sheet", "row", "column", "code", "field", "value", "message"), names);
        assertEquals("B", first.get("column").asText());

        DryRunReport broken = new LegacyDryRun(services.hierarchyQueries())
                .run(copy("hong_file_phan_cong_2019.xls"), null);
        assertNull(broken.errors().get(0).column());
        assertTrue(new ObjectMapper().readTree(DryRunJson.write(broken)).get("errors").get(0).get("column").isNull());
    }

    /** The header texts over a column, lower case, joined by " / ". */
    private static String header(Sheet sheet, String column, int... rows) {
        List<String> parts = new ArrayList<>();
        for (int r : rows) {
            String text = text(sheet, r, column);
            if (text.isBlank()) {
                text = mergedText(sheet, r, column);
            }
            parts.add(text.strip().toLowerCase());
        }
        return Normalizer.normalize(String.join(" / ", parts), Normalizer.Form.NFC);
    }

    private static String mergedText(Sheet sheet, int row, String column) {
        int c = CellReference.convertColStringToIndex(column);
        for (var range : sheet.getMergedRegions()) {
            if (range.isInRange(row - 1, c)) {
                return cellText(sheet, range.getFirstRow(), range.getFirstColumn());
            }
        }
        return "";
    }

    private static String text(Sheet sheet, int row, String column) {
        return Normalizer.normalize(cellText(sheet, row - 1, CellReference.convertColStringToIndex(column)),
                Normalizer.Form.NFC);
    }

    private static String cellText(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
            return String.valueOf(Math.round(cell.getNumericCellValue()));
        }
        return new DataFormatter().formatCellValue(cell);
    }

    private static Path copy(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = FindingColumnsTest.class.getResourceAsStream("/fixtures/legacy/" + name)) {
            Files.copy(Objects.requireNonNull(in, name), target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
