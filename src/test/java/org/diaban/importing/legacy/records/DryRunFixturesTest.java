package org.diaban.importing.legacy.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.diaban.service.Services;
import org.diaban.testing.FixtureHierarchy;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dry runs every finished shape's fixture against its answer key, compared the way
 * {@code keycmp.py} does: outcome, errors and warnings by (row, code), record_count, records
 * field by field (by sheet and row), summary fields.
 */
class DryRunFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> HEADER_FIELDS = List.of("schema", "file", "format", "shape", "encoding",
            "district_id", "year", "sheets", "header_rows", "table_rows", "title");

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

    @ParameterizedTest
    @ValueSource(strings = {"phan_cong_HuuLung_2022.xls", "phan_cong_BacSon_2023.xlsx",
            "phan_cong_DinhLap_2021_TCVN3.xls", "loi_phan_cong_ChiLang_2023.xlsx", "hong_file_phan_cong_2019.xls",
            "sinh_hoat_chi_bo_HuuLung_2023.xlsx", "sinh_hoat_chi_bo_DinhLap_2022_VNI.xls", "loi_sinh_hoat_chi_bo_BacSon_2022.xls",
            "so_theo_doi_lam_viec_BacSon_2023_TCVN3.xls", "to_cong_tac_HuuLung_2021.xlsx"})
    void dryRunMatchesTheAnswerKey(String file) throws IOException {
        check(file, false);
    }

    /** The large household file: summary counts, and its sample rows among the listed rows. */
    @Test
    void householdFileMatchesItsSummaryAndSamples() throws IOException {
        check("ho_gia_dinh_phu_trach_HuuLung_2024.xlsx", true);
    }

    @Test
    void householdSummaryWithoutListingRows() throws IOException {
        DryRunReport report = run("ho_gia_dinh_phu_trach_HuuLung_2024.xlsx", "huu-lung", false);
        assertEquals(List.of(), report.records());
        assertEquals(50000, report.toMap().get("record_count"));
        // the first rows stay in the summary for people to look at
        List<?> first = (List<?>) report.summary().get("first_rows");
        assertEquals(100, first.size());
        assertEquals(5, ((Map<?, ?>) first.get(0)).get("row"));
    }

    private void check(String file, boolean keepRows) throws IOException {
        JsonNode key = resource(file + ".expected.json");
        String district = key.path("district_id").isTextual() ? key.get("district_id").asText() : null;
        DryRunReport report = run(file, district, keepRows);
        // through a file, as the command line writes it: the household report is tens of megabytes as text
        Path json = dir.resolve(file + ".out.json");
        try (java.io.Writer w = Files.newBufferedWriter(json)) {
            DryRunJson.write(List.of(report), w);
        }
        JsonNode out = JSON.readTree(json.toFile());
        List<String> diffs = compare(key, out);
        boolean rejected = key.path("outcome").asText().equals("reject");
        for (String field : rejected ? List.of("schema", "file", "format", "year") : HEADER_FIELDS) {
            if (key.has(field) && !nfc(key.path(field)).equals(nfc(out.path(field)))) {
                diffs.add(field + ": " + out.path(field) + " != " + key.path(field));
            }
        }
        assertEquals(List.of(), diffs, file);
    }

    @Test
    void aDistrictNotInTheHierarchyRejectsTheFile() throws IOException {
        DryRunReport report = run("phan_cong_HuuLung_2022.xls", "no-such-district", false);
        assertEquals("reject", report.outcome());
        assertEquals(List.of("UNKNOWN_DISTRICT"), report.errors().stream().map(Finding::code).toList());
        assertEquals(List.of(), report.records());
    }

    @ParameterizedTest
    @ValueSource(strings = {"phan_cong_HuuLung_2022.xls", "phan_cong_BacSon_2023.xlsx",
            "phan_cong_DinhLap_2021_TCVN3.xls", "loi_phan_cong_ChiLang_2023.xlsx",
            "sinh_hoat_chi_bo_HuuLung_2023.xlsx", "sinh_hoat_chi_bo_DinhLap_2022_VNI.xls",
            "loi_sinh_hoat_chi_bo_BacSon_2022.xls", "so_theo_doi_lam_viec_BacSon_2023_TCVN3.xls",
            "to_cong_tac_HuuLung_2021.xlsx"})
    void districtIsDetectedFromTheTitleWhenNotGiven(String file) throws IOException {
        JsonNode key = resource(file + ".expected.json");
        DryRunReport report = run(file, null, false);
        assertEquals(key.get("district_id").asText(), report.get("district_id"), file);
        assertEquals(key.get("record_count").asInt(), report.records().size(), file);
    }

    private DryRunReport run(String file, String district, boolean keepRows) throws IOException {
        Path copy = dir.resolve(file);
        try (InputStream in = getClass().getResourceAsStream("/fixtures/legacy/" + file)) {
            Files.copy(Objects.requireNonNull(in, file), copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return new LegacyDryRun(services.hierarchyQueries(), keepRows).run(copy, district);
    }

    private JsonNode resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/legacy/" + name)) {
            return JSON.readTree(Objects.requireNonNull(in, name));
        }
    }

    /** The differences keycmp.py reports. */
    static List<String> compare(JsonNode key, JsonNode out) {
        List<String> diffs = new ArrayList<>();
        if (!key.path("outcome").equals(out.path("outcome"))) {
            diffs.add("outcome " + out.path("outcome") + " != " + key.path("outcome"));
        }
        for (String what : List.of("errors", "warnings")) {
            TreeSet<String> want = findings(key.path(what));
            TreeSet<String> got = findings(out.path(what));
            if (!want.equals(got)) {
                diffs.add(what + ": want " + want + " got " + got);
            }
        }
        if (key.has("record_count") && !key.get("record_count").isNull()
                && key.get("record_count").asLong() != out.path("record_count").asLong()) {
            diffs.add("record_count " + out.path("record_count") + " != " + key.get("record_count"));
        }
        Map<String, JsonNode> byRow = new HashMap<>();
        for (JsonNode r : out.path("records")) {
            byRow.put(r.path("sheet").asText() + "#" + r.path("row").asInt(), r);
        }
        int i = 0;
        for (JsonNode want : key.path("records")) {
            JsonNode got = byRow.get(want.path("sheet").asText() + "#" + want.path("row").asInt());
            if (got == null && i < out.path("records").size()) {
                got = out.path("records").get(i);
            }
            i++;
            if (got == null) {
                diffs.add("record row " + want.path("row") + " missing");
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getKey().equals("sheet") && !nfc(field.getValue()).equals(nfc(got.path(field.getKey())))) {
                    diffs.add("row " + want.path("row") + " " + field.getKey() + ": " + got.path(field.getKey())
                            + " != " + field.getValue());
                    break;
                }
            }
            if (diffs.size() > 6) {
                break;
            }
        }
        JsonNode summary = key.path("summary");
        JsonNode outSummary = out.path("summary");
        for (Iterator<Map.Entry<String, JsonNode>> it = summary.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals("samples")) {
                for (JsonNode sample : field.getValue()) {
                    JsonNode got = byRow.get(sample.path("sheet").asText() + "#" + sample.path("row").asInt());
                    if (got == null) {
                        diffs.add("sample row " + sample.path("row") + " missing");
                        break;
                    }
                    for (Iterator<Map.Entry<String, JsonNode>> f = sample.fields(); f.hasNext();) {
                        Map.Entry<String, JsonNode> e = f.next();
                        if (!nfc(e.getValue()).equals(nfc(got.path(e.getKey())))) {
                            diffs.add("sample row " + sample.path("row") + " " + e.getKey() + ": "
                                    + got.path(e.getKey()) + " != " + e.getValue());
                            break;
                        }
                    }
                }
            } else if (outSummary.has(field.getKey())
                    && !outSummary.get(field.getKey()).equals(field.getValue())) {
                diffs.add("summary " + field.getKey() + ": " + outSummary.get(field.getKey()) + " != "
                        + field.getValue());
            }
        }
        return diffs;
    }

    private static TreeSet<String> findings(JsonNode items) {
        TreeSet<String> out = new TreeSet<>();
        for (JsonNode item : items) {
            out.add(item.path("row").asText() + ":" + item.path("code").asText());
        }
        return out;
    }

    private static String nfc(JsonNode node) {
        return Normalizer.normalize(node.isMissingNode() ? "<missing>" : node.toString(), Normalizer.Form.NFC);
    }
}
