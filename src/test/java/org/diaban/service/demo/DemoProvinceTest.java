package org.diaban.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.service.Services;
import org.diaban.testing.FixtureHierarchy;
import org.diaban.testing.SqlProbe;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo province, loaded once for the class. The figures of the newspaper article are counted
 * here with plain SQL, not with the generator's own bookkeeping.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoProvinceTest {

    private static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 6, 30);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private Services services;
    private SqlProbe sql;
    private DataSetSummary summary;

    @BeforeAll
    void load(@TempDir Path dir) {
        services = TestServices.open(dir);
        sql = new SqlProbe(services.database().location());
        List<String> steps = new java.util.ArrayList<>();
        summary = services.demo().load((done, total, key) -> steps.add(done + "/" + total + " " + key), () -> false);
        assertEquals("8/8 demo.phase.done", steps.get(steps.size() - 1));
    }

    @AfterAll
    void close() {
        sql.close();
        services.close();
    }

    @Test
    void everyUnitOfTheFixtureHierarchyIsThereWithItsKeyNameTypeAndFullName() {
        HierarchySnapshot before = services.hierarchyQueries().snapshotOn(LocalDate.of(2023, 1, 1));
        for (FixtureHierarchy.Unit u : FixtureHierarchy.units()) {
            UnitState s = before.byKey(u.key()).orElseThrow(() -> new AssertionError("missing " + u.key()));
            assertEquals(u.name(), s.name(), u.key());
            assertEquals(u.type(), s.typeCode(), u.key());
            assertEquals(u.fullName(), s.fullName(), u.key());
            if (u.parentKey() != null) {
                assertEquals(u.parentKey(), before.unit(s.parentId()).orElseThrow().externalKey(), u.key());
            }
        }
    }

    @Test
    void huuLungHas24CommunesAnd203VillagesBeforeDecember2024() {
        HierarchySnapshot s = services.hierarchyQueries().snapshotOn(LocalDate.of(2024, 11, 30));
        Long huuLung = s.byKey("huu-lung").orElseThrow().unitId();
        List<UnitState> communes = s.children(huuLung);
        assertEquals(24, communes.size());
        assertEquals(203, s.subtree(huuLung).stream().filter(u -> u.isVillageTier() && u.territorial()).count());
        HierarchySnapshot after = services.hierarchyQueries().snapshotOn(LocalDate.of(2024, 12, 1));
        assertEquals(23, after.children(huuLung).size(), "xã Sơn Hà merged into thị trấn Hữu Lũng");
        assertEquals(List.of("huu-lung.huu-lung"), keys(services.hierarchyQueries()
                .successorsOn("huu-lung.son-ha", LocalDate.of(2024, 12, 1))));
    }

    @Test
    void theProvinceHasAbout200CommunesAnd1676VillagesBeforeTheReform() {
        HierarchySnapshot s = services.hierarchyQueries().snapshotOn(LocalDate.of(2024, 1, 1));
        assertEquals(200, s.units().stream().filter(UnitState::isCommuneTier).count());
        assertEquals(1676, s.units().stream().filter(u -> u.isVillageTier() && u.territorial()).count());
        assertTrue(s.units().stream().anyMatch(u -> u.typeCode().equals("chi_bo")
                && u.fullName().equals("Chi bộ Trường THCS Hồ Sơn")));
        HierarchySnapshot end = services.hierarchyQueries().snapshotOn(BEFORE_REFORM);
        assertEquals(194, end.units().stream().filter(UnitState::isCommuneTier).count());
    }

    @Test
    void theJuly2025ReformLeaves65CommunesDirectlyUnderTheProvince() {
        HierarchySnapshot before = services.hierarchyQueries().snapshotOn(BEFORE_REFORM);
        Long province = before.byKey("lang-son").orElseThrow().unitId();
        assertEquals(11, before.children(province).size());
        assertTrue(before.children(province).stream().allMatch(u -> u.tierCode().equals("huyen")));

        HierarchySnapshot after = services.hierarchyQueries().snapshotOn(REFORM);
        List<UnitState> communes = after.children(province);
        assertEquals(65, communes.size());
        Map<String, Long> byType = communes.stream().collect(Collectors.groupingBy(UnitState::typeCode,
                Collectors.counting()));
        assertEquals(Map.of("xa", 61L, "phuong", 4L), byType);
        assertEquals(1676, after.units().stream().filter(u -> u.isVillageTier() && u.territorial()).count(),
                "villages keep their identity");
        assertEquals("Đảng ủy xã Tuấn Sơn", after.byKey("xa-tuan-son").orElseThrow().committeeName());
        assertEquals(List.of("xa-tan-thanh"), keys(services.hierarchyQueries().successorsOn("huu-lung.ho-son", REFORM)));
        assertEquals(List.of("xa-cai-kinh", "xa-huu-lung"), keys(services.hierarchyQueries()
                .successorsOn("huu-lung.minh-tien", REFORM)).stream().sorted().toList(), "a split commune");
        assertEquals(8, services.hierarchyQueries().successorsOn("huu-lung", REFORM).size(),
                "the district's end names the new communes of its territory");
        UnitState village = after.byKey("huu-lung.ho-son.dong-tien").orElseThrow();
        assertEquals("xa-tan-thanh", after.unit(village.parentId()).orElseThrow().externalKey());
        assertEquals(6 + 65 + 1 + 11, sql.number("select count(*) from reorganisation"));
    }

    // --- the newspaper article: Hữu Lũng, 22/5/2022 to 30/6/2023, counted with plain SQL ---

    private static final String IN_PERIOD = "valid_from <= DATE '2023-06-30' and (valid_to is null or valid_to >= DATE '2022-05-22')";
    /** Cadres assigned by decisions of the unit {@code ?} with an assignment running in the period. */
    private static final String ASSIGNED_BY = "select distinct a.cadre_id from assignment a join decision d on d.id = a.decision_id"
            + " where d.issuer_unit_id = ? and a." + IN_PERIOD.replace(" valid_", " a.valid_").replace("(valid_", "(a.valid_");
    private static final String STANDING_KINDS = "('SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_MEMBER')";
    private static final String HOLDS_STANDING = "select p.cadre_id from cadre_position p where p.committee_unit_id = ?"
            + " and p.kind in " + STANDING_KINDS + " and p." + IN_PERIOD.replace(" valid_", " p.valid_").replace("(valid_", "(p.valid_");
    private static final String SOLO_SESSIONS_IN_PERIOD = "select count(*) from activity a join activity_participant ap"
            + " on ap.activity_id = a.id where a.kind = 'WORK_SESSION' and a.held_on between DATE '2022-05-22'"
            + " and DATE '2023-06-30' and (select count(*) from activity_participant x where x.activity_id = a.id) = 1";

    private long huuLung() {
        return sql.number("select id from unit where external_key = 'huu-lung'");
    }

    @Test
    void seventyNineDistrictCadresWereAssigned_8Standing_27Executive_44Leaders() {
        long hl = huuLung();
        Map<String, Long> byKind = sql.rows("select p.kind, count(distinct p.cadre_id) from cadre_position p"
                + " where p.committee_unit_id = ? and p." + IN_PERIOD.replace(" valid_", " p.valid_").replace("(valid_", "(p.valid_")
                + " and p.cadre_id in (" + ASSIGNED_BY + ") group by p.kind", hl, hl).stream()
                .collect(Collectors.toMap(r -> (String) r.get(0), r -> ((Number) r.get(1)).longValue()));
        assertEquals(Map.of("SECRETARY", 1L, "DEPUTY_SECRETARY", 2L, "STANDING_MEMBER", 5L, "EXECUTIVE_MEMBER", 27L,
                "LEADER_MANAGER", 44L), byKind);
        assertEquals(79, sql.number("select count(*) from (" + ASSIGNED_BY + ")", hl));
        assertTrue(sql.number("select count(*) from cadre_position where committee_unit_id = ?", hl) > 79,
                "members who left before, or came after, the period are not counted");
    }

    @Test
    void theDistrictCadresCoveredAll24CommunesAnd203Villages() {
        long hl = huuLung();
        String covered = "select count(distinct a.unit_id) from assignment a join decision d on d.id = a.decision_id"
                + " where d.issuer_unit_id = ? and a.valid_from <= DATE '2023-06-30' and (a.valid_to is null or a.valid_to >= DATE '2022-05-22')"
                + " and exists (select 1 from unit_version v join unit_type t on t.id = v.unit_type_id"
                + " where v.unit_id = a.unit_id and t.tier_id = ? and t.territorial)";
        assertEquals(24, sql.number(covered, hl, 3));
        assertEquals(203, sql.number(covered, hl, 4));
        assertEquals(1, sql.number("select count(*) from decision where symbol = '107-QĐ/HU' and issued_on = DATE '2022-05-25'"));
    }

    @Test
    void standingMembersHeld105WorkSessionsAndTheOthers342() {
        long hl = huuLung();
        assertEquals(105, sql.number(SOLO_SESSIONS_IN_PERIOD + " and ap.cadre_id in (" + ASSIGNED_BY + ")"
                + " and ap.cadre_id in (" + HOLDS_STANDING + ")", hl, hl));
        assertEquals(342, sql.number(SOLO_SESSIONS_IN_PERIOD + " and ap.cadre_id in (" + ASSIGNED_BY + ")"
                + " and ap.cadre_id not in (" + HOLDS_STANDING + ")", hl, hl));
    }

    @Test
    void all24CommunesIssuedDecisionsFor448CadresWhoHeldOver6200Sessions() {
        long hl = huuLung();
        String communeDecisions = "select d.id from decision d where d.kind = 'ASSIGNMENT'"
                + " and d.issued_on between DATE '2022-05-22' and DATE '2023-06-30'"
                + " and exists (select 1 from unit_version v where v.unit_id = d.issuer_unit_id and v.parent_id = ?)";
        assertEquals(24, sql.number("select count(*) from (" + communeDecisions + ")", hl));
        assertEquals(24, sql.number("select count(distinct issuer_unit_id) from decision where id in (" + communeDecisions + ")", hl));
        assertTrue(sql.rows("select symbol from decision where id in (" + communeDecisions + ")", hl).stream()
                .allMatch(r -> ((String) r.get(0)).endsWith("-QĐ/ĐU")));
        String communeCadres = "select distinct cadre_id from assignment where decision_id in (" + communeDecisions + ")";
        assertEquals(448, sql.number("select count(*) from (" + communeCadres + ")", hl));
        long sessions = sql.number(SOLO_SESSIONS_IN_PERIOD + " and ap.cadre_id in (" + communeCadres + ")", hl);
        assertTrue(sessions > 6200 && sessions < 6400, "sessions: " + sessions);
        assertTrue(sql.number("select count(*) from assignment where household_id is not null") > 1000);
    }

    @Test
    void someConcernsAreOverdueAndAllHaveAHistory() {
        long overdue = sql.number("select count(*) from concern where status in ('NEW', 'IN_PROGRESS', 'ESCALATED')"
                + " and deadline < DATE '2026-11-28'");
        assertTrue(overdue >= 10, "overdue: " + overdue);
        assertEquals(overdue, (long) services.database().read(s -> s.concerns().overdueCount(TestServices.TODAY)));
        assertTrue(sql.number("select count(*) from concern where status in ('RESOLVED', 'CLOSED')") > overdue);
        assertEquals(0, sql.number("select count(*) from concern c where not exists"
                + " (select 1 from concern_status_change s where s.concern_id = c.id)"));
        assertEquals(0, sql.number("select count(*) from concern c where c.status <> (select s.status from"
                + " concern_status_change s where s.concern_id = c.id order by s.changed_on desc, s.id desc fetch first 1 row only)"));
        assertTrue(sql.number("select count(distinct topic_id) from concern") >= 6);
    }

    @Test
    void someCommitteeMembersAttendedFewerChiBoMeetingsThanTheirNormIn2023() {
        String attended = "select p.cadre_id, (select count(*) from activity a join activity_participant ap"
                + " on ap.activity_id = a.id where ap.cadre_id = p.cadre_id and a.kind = 'CELL_MEETING'"
                + " and a.held_on between DATE '2023-01-01' and DATE '2023-12-31') from cadre_position p"
                + " where p.kind <> 'LEADER_MANAGER' and p.valid_from <= DATE '2023-01-01' and p.valid_to >= DATE '2023-12-31'"
                + " and p.committee_unit_id in (select v.unit_id from unit_version v where v.parent_id = ?)";
        List<Long> communeMembers = sql.rows(attended, huuLung()).stream().map(r -> ((Number) r.get(1)).longValue()).toList();
        assertEquals(24 * 16, communeMembers.size());
        long below = communeMembers.stream().filter(n -> n < 4).count();
        assertTrue(below > 5 && below < communeMembers.size() / 4, "below the norm of 4: " + below);
        String district = attended.replace("p.committee_unit_id in (select v.unit_id from unit_version v where v.parent_id = ?)",
                "p.committee_unit_id = ?");
        List<Long> districtMembers = sql.rows(district, huuLung()).stream().map(r -> ((Number) r.get(1)).longValue()).toList();
        assertEquals(35, districtMembers.size(), "8 standing and 27 other members for the whole year");
        assertTrue(districtMembers.stream().anyMatch(n -> n >= 2));
    }

    @Test
    void peopleCarryOnAcrossTheReformUnderNewTitles() {
        List<List<Object>> secretary = sql.rows("select p.cadre_id from cadre_position p join unit u on u.id = p.committee_unit_id"
                + " where u.external_key = 'xa-huu-lung' and p.kind = 'SECRETARY' and p.valid_from = DATE '2025-07-01'");
        assertEquals(1, secretary.size());
        Object cadre = secretary.get(0).get(0);
        assertEquals("Bí thư Huyện ủy", sql.rows("select title from cadre_position where cadre_id = ? and committee_unit_id = ?",
                cadre, huuLung()).get(0).get(0));
        assertEquals("Bí thư Đảng ủy xã", sql.rows("select title from cadre_position where cadre_id = ? and valid_from = DATE '2025-07-01'",
                cadre).get(0).get(0));
        assertEquals(65, sql.number("select count(distinct d.issuer_unit_id) from decision d join unit u on u.id = d.issuer_unit_id"
                + " where d.issued_on >= DATE '2025-07-01' and (u.external_key like 'xa-%' or u.external_key like 'phuong-%')"));
        assertTrue(sql.number("select count(*) from activity where held_on >= DATE '2026-01-01' and kind = 'WORK_SESSION'") > 500);
        assertTrue(sql.number("select count(*) from activity where held_on >= DATE '2026-01-01' and kind = 'CELL_MEETING'") > 500);
    }

    @Test
    void provinceWorkingGroupsHouseholdsAndTheDemoBatch() {
        assertEquals(53, sql.number("select count(distinct p.cadre_id) from cadre_position p join unit u on u.id = p.committee_unit_id"
                + " where u.external_key = 'lang-son' and p.term_id = 2"));
        assertTrue(sql.number("select count(*) from assignment a join decision d on d.id = a.decision_id where d.symbol like '%/TU'") >= 53);
        assertEquals(502, sql.number("select count(distinct p.cadre_id) from cadre_position p where p.kind <> 'LEADER_MANAGER'"
                + " and p.valid_from <= DATE '2023-01-01' and p.valid_to >= DATE '2023-01-01' and p.committee_unit_id in"
                + " (select v.unit_id from unit_version v join unit_type t on t.id = v.unit_type_id where t.tier_id = 2)"));
        String groups = "select count(*) from working_group g join unit u on u.id = g.committee_unit_id where u.external_key = ? and g.formed_year = ?";
        assertEquals(6, sql.number(groups, "bac-son", 2022));
        assertEquals(2, sql.number(groups, "bac-son", 2023));
        assertEquals(5, sql.number(groups, "loc-binh", 2022));
        assertEquals(0, sql.number("select count(*) from working_group g where not exists (select 1 from working_group_member m"
                + " where m.working_group_id = g.id and m.role = 'LEADER')"));
        List<Long> perVillage = sql.rows("select count(*) from household h join unit_version v on v.unit_id = h.village_id"
                + " and v.valid_from is null join unit_version c on c.unit_id = v.parent_id where c.parent_id = ? group by h.village_id",
                huuLung()).stream().map(r -> ((Number) r.get(0)).longValue()).toList();
        assertEquals(203, perVillage.size());
        assertTrue(perVillage.stream().allMatch(n -> n >= 30 && n <= 60));
        assertTrue(sql.number("select count(*) from (select full_name from cadre group by full_name having count(*) > 1)") > 10,
                "namesakes exist");
        assertEquals(0, sql.number("select count(*) from (select full_name, birth_year from cadre"
                + " where retired_on is null group by full_name, birth_year having count(*) > 1)"), "told apart by birth year");
        long batch = sql.number("select id from import_batch where kind = 'demo' and status = 'COMMITTED'");
        assertEquals(summary.batchId(), batch);
        for (String table : List.of("unit", "unit_version", "household", "cadre", "cadre_position", "decision", "assignment",
                "activity", "concern", "working_group", "reorganisation")) {
            assertEquals(0, sql.number("select count(*) from " + table + " where import_batch_id is null"), table);
        }
        assertEquals(summary.units(), sql.number("select count(*) from unit"));
        assertEquals(summary.activities(), sql.number("select count(*) from activity"));
    }

    @Test
    void importingTheFixtureHierarchyOverTheDemoChangesNothing() {
        var result = new org.diaban.importing.hierarchy.HierarchyImporter(services.database(), services.reference(),
                services.changes(), services.clock()).importFile(Path.of(getClass().getResource(FixtureHierarchy.RESOURCE).getPath()));
        assertEquals(0, result.created());
        assertEquals(0, result.corrected());
    }

    private static List<String> keys(List<UnitState> units) {
        return units.stream().map(UnitState::externalKey).toList();
    }
}
