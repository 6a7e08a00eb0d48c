package org.diaban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diaban.persistence.DataLocation;
import org.diaban.persistence.Database;
import org.diaban.testing.FixtureHierarchy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diaban import [--dry-run]}: the answer-key JSON, storing, and the exit codes 0, 1 and 2. */
class ImportCommandTest {

    @TempDir
    static Path dir;

    private static Path data;

    @BeforeAll
    static void loadHierarchy() {
        data = dir.resolve("data");
        assertEquals(DiaBanCommand.OK, CliRun.on(data, "hierarchy", "import", FixtureHierarchy.copyTo(dir)
                .toString()).exit());
    }

    @Test
    void importingPreparesTheProcessForAShortRunAndOtherCommandsDoNot() throws Exception {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        CliRun.on(data, asked::incrementAndGet, "import", fixture("phan_cong_HuuLung_2022.xls"), "--dry-run");
        assertEquals(1, asked.get());
        CliRun.on(data, asked::incrementAndGet, "info");
        assertEquals(1, asked.get());
    }

    @Test
    void aCleanFileGivesItsRecordsAndExitZero() throws Exception {
        CliRun run = CliRun.on(data, "import", fixture("phan_cong_HuuLung_2022.xls"), "--dry-run", "--json");
        assertEquals(DiaBanCommand.OK, run.exit(), run.err());
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertEquals("legacy-fixture-key/1", doc.get("schema").asText());
        assertEquals("huu-lung", doc.get("district_id").asText());
        assertEquals("accept", doc.get("outcome").asText());
        assertEquals(28, doc.get("record_count").asInt());
        assertEquals(28, doc.get("records").size());
    }

    @Test
    void rejectedRowsGiveOneAndARejectedFileTwo() throws Exception {
        CliRun run = CliRun.on(data, "import", fixture("loi_phan_cong_ChiLang_2023.xlsx"),
                fixture("hong_file_phan_cong_2019.xls"), "--dry-run", "--json");
        assertEquals(DiaBanCommand.FAILED, run.exit());
        JsonNode docs = new ObjectMapper().readTree(run.out());
        assertEquals(2, docs.size());
        assertEquals("partial", docs.get(0).get("outcome").asText());
        assertEquals(5, docs.get(0).get("errors").size());
        assertEquals("reject", docs.get(1).get("outcome").asText());
        assertEquals("UNREADABLE_FILE", docs.get(1).get("errors").get(0).get("code").asText());

        CliRun partial = CliRun.on(data, "import", fixture("loi_phan_cong_ChiLang_2023.xlsx"), "--dry-run");
        assertEquals(DiaBanCommand.SOME_REJECTED, partial.exit());
        assertTrue(partial.out().contains("UNKNOWN_COMMUNE"), partial.out());
        assertTrue(partial.out().contains("Trang tính PC, dòng 37, cột E: UNKNOWN_COMMUNE"), partial.out());
    }

    @Test
    void withoutDryRunEachFileIsStoredOnceAsABatch() throws Exception {
        CliRun run = CliRun.on(data, "import", fixture("to_cong_tac_HuuLung_2021.xlsx"), "--json");
        assertEquals(DiaBanCommand.OK, run.exit(), run.err());
        assertEquals("accept", new ObjectMapper().readTree(run.out()).get("outcome").asText());

        CliRun partial = CliRun.on(data, "import", fixture("loi_phan_cong_ChiLang_2023.xlsx"));
        assertEquals(DiaBanCommand.SOME_REJECTED, partial.exit(), partial.err());
        assertTrue(partial.out().contains("Đã ghi thành lần nhập số"), partial.out());
        assertTrue(partial.out().contains("44 phân công"), partial.out());

        CliRun again = CliRun.on(data, "import", fixture("to_cong_tac_HuuLung_2021.xlsx"));
        assertEquals(DiaBanCommand.FAILED, again.exit());
        assertTrue(again.out().contains("đã được nhập"), again.out());
    }

    @Test
    void theTextSummaryCountsHouseholdRowsWithoutListingThem() {
        CliRun run = CliRun.on(data, "import", fixture("ho_gia_dinh_phu_trach_HuuLung_2024.xlsx"), "--district",
                "huu-lung", "--dry-run");
        assertEquals(DiaBanCommand.OK, run.exit(), run.err());
        assertTrue(run.out().matches("(?s).*\\b50[.,]000\\b.*"), run.out());
    }

    @Test
    void aDataFolderInUseFailsTheCommandWhetherOrNotAFileNeededIt() {
        try (Database open = Database.open(new DataLocation(data))) {
            for (String file : new String[] {"to_cong_tac_HuuLung_2021.xlsx", "hong_file_phan_cong_2019.xls"}) {
                CliRun run = CliRun.on(data, "import", fixture(file), "--dry-run");
                assertEquals(DiaBanCommand.FAILED, run.exit(), file);
                assertTrue(run.err().contains(data.getFileName().toString()), run.err());
                assertEquals("", run.out(), file);
            }
        }
    }

    private static String fixture(String name) {
        try (InputStream in = ImportCommandTest.class.getResourceAsStream("/fixtures/legacy/" + name)) {
            Path target = dir.resolve(name);
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
