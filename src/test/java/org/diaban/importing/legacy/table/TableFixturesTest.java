package org.diaban.importing.legacy.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every fixture against its answer key: shape, sheets, header, encoding and the data rows found. */
class TableFixturesTest {

    static Path fixture(String file) throws URISyntaxException {
        return Path.of(TableFixturesTest.class.getResource("/fixtures/legacy/" + file).toURI());
    }

    static JsonNode key(String file) throws IOException, URISyntaxException {
        return new ObjectMapper().readTree(fixture(file + ".expected.json").toFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"phan_cong_HuuLung_2022.xls", "phan_cong_BacSon_2023.xlsx",
            "phan_cong_DinhLap_2021_TCVN3.xls", "sinh_hoat_chi_bo_HuuLung_2023.xlsx",
            "sinh_hoat_chi_bo_DinhLap_2022_VNI.xls", "so_theo_doi_lam_viec_BacSon_2023_TCVN3.xls",
            "to_cong_tac_HuuLung_2021.xlsx", "loi_phan_cong_ChiLang_2023.xlsx", "loi_sinh_hoat_chi_bo_BacSon_2022.xls"})
    void findsTheTableAndItsDataRows(String file) throws Exception {
        JsonNode key = key(file);
        List<Integer> rows = new ArrayList<>();
        TableReadResult result = new LegacyTableReader().read(fixture(file), (layout, row) -> rows.add(row.row()));

        assertTrue(result.problem().isEmpty(), () -> result.message());
        assertEquals(key.get("shape").asText(), result.shape().orElseThrow().code());
        List<String> sheets = new ArrayList<>();
        key.get("sheets").forEach(s -> sheets.add(s.asText()));
        assertEquals(sheets, result.sheets());
        List<Integer> headerRows = new ArrayList<>();
        key.get("header_rows").forEach(r -> headerRows.add(r.asInt()));
        assertEquals(headerRows, result.tables().get(0).headerRows());
        assertEquals(key.get("encoding").asText(), result.encoding().name().toLowerCase(Locale.ROOT));

        Set<Integer> expected = new TreeSet<>();
        key.get("records").forEach(r -> expected.add(r.get("row").asInt()));
        key.get("errors").forEach(e -> expected.add(e.get("row").asInt()));
        assertEquals(expected, new TreeSet<>(rows));
        assertEquals(expected.size(), rows.size(), "each row once");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hong_file_phan_cong_2019.xls"})
    void aDamagedFileIsReportedNotThrown(String file) throws Exception {
        TableReadResult result = new LegacyTableReader().read(fixture(file), (layout, row) -> {
            throw new AssertionError("no rows from a damaged file");
        });
        assertEquals(TableProblem.UNREADABLE_FILE, result.problem().orElseThrow());
    }
}
