package org.diaban.importing.legacy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Decodes every string cell of the legacy-encoded fixtures (copied from the shared set) by its font. */
class LegacyFixturesDecodingTest {

    private static final String DIR = "/fixtures/legacy/";

    static List<String> legacyEncodedFiles() {
        return List.of("phan_cong_DinhLap_2021_TCVN3.xls", "sinh_hoat_chi_bo_DinhLap_2022_VNI.xls",
                "so_theo_doi_lam_viec_BacSon_2023_TCVN3.xls");
    }

    @ParameterizedTest
    @MethodSource("legacyEncodedFiles")
    void answerKeyTextsAppearAmongDecodedCells(String file) throws IOException {
        Set<String> cells = decodedCells(file);
        JsonNode key = answerKey(file);
        Set<String> missing = new TreeSet<>();
        for (JsonNode record : key.get("records")) {
            for (String field : new String[] {"ho_ten", "chuc_vu", "chi_bo", "so_quyet_dinh", "ghi_chu", "noi_dung", "kien_nghi", "ket_qua", "trang_thai_goc"}) {
                JsonNode value = record.get(field);
                if (field.startsWith("ho_") || field.startsWith("chuc_")) {
                    assertTrue(value != null && value.isTextual(), field);
                }
                if (value == null || !value.isTextual()) {
                    continue;
                }
                String expected = value.asText();
                if (!cells.contains(expected)) {
                    missing.add(field + ": " + expected);
                }
            }
        }
        assertTrue(missing.isEmpty(), "not among decoded cells: " + missing);
        assertFalse(key.get("records").isEmpty());
    }

    @ParameterizedTest
    @MethodSource("legacyEncodedFiles")
    void decodedCellsAreNfcAndHoldNoLegacyBytes(String file) throws IOException {
        for (String cell : decodedCells(file)) {
            assertEquals(java.text.Normalizer.normalize(cell, java.text.Normalizer.Form.NFC), cell);
            assertTrue(cell.chars().noneMatch(c -> "§¶¹¬÷ñöûïø\u00AD".indexOf(c) >= 0), cell);
        }
    }

    @ParameterizedTest
    @MethodSource("legacyEncodedFiles")
    void decodedPlaceNamesMatchTheHierarchyNamesOfTheKey(String file) throws IOException {
        Set<String> keys = new HashSet<>();
        for (String cell : decodedCells(file)) {
            for (String piece : cell.split("[,;\\n]")) {
                keys.add(LegacyText.unitKey(piece));
                keys.add(LegacyText.unitKey(piece.replaceFirst("(?i)^chi bộ\\s+", "")));
            }
        }
        Map<String, String> hierarchyNames = hierarchyNames();
        Set<String> missing = new TreeSet<>();
        for (JsonNode record : answerKey(file).get("records")) {
            List<String> ids = new ArrayList<>();
            ids.add(record.get("xa_id").asText());
            record.path("thon_ids").forEach(id -> ids.add(id.asText()));
            if (record.path("thon_id").isTextual()) {
                ids.add(record.get("thon_id").asText());
            }
            for (String id : ids) {
                String name = hierarchyNames.get(id);
                if (name == null || !keys.contains(LegacyText.unitKey(name))) {
                    missing.add(id + " " + name);
                }
            }
        }
        assertTrue(missing.isEmpty(), "no cell matches: " + missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"phan_cong_DinhLap_2021_TCVN3.xls"})
    void titleInAnHFontDecodesToUpperCase(String file) throws IOException {
        String title = answerKey(file).get("title").asText();
        Set<String> cells = decodedCells(file);
        assertTrue(cells.stream().anyMatch(c -> c.replace('\n', ' ').equals(title)), title);
    }

    /** Unit id to canonical name, for every commune and village of the fixture hierarchy. */
    private static Map<String, String> hierarchyNames() throws IOException {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = LegacyFixturesDecodingTest.class.getResourceAsStream(DIR + "hierarchy.json")) {
            for (JsonNode district : new ObjectMapper().readTree(in).path("province").path("districts")) {
                for (JsonNode commune : district.path("communes")) {
                    names.put(commune.get("id").asText(), commune.get("name").asText());
                    commune.path("villages").forEach(v -> names.put(v.get("id").asText(), v.get("name").asText()));
                }
            }
        }
        return names;
    }

    private static JsonNode answerKey(String file) throws IOException {
        try (InputStream in = LegacyFixturesDecodingTest.class.getResourceAsStream(DIR + file + ".expected.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** Every string cell, decoded run by run with its font, normalised, honorific stripped. */
    private static Set<String> decodedCells(String file) throws IOException {
        Set<String> cells = new HashSet<>();
        try (InputStream in = LegacyFixturesDecodingTest.class.getResourceAsStream(DIR + file);
                HSSFWorkbook workbook = new HSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    row.forEach(cell -> {
                        if (cell.getCellType() == CellType.STRING) {
                            String text = LegacyText.stripHonorific(decode(workbook, (HSSFCell) cell));
                            if (text != null) {
                                cells.add(text);
                            }
                        }
                    });
                }
            }
        }
        return cells;
    }

    private static String decode(HSSFWorkbook workbook, HSSFCell cell) {
        HSSFRichTextString rich = cell.getRichStringCellValue();
        List<CellTextDecoder.FontRun> runs = new ArrayList<>();
        for (int run = 0; run < rich.numFormattingRuns(); run++) {
            String font = workbook.getFontAt(rich.getFontOfFormattingRun(run)).getFontName();
            runs.add(new CellTextDecoder.FontRun(rich.getIndexOfFormattingRun(run), font));
        }
        return CellTextDecoder.decode(rich.getString(), cell.getCellStyle().getFont(workbook).getFontName(), runs);
    }
}
