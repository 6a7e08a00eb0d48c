package org.diaban.importing.legacy.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diaban.domain.activity.Activity;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.domain.audit.ImportBatchStatus;
import org.diaban.domain.common.DomainException;
import org.diaban.importing.legacy.workbook.ReadControl;
import org.diaban.persistence.DataLocation;
import org.diaban.persistence.PlainDatabase;
import org.diaban.persistence.Store;
import org.diaban.service.common.DataChanges;
import org.diaban.service.hierarchy.HierarchyQueries;
import org.diaban.testing.SqlProbe;
import org.diaban.service.Services;
import org.diaban.testing.FixtureHierarchy;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Committing the public fixtures on a real H2 file: exactly the accepted rows are stored (counted
 * from the answer keys, independently of the importer), a refused file stores nothing, the same
 * file is not imported twice, and an undo takes everything back.
 */
class LegacyImportServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Services services;
    private LegacyImportService imports;

    @BeforeEach
    void open() {
        services = TestServices.withFixtureHierarchy(dir);
        imports = new LegacyImportService(services.database(), services.hierarchyQueries(), services.changes());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"phan_cong_HuuLung_2022.xls", "phan_cong_BacSon_2023.xlsx",
        "phan_cong_DinhLap_2021_TCVN3.xls", "loi_phan_cong_ChiLang_2023.xlsx"})
    void anAssignmentListStoresOneInChargeAssignmentPerCommuneAndVillageOfItsAcceptedRows(String name)
            throws IOException {
        JsonNode key = key(name);
        int expected = 0;
        for (JsonNode r : key.get("records")) {
            expected += 1 + r.get("thon_ids").size();
        }
        FileImportResult result = commit(name);
        assertTrue(result.committed(), () -> result.refusal() + " " + result.detail());
        assertEquals(expected, result.stored().get("assignment"));
        assertEquals(expected, count(s -> s.assignments().count()));
        assertEquals(key.get("errors").size(), result.report().errors().size());
        ImportBatchView batch = imports.history().get(0);
        assertEquals(key.get("record_count").asInt(), batch.recordCount());
        assertEquals(key.get("errors").size(), batch.rejectedCount());
        assertEquals("assignment_list", batch.kind());
    }

    @Test
    void eachAcceptedAssignmentRowAssignsItsCadreToItsCommuneAndVillagesFromTheDecisionDate() throws IOException {
        String name = "loi_phan_cong_ChiLang_2023.xlsx";
        assertTrue(commit(name).committed());
        for (JsonNode r : key(name).get("records")) {
            List<String> units = new java.util.ArrayList<>(List.of(r.get("xa_id").asText()));
            r.get("thon_ids").forEach(v -> units.add(v.asText()));
            for (String unitKey : units) {
                Long unit = services.hierarchyQueries().latestByKey(unitKey).orElseThrow().unitId();
                List<String> assigned = services.database().read(s -> s.assignments().forUnit(unit).stream()
                        .filter(a -> r.get("ngay_quyet_dinh").isNull()
                                || a.range().from().toString().equals(r.get("ngay_quyet_dinh").asText()))
                        .map(a -> s.cadres().get(a.cadreId()).fullName()).toList());
                assertTrue(assigned.contains(r.get("ho_ten").asText()),
                        () -> "row " + r.get("row") + " " + unitKey + ": " + assigned);
            }
        }
    }

    @Test
    void anAttendanceMatrixStoresEveryMeetingAttended() throws IOException {
        String name = "sinh_hoat_chi_bo_HuuLung_2023.xlsx";
        int meetings = 0;
        for (JsonNode r : key(name).get("records")) {
            meetings += r.get("tong").asInt();
        }
        FileImportResult result = commit(name);
        assertEquals(meetings, result.stored().get("activity"));
        assertEquals(meetings, count(s -> s.activities().count()));
    }

    @Test
    void aWorkSessionLogStoresItsSessionsAndOneConcernPerRequest() throws IOException {
        String name = "so_theo_doi_lam_viec_BacSon_2023_TCVN3.xls";
        JsonNode key = key(name);
        int requests = 0;
        for (JsonNode r : key.get("records")) {
            requests += r.get("so_kien_nghi").asInt();
        }
        FileImportResult result = commit(name);
        assertEquals(key.get("record_count").asInt(), result.stored().get("activity"));
        assertEquals(requests, count(s -> s.concerns().count()));
    }

    @Test
    void workingGroupsAreStoredWithTheirLeaders() throws IOException {
        String name = "to_cong_tac_HuuLung_2021.xlsx";
        FileImportResult result = commit(name);
        assertEquals(key(name).get("record_count").asInt(), result.stored().get("working_group"));
        assertEquals(key(name).get("record_count").asInt(), count(s -> s.workingGroups().count()));
    }

    @Test
    void theHouseholdFileStoresEveryHouseholdAndItsCadre() throws IOException {
        String name = "ho_gia_dinh_phu_trach_HuuLung_2024.xlsx";
        JsonNode summary = key(name).get("summary");
        FileImportResult result = commit(name);
        assertEquals(summary.get("data_rows").asInt(), result.stored().get("household"));
        assertEquals(summary.get("data_rows").asLong(), count(s -> s.households().count()));
        // cadres are told apart by name and commune, as the key counts them
        assertEquals(summary.get("cadres").asLong(), count(s -> s.cadres().count()));
    }

    @Test
    void aRefusedFileStoresNothing() throws IOException {
        FileImportResult result = commit("hong_file_phan_cong_2019.xls");
        assertFalse(result.committed());
        assertEquals("UNREADABLE_FILE", result.refusal());
        assertTrue(imports.history().stream().noneMatch(b -> b.sourceName().startsWith("hong_file")));
        assertEquals(0, count(s -> s.cadres().count()));
    }

    @Test
    void theSameFileIsNotImportedTwice() throws IOException {
        assertTrue(commit("phan_cong_HuuLung_2022.xls").committed());
        long assignments = count(s -> s.assignments().count());
        FileImportResult again = commit("phan_cong_HuuLung_2022.xls");
        assertEquals("ALREADY_IMPORTED", again.refusal());
        assertEquals(assignments, count(s -> s.assignments().count()));
    }

    @Test
    void undoRemovesEveryRowOfTheBatchAndAllowsImportingAgain() throws IOException {
        assertTrue(commit("so_theo_doi_lam_viec_BacSon_2023_TCVN3.xls").committed());
        assertTrue(commit("phan_cong_HuuLung_2022.xls").committed());
        long sessions = count(s -> s.activities().count());
        long batch = imports.history().get(0).id();

        LegacyImportService.UndoSummary undone = imports.undo(batch);

        assertTrue(undone.removed().get("assignment") > 0);
        assertEquals(0, count(s -> s.assignments().count()));
        assertEquals(0, count(s -> s.decisions().count()));
        assertEquals(sessions, count(s -> s.activities().count()), "the other batch stays");
        assertEquals(ImportBatchStatus.UNDONE, imports.history().get(0).status());
        assertThrows(DomainException.class, () -> imports.undo(batch));
        assertTrue(commit("phan_cong_HuuLung_2022.xls").committed());
    }

    @Test
    void undoIsRefusedWhileLaterDataUsesTheBatchsCadres() throws IOException {
        assertTrue(commit("phan_cong_HuuLung_2022.xls").committed());
        long batch = imports.history().get(0).id();
        services.database().writeAll(store -> {
            Long cadre = store.cadres().allWithPositions().get(0).id();
            Long unit = services.hierarchyQueries().latestByKey("huu-lung.ho-son").orElseThrow().unitId();
            store.persist(new Activity(ActivityKind.WORK_SESSION, TestServices.TODAY.minusDays(3), unit, null,
                    List.of(cadre), "typed by hand"));
        });
        DomainException refused = assertThrows(DomainException.class, () -> imports.undo(batch));
        assertEquals("import.error.undoBlocked", refused.messageKey());
        assertEquals(ImportBatchStatus.COMMITTED, imports.history().get(0).status());
    }

    @Test
    void aPreviewWritesNothingAndCountsTheNewPeople() throws IOException {
        List<FilePreview> previews = imports.preview(List.of(FileRequest.detect(fixture("phan_cong_HuuLung_2022.xls"))),
                MatchAnswers.none(), ReadControl.NONE);
        assertEquals("accept", previews.get(0).report().outcome());
        assertTrue(previews.get(0).newCadres() > 0);
        assertEquals(0, count(s -> s.cadres().count()));
        assertTrue(imports.history().stream().noneMatch(b -> b.canUndo()));
    }

    @Test
    void thePeopleOfASecondFileAreMatchedToTheCadresOfTheFirst() throws IOException {
        assertTrue(commit("phan_cong_HuuLung_2022.xls").committed());
        long cadres = count(s -> s.cadres().count());
        // the same people appear in the working groups of the same district; a name found with
        // nothing to confirm it is asked about, never merged
        List<FilePreview> preview = imports.preview(List.of(FileRequest.detect(fixture("to_cong_tac_HuuLung_2021.xlsx"))),
                MatchAnswers.none(), ReadControl.NONE);
        FilePreview p = preview.get(0);
        Map<String, Integer> facts = new LinkedHashMap<>();
        facts.put("new", p.newCadres());
        facts.put("known", p.knownCadres());
        facts.put("questions", p.questions().size());
        assertTrue(p.knownCadres() + p.questions().size() > 0, facts::toString);
        for (MatchQuestion q : p.questions()) {
            assertFalse(q.candidates().isEmpty());
        }
        FileImportResult result = imports.commit(List.of(FileRequest.detect(fixture("to_cong_tac_HuuLung_2021.xlsx"))),
                MatchAnswers.none(), ReadControl.NONE).get(0);
        assertEquals(cadres + p.newCadres(), count(s -> s.cadres().count()));
        assertNull(result.refusal());
    }

    @Test
    void anUncertainNameIsAskedKeptApartByDefaultAndMergedWhenTheUserSaysSo() throws IOException {
        Path first = list("a.xlsx", new String[] {"1", "Hoàng Văn Khánh", "Trưởng Ban Dân vận Huyện ủy", "Hồ Sơn", ""});
        // the same name in another commune, with another position: maybe the same man, maybe not
        Path second = list("b.xlsx", new String[] {"1", "Hoàng Văn Khánh", "Phó Chủ tịch UBND huyện", "Minh Sơn", ""});
        assertTrue(imports.commit(List.of(FileRequest.detect(first)), MatchAnswers.none(), ReadControl.NONE).get(0)
                .committed());
        long storedId = services.database().read(s -> s.cadres().allWithPositions().get(0).id());

        FilePreview preview = imports.preview(List.of(FileRequest.detect(second)), MatchAnswers.none(),
                ReadControl.NONE).get(0);
        assertEquals(1, preview.questions().size());
        MatchQuestion question = preview.questions().get(0);
        assertEquals(5, question.row());
        assertEquals("db:" + storedId, question.candidates().get(0).ref());
        assertTrue(question.candidates().get(0).label().contains("Hồ Sơn"), question.candidates().get(0).label());

        FileImportResult merged = imports.commit(List.of(FileRequest.detect(second)),
                MatchAnswers.none().with(question.key(), "db:" + storedId), ReadControl.NONE).get(0);
        assertTrue(merged.committed());
        assertTrue(merged.questions().isEmpty(), "answered");
        assertEquals(1L, count(s -> s.cadres().count()), "one person, now in charge of two communes");
        assertEquals(2, services.database().read(s -> s.assignments().forCadre(storedId)).size());
    }

    @Test
    void anUnansweredQuestionGivesThePersonACadreOfTheirOwnAndSaysSo() throws IOException {
        Path first = list("a.xlsx", new String[] {"1", "Hoàng Văn Khánh", "Trưởng Ban Dân vận Huyện ủy", "Hồ Sơn", ""});
        Path second = list("b.xlsx", new String[] {"1", "Hoàng Văn Khánh", "Phó Chủ tịch UBND huyện", "Minh Sơn", ""});
        List<FileImportResult> results = imports.commit(List.of(FileRequest.detect(first), FileRequest.detect(second)),
                MatchAnswers.none(), ReadControl.NONE);
        assertEquals(1, results.get(1).questions().size(), "asked against the first file's new person");
        assertEquals(2L, count(s -> s.cadres().count()));
    }

    /** A one-sheet assignment list of Hữu Lũng with the given rows (STT, name, position, commune, villages). */
    private Path list(String name, String[]... rows) throws IOException {
        Path file = dir.resolve(name);
        try (org.apache.poi.ss.usermodel.Workbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = Files.newOutputStream(file)) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("PC");
            String[][] head = {{"HUYỆN ỦY HỮU LŨNG"}, {"DANH SÁCH PHÂN CÔNG CẤP ỦY VIÊN PHỤ TRÁCH ĐỊA BÀN NĂM 2022"},
                {}, {"STT", "Họ và tên", "Chức vụ", "Xã phụ trách", "Thôn phụ trách"}};
            int r = 0;
            for (String[] cells : head) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            for (String[] cells : rows) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(cells[0]);
                for (int c = 1; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    @Test
    void theCommandLinesPlainDatabaseStoresRowForRowWhatTheWindowsDatabaseStores() throws IOException {
        // every shape, a TCVN3 and a VNI file, people met again in later files (positions added to stored cadres)
        List<String> names = List.of("phan_cong_HuuLung_2022.xls", "sinh_hoat_chi_bo_HuuLung_2023.xlsx",
                "to_cong_tac_HuuLung_2021.xlsx", "so_theo_doi_lam_viec_BacSon_2023_TCVN3.xls",
                "phan_cong_BacSon_2023.xlsx", "sinh_hoat_chi_bo_DinhLap_2022_VNI.xls",
                "phan_cong_DinhLap_2021_TCVN3.xls", "loi_phan_cong_ChiLang_2023.xlsx");
        List<FileRequest> requests = new java.util.ArrayList<>();
        for (String name : names) {
            requests.add(FileRequest.detect(fixture(name)));
        }
        List<FileImportResult> inWindow = imports.commit(requests, MatchAnswers.none(), ReadControl.NONE);
        services.close();
        Path other = dir.resolve("plain");
        TestServices.withFixtureHierarchy(other).close();
        DataLocation plainFolder = new DataLocation(other.resolve("data"));
        List<FileImportResult> inCommand;
        try (PlainDatabase db = PlainDatabase.open(plainFolder)) {
            HierarchyQueries hierarchy = HierarchyQueries.ofSnapshot(db.unitStates(), db.unitLifetimes(),
                    db.reorganisationSteps());
            inCommand = new LegacyImportService(db, hierarchy, new DataChanges()).commit(requests, MatchAnswers.none(),
                    ReadControl.NONE);
        }
        assertEquals(inWindow.stream().map(FileImportResult::stored).toList(),
                inCommand.stream().map(FileImportResult::stored).toList());
        Map<String, List<List<Object>>> window;
        Map<String, List<List<Object>>> command;
        try (SqlProbe sql = new SqlProbe(new DataLocation(dir.resolve("data")))) {
            window = importedRows(sql);
        }
        try (SqlProbe sql = new SqlProbe(plainFolder)) {
            command = importedRows(sql);
        }
        window.forEach((table, rows) -> assertEquals(rows, command.get(table), table));
        services = TestServices.open(dir.resolve("data")); // for close()
    }

    /** The rows the imports wrote, without ids and times (which differ between two databases). */
    private static Map<String, List<List<Object>>> importedRows(SqlProbe sql) {
        Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
        rows.put("cadre", sql.rows("select full_name, birth_year, row_version from cadre order by 1, 2"));
        rows.put("position", sql.rows("select c.full_name, p.kind, p.title, p.valid_from, p.valid_to, p.term_id"
                + " from cadre_position p join cadre c on c.id = p.cadre_id order by 1, 2, 3, 4"));
        rows.put("decision", sql.rows("select symbol, doc_type, number_in_term, issued_on, kind, term_id from decision"
                + " order by 1, 4"));
        rows.put("assignment", sql.rows("select c.full_name, a.unit_id, a.role, a.valid_from, d.symbol from assignment a"
                + " join cadre c on c.id = a.cadre_id left join decision d on d.id = a.decision_id order by 1, 2, 4, 5"));
        rows.put("activity", sql.rows("select a.kind, a.held_on, a.unit_id, a.content, a.result, c.full_name"
                + " from activity a join activity_participant p on p.activity_id = a.id join cadre c on c.id = p.cadre_id"
                + " order by 1, 2, 3, 4, 6"));
        rows.put("concern", sql.rows("select content, unit_id, raised_on, status, status_on from concern order by 1, 3"));
        rows.put("group", sql.rows("select g.name, g.formed_year, c.full_name, m.role, m.position_text"
                + " from working_group g join working_group_member m on m.working_group_id = g.id"
                + " join cadre c on c.id = m.cadre_id order by 1, 3"));
        rows.put("batch", sql.rows("select source_name, kind, status, record_count, rejected_count, warning_count,"
                + " cast(summary as varchar(10000))"
                + " from import_batch where kind <> 'hierarchy' order by 1"));
        rows.put("audit", sql.rows("select action, entity_type, summary from audit_entry where entity_type = 'import_batch'"
                + " order by 3"));
        return rows;
    }

    private FileImportResult commit(String name) throws IOException {
        return imports.commit(List.of(FileRequest.detect(fixture(name))), MatchAnswers.none(), ReadControl.NONE)
                .get(0);
    }

    private long count(java.util.function.Function<Store, Long> counter) {
        return services.database().read(counter);
    }

    private Path fixture(String name) throws IOException {
        Path target = dir.resolve(name);
        if (!Files.exists(target)) {
            try (InputStream in = getClass().getResourceAsStream("/fixtures/legacy/" + name)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    private JsonNode key(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/legacy/" + name + ".expected.json")) {
            return JSON.readTree(in);
        }
    }
}
