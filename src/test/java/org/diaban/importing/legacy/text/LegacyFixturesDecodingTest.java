package org.diaban.importing.legacy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decodes every string cell of the legacy-encoded fixtures (copied from the shared set) by its font. */
class LegacyFixturesDecodingTest {

    private static final String DIR = "/fixtures/legacy/";

    @ParameterizedTest
    @ValueSource(strings = {"phan_cong_DinhLap_2021_TCVN3.xls", "sinh_hoat_chi_bo_DinhLap_2022_VNI.xls", "so_theo_doi_lam_viec_BacSon_2023_TCVN3.xls"})
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
    @ValueSource(strings = {"phan_cong_DinhLap_2021_TCVN3.xls", "sinh_hoat_chi_bo_DinhLap_2022_VNI.xls"})
    void decodedCellsAreNfcAndHoldNoLegacyBytes(String file) throws IOException {
        for (String cell : decodedCells(file)) {
            assertEquals(java.text.Normalizer.normalize(cell, java.text.Normalizer.Form.NFC), cell);
            assertTrue(cell.chars().noneMatch(c -> "§¶¹¬÷ñöûïø\u00AD".indexOf(c) >= 0), cell);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"phan_cong_DinhLap_2021_TCVN3.xls"})
    void titleInAnHFontDecodesToUpperCase(String file) throws IOException {
        String title = answerKey(file).get("title").asText();
        Set<String> cells = decodedCells(file);
        assertTrue(cells.stream().anyMatch(c -> c.replace('\n', ' ').equals(title)), title);
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
        String raw = rich.getString();
        String cellFont = cell.getCellStyle().getFont(workbook).getFontName();
        if (rich.numFormattingRuns() == 0) {
            return CellTextDecoder.decode(raw, cellFont);
        }
        StringBuilder out = new StringBuilder();
        int start = 0;
        String font = cellFont;
        for (int run = 0; run <= rich.numFormattingRuns(); run++) {
            int end = run < rich.numFormattingRuns() ? rich.getIndexOfFormattingRun(run) : raw.length();
            out.append(CellTextDecoder.decode(raw.substring(start, end), font));
            if (run < rich.numFormattingRuns()) {
                font = workbook.getFontAt(rich.getFontOfFormattingRun(run)).getFontName();
                start = end;
            }
        }
        return out.toString();
    }
}
