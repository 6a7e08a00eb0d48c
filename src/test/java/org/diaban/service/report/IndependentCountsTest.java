package org.diaban.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.diaban.domain.activity.ConcernStatus;
import org.diaban.domain.compliance.Standing;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.service.Services;
import org.diaban.service.report.Resolution77Report.StatusCount;
import org.diaban.service.report.Resolution77Report.TierAssignment;
import org.diaban.testing.SqlProbe;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every indicator of the report counted again with plain SQL on the demo province, for the whole
 * province in 2024, one commune in 2023-Q3, and the whole province in 2025 (across the reform),
 * and compared with what the report service computed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndependentCountsTest {

    private static final String COMMUNE = "huu-lung.ho-son";

    private Services services;
    private SqlProbe sql;
    private final Map<String, Resolution77Report> reports = new HashMap<>();

    @BeforeAll
    void load(@TempDir Path dir) {
        services = TestServices.open(dir);
        sql = new SqlProbe(services.database().location());
        services.demo().load((done, total, key) -> { }, () -> false);
    }

    @AfterAll
    void close() {
        sql.close();
        services.close();
    }

    /** A report and the SQL that says which units are in its scope. */
    record Case(String name, String period, String scopeKey) {
        ReportPeriod reportPeriod() {
            return ReportPeriod.parse(period);
        }

        LocalDate from() {
            return reportPeriod().from();
        }

        LocalDate to() {
            return reportPeriod().to();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(Arguments.of(new Case("province 2024", "2024", null)),
                Arguments.of(new Case("commune 2023-Q3", "2023-Q3", COMMUNE)),
                Arguments.of(new Case("province 2025", "2025", null)));
    }

    private Resolution77Report report(Case c) {
        return reports.computeIfAbsent(c.name(), k -> services.reports()
                .compute(new ReportRequest(c.reportPeriod(), c.scopeKey()), ReportControl.NONE));
    }

    /**
     * A predicate: the unit in column {@code unit} was in the scope. The whole province takes
     * every unit; the commune (whose tree did not change in 2023) itself and the units under it.
     */
    private String inScope(Case c, String unit) {
        if (c.scopeKey() == null) {
            return " (" + unit + " is not null) ";
        }
        long id = sql.number("select id from unit where external_key = ?", c.scopeKey());
        return " (" + unit + " = " + id + " or " + unit + " in (select v.unit_id from unit_version v where v.parent_id = "
                + id + ")) ";
    }

    private static String inForce(Case c, String alias) {
        return " (" + alias + ".valid_from is null or " + alias + ".valid_from <= DATE '" + c.to() + "') and ("
                + alias + ".valid_to is null or " + alias + ".valid_to >= DATE '" + c.from() + "') ";
    }

    private static String heldIn(Case c, String column) {
        return " " + column + " between DATE '" + c.from() + "' and DATE '" + c.to() + "' ";
    }

    /** Assignments in force in the period, not cancelled, whose unit or household's village is in scope. */
    private String scopedAssignments(Case c) {
        return "select a.* from assignment a left join household h on h.id = a.household_id where a.cancelled_on is null"
                + " and" + inForce(c, "a") + " and" + inScope(c, "coalesce(a.unit_id, h.village_id)");
    }

    private static final String CATEGORY = "case p.kind when 'EXECUTIVE_MEMBER' then 1 when 'LEADER_MANAGER' then 2"
            + " else 0 end";
    private static final String TIER_OF = "(select r.code from unit_version v join unit_type ut on ut.id = v.unit_type_id"
            + " join tier r on r.id = ut.tier_id where v.unit_id = %s order by v.valid_from desc nulls last"
            + " fetch first 1 row only)";
    private static final String TERRITORIAL_TIER = "exists (select 1 from unit_version v join unit_type ut"
            + " on ut.id = v.unit_type_id join tier r on r.id = ut.tier_id where v.unit_id = %s and r.code = '%s'"
            + " and ut.territorial and %s)";

    private String unitsOfTier(Case c, String tier) {
        return "select u.id from unit u where" + inForce(c, "u") + " and" + inScope(c, "u.id") + " and "
                + TERRITORIAL_TIER.formatted("u.id", tier, inForce(c, "v"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void cadresAssignedPerTierAndCategory(Case c) {
        assertEquals(0, sql.number("select count(*) from (" + scopedAssignments(c) + ") where decision_id is null"),
                "the demo names a decision for every assignment, so the issuer's tier is enough here");
        String perCadre = "select " + TIER_OF.formatted("d.issuer_unit_id") + " tier, a.cadre_id,"
                + " coalesce((select min(" + CATEGORY + ") from cadre_position p where p.cadre_id = a.cadre_id"
                + "   and p.committee_unit_id = d.issuer_unit_id and" + inForce(c, "p") + "),"
                + " (select min(" + CATEGORY + ") from cadre_position p where p.cadre_id = a.cadre_id and"
                + inForce(c, "p") + "), 2) cat"
                + " from (" + scopedAssignments(c) + ") a join decision d on d.id = a.decision_id";
        Map<String, int[]> expected = new TreeMap<>();
        for (List<Object> r : sql.rows("select tier, cat, count(*) from (select tier, cadre_id, min(cat) cat from ("
                + perCadre + ") group by tier, cadre_id) group by tier, cat")) {
            expected.computeIfAbsent((String) r.get(0), k -> new int[3])[((Number) r.get(1)).intValue()] =
                    ((Number) r.get(2)).intValue();
        }
        Map<String, int[]> actual = new TreeMap<>();
        for (TierAssignment t : report(c).assigned()) {
            actual.put(t.tier().code(), new int[] {t.btv(), t.bch(), t.leaders()});
        }
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((tier, n) -> assertEquals(List.of(n[0], n[1], n[2]),
                List.of(actual.get(tier)[0], actual.get(tier)[1], actual.get(tier)[2]), tier));
        assertTrue(report(c).assigned().stream().mapToInt(TierAssignment::total).sum() > 0);

        Map<String, List<Long>> targets = new TreeMap<>();
        for (List<Object> r : sql.rows("select tier, count(distinct commune), count(distinct village),"
                + " count(distinct household_id) from (select " + TIER_OF.formatted("d.issuer_unit_id") + " tier,"
                + " case when " + TERRITORIAL_TIER.formatted("a.unit_id", "xa", inForce(c, "v"))
                + " then a.unit_id end commune,"
                + " case when " + TERRITORIAL_TIER.formatted("a.unit_id", "thon", inForce(c, "v"))
                + " then a.unit_id end village, a.household_id"
                + " from (" + scopedAssignments(c) + ") a join decision d on d.id = a.decision_id) group by tier")) {
            targets.put((String) r.get(0), List.of(((Number) r.get(1)).longValue(), ((Number) r.get(2)).longValue(),
                    ((Number) r.get(3)).longValue()));
        }
        for (TierAssignment t : report(c).assigned()) {
            assertEquals(targets.get(t.tier().code()), List.of((long) t.communes(), (long) t.villages(),
                    (long) t.households()), t.tier().code());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void coverageOfCommunesVillagesAndHouseholds(Case c) {
        var coverage = report(c).coverage();
        String communes = unitsOfTier(c, "xa");
        String villages = unitsOfTier(c, "thon");
        String assigned = "select unit_id from (" + scopedAssignments(c) + ") where unit_id is not null";
        assertEquals(sql.number("select count(*) from (" + communes + ")"), coverage.communes());
        assertEquals(sql.number("select count(*) from (" + communes + ") where id in (" + assigned + ")"),
                coverage.communesCovered());
        assertEquals(sql.number("select count(*) from (" + villages + ")"), coverage.villages());
        assertEquals(sql.number("select count(*) from (" + villages + ") where id in (" + assigned + ")"),
                coverage.villagesCovered());
        assertEquals(sql.number("select count(*) from household h where" + inForce(c, "h") + " and h.village_id in ("
                + villages + ")"), coverage.households());
        assertEquals(sql.number("select count(distinct household_id) from (" + scopedAssignments(c) + ")"),
                coverage.householdsCovered());
        assertTrue(coverage.villagesCovered() > 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void assignmentDecisionsAndTheCommunesThatIssuedThem(Case c) {
        String decisions = "select d.* from decision d where d.kind = 'ASSIGNMENT' and (d.id in (select decision_id from ("
                + scopedAssignments(c) + ")) or (" + heldIn(c, "d.issued_on") + " and" + inScope(c, "d.issuer_unit_id")
                + "))";
        var figures = report(c).decisions();
        assertEquals(sql.number("select count(*) from (" + decisions + ")"), figures.decisions().size());
        String communeDecisions = "select id from (" + decisions + ") where issuer_unit_id in (" + unitsOfTier(c, "xa")
                + ") and issued_on <= DATE '" + c.to() + "'";
        assertEquals(sql.number("select count(distinct issuer_unit_id) from decision where id in (" + communeDecisions
                + ")"), figures.communesIssuing());
        assertEquals(sql.number("select count(distinct a.cadre_id) from assignment a where a.cancelled_on is null and"
                + inForce(c, "a") + " and a.decision_id in (" + communeDecisions + ")"),
                figures.cadresInCommuneDecisions());
        assertEquals(sql.number("select count(*) from (" + unitsOfTier(c, "xa") + ")"), figures.communes());
        long cadresInRows = figures.decisions().stream().mapToLong(Resolution77Report.DecisionRow::cadres).sum();
        assertEquals(sql.number("select count(*) from (select distinct decision_id, cadre_id from ("
                + scopedAssignments(c) + "))"), cadresInRows);
    }

    private String scopedActivities(Case c) {
        return "select a.* from activity a left join household h on h.id = a.household_id where a.retired_at is null"
                + " and" + heldIn(c, "a.held_on") + " and" + inScope(c, "coalesce(a.unit_id, h.village_id)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void activitiesByKindAndWorkSessionsByQuarter(Case c) {
        Map<String, Long> byKind = new HashMap<>();
        sql.rows("select kind, count(*) from (" + scopedActivities(c) + ") group by kind")
                .forEach(r -> byKind.put((String) r.get(0), ((Number) r.get(1)).longValue()));
        var counts = report(c).activities();
        assertEquals(byKind.getOrDefault("WORK_SESSION", 0L), counts.workSessions());
        assertEquals(byKind.getOrDefault("CELL_MEETING", 0L), counts.cellMeetings());
        assertEquals(byKind.getOrDefault("DIALOGUE", 0L), counts.dialogues());
        assertEquals(byKind.getOrDefault("HOUSEHOLD_VISIT", 0L), counts.householdVisits());
        assertEquals(byKind.getOrDefault("SURVEY", 0L), counts.surveys());
        assertTrue(counts.workSessions() > 0);
        for (var q : report(c).sessionsByQuarter()) {
            ReportPeriod quarter = ReportPeriod.quarter(q.year(), q.quarter());
            assertEquals(sql.number("select count(*) from (" + scopedActivities(c) + ") where kind = 'WORK_SESSION'"
                    + " and held_on between ? and ?", quarter.from(), quarter.to()), q.sessions(), q.toString());
        }
        assertEquals(c.reportPeriod().quarters().size(), report(c).sessionsByQuarter().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void workSessionsByTierAndCategoryOfThoseWhoTookPart(Case c) {
        String seats = "with sp as (select a.id aid, a.held_on hday, ap.cadre_id from (" + scopedActivities(c) + ") a"
                + "   join activity_participant ap on ap.activity_id = a.id where a.kind = 'WORK_SESSION'),"
                + " seat as (select sp.aid, sp.cadre_id, r.rank_order rk, r.code, " + CATEGORY + " cat from sp"
                + "   join cadre_position p on p.cadre_id = sp.cadre_id and (p.valid_from is null or p.valid_from <= sp.hday)"
                + "     and (p.valid_to is null or p.valid_to >= sp.hday)"
                + "   join unit_version v on v.unit_id = p.committee_unit_id and (v.valid_from is null or v.valid_from <= sp.hday)"
                + "     and (v.valid_to is null or v.valid_to >= sp.hday)"
                + "   join unit_type ut on ut.id = v.unit_type_id join tier r on r.id = ut.tier_id),"
                + " best as (select aid, cadre_id, min(rk) rk from seat group by aid, cadre_id),"
                + " placed as (select s.aid, s.code, min(s.cat) cat from seat s join best b on b.aid = s.aid"
                + "   and b.cadre_id = s.cadre_id and b.rk = s.rk group by s.aid, s.cadre_id, s.code),"
                + " highest as (select aid, code, min(cat) cat from placed group by aid, code)"
                + " select code, cat, count(*) from highest group by code, cat";
        Map<String, Long> expected = new TreeMap<>();
        for (List<Object> r : sql.rows(seats)) {
            expected.put(r.get(0) + "/" + r.get(1), ((Number) r.get(2)).longValue());
        }
        Map<String, Long> actual = new TreeMap<>();
        for (var s : report(c).sessions()) {
            if (s.sessions() > 0) {
                actual.put(s.tier().code() + "/" + s.category().ordinal(), (long) s.sessions());
            }
        }
        assertEquals(expected, actual);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void workingGroupsFormedAndActive(Case c) {
        String formedOn = "coalesce(g.formed_on, cast(g.formed_year || '-01-01' as date))";
        String groups = "select g.* from working_group g where" + inScope(c, "g.committee_unit_id");
        var figures = report(c).workingGroups();
        assertEquals(sql.number("select count(*) from (" + groups + ") g where" + heldIn(c, formedOn)), figures.formed());
        String listed = "select g.id from (" + groups + ") g where" + heldIn(c, formedOn) + " or ("
                + formedOn + " < DATE '" + c.from() + "' and (g.dissolved_on is null or g.dissolved_on >= DATE '"
                + c.from() + "'))";
        assertEquals(sql.number("select count(*) from (" + listed + ")"), figures.groups().size());
        assertEquals(sql.number("select count(*) from working_group_member where working_group_id in (" + listed + ")"),
                figures.groups().stream().mapToLong(Resolution77Report.WorkingGroupRow::members).sum());
        assertEquals(sql.number("select count(*) from working_group_unit where working_group_id in (" + listed + ")"),
                figures.groups().stream().mapToLong(g -> g.communeNames().size()).sum());
        assertTrue(figures.groups().stream().allMatch(g -> g.leaderName() != null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void concernsByStatusOnTheJudgingDayAndByTopic(Case c) {
        LocalDate asOf = c.to().isAfter(TestServices.TODAY) ? TestServices.TODAY : c.to();
        String statusThen = "coalesce((select s.status from concern_status_change s where s.concern_id = c.id"
                + " and s.changed_on <= DATE '" + asOf + "' order by s.changed_on desc, s.recorded_at desc, s.id desc"
                + " fetch first 1 row only), 'NEW')";
        String concerns = "select c.id, c.topic_id, c.deadline, " + statusThen + " status from concern c"
                + " left join household h on h.id = c.household_id where c.withdrawn_on is null and"
                + heldIn(c, "c.raised_on") + " and (" + inScope(c, "c.unit_id") + " or" + inScope(c, "h.village_id")
                + ")";
        var figures = report(c).concerns();
        assertEquals(sql.number("select count(*) from (" + concerns + ")"), figures.received());
        for (StatusCount s : figures.byStatus()) {
            assertEquals(sql.number("select count(*) from (" + concerns + ") where status = ?", s.status().name()),
                    s.count(), s.status().name());
        }
        String open = "status in ('NEW', 'IN_PROGRESS', 'ESCALATED')";
        String overdue = open + " and deadline < DATE '" + asOf + "'";
        assertEquals(sql.number("select count(*) from (" + concerns + ") where " + overdue), figures.overdue());
        Map<String, List<Long>> byTopic = new HashMap<>();
        for (List<Object> r : sql.rows("select coalesce(t.name_vi, '-'), count(*),"
                + " sum(case when x.status in ('RESOLVED', 'CLOSED') then 1 else 0 end),"
                + " sum(case when x." + open + " then 1 else 0 end),"
                + " sum(case when x." + overdue.replace("deadline", "x.deadline") + " then 1 else 0 end)"
                + " from (" + concerns + ") x left join concern_topic t on t.id = x.topic_id group by t.name_vi")) {
            byTopic.put((String) r.get(0), r.subList(1, 5).stream().map(o -> ((Number) o).longValue()).toList());
        }
        assertEquals(byTopic.size(), figures.byTopic().size());
        for (var t : figures.byTopic()) {
            assertEquals(byTopic.get(t.topicName()), List.of((long) t.received(), (long) t.resolved(),
                    (long) t.inProgress(), (long) t.overdue()), t.topicName());
        }
        assertEquals(figures.received(), figures.byStatus().stream().mapToInt(StatusCount::count).sum());
        assertEquals(figures.received(), figures.byTopic().stream().mapToInt(Resolution77Report.TopicRow::received).sum());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void complianceOfFullYearSeatsAgainstTheNorm(Case c) {
        for (var year : report(c).compliance()) {
            LocalDate first = LocalDate.of(year.year(), 1, 1);
            LocalDate last = LocalDate.of(year.year(), 12, 31);
            LocalDate asOf = year.asOf();
            assertEquals(c.to().isBefore(last) ? c.to() : last, asOf);
            // members who held the same committee seat all year up to the judging day and were not retired
            String fullSeats = "select p.cadre_id, p.committee_unit_id, max(n.meetings_per_year) norm,"
                    + " (select count(*) from activity a join activity_participant ap on ap.activity_id = a.id"
                    + "  where ap.cadre_id = p.cadre_id and a.kind = 'CELL_MEETING' and a.retired_at is null"
                    + "  and a.held_on between ? and ?) attended"
                    + " from cadre_position p join cadre k on k.id = p.cadre_id"
                    + " join unit_version v on v.unit_id = p.committee_unit_id and (v.valid_from is null or v.valid_from <= ?)"
                    + "   and (v.valid_to is null or v.valid_to >= ?)"
                    + " join unit_type ut on ut.id = v.unit_type_id"
                    + " join attendance_norm n on n.tier_id = ut.tier_id and (n.valid_from is null or n.valid_from <= ?)"
                    + "   and (n.valid_to is null or n.valid_to >= ?)"
                    + " where p.kind <> 'LEADER_MANAGER' and p.valid_from <= ? and (p.valid_to is null or p.valid_to >= ?)"
                    + " and k.retired_on is null and" + inScope(c, "p.committee_unit_id")
                    + " group by p.cadre_id, p.committee_unit_id";
            Set<String> behind = new HashSet<>();
            Set<String> notBehind = new HashSet<>();
            boolean wholeYear = asOf.equals(last);
            for (List<Object> r : sql.rows(fullSeats, first, asOf, asOf, asOf, asOf, last, first, last)) {
                long norm = ((Number) r.get(2)).longValue();
                long attended = ((Number) r.get(3)).longValue();
                String key = r.get(0) + "/" + r.get(1);
                if (wholeYear) {
                    (attended < norm ? behind : notBehind).add(key);
                } else if (attended >= norm) {
                    notBehind.add(key);
                }
            }
            var rows = services.compliance().report(year.year(), c.scopeKey() == null ? null
                    : services.compliance().scopeByKey(c.scopeKey()), asOf).rows();
            Set<String> reportedBehind = new HashSet<>();
            rows.stream().filter(r -> r.standing() == Standing.BEHIND)
                    .forEach(r -> reportedBehind.add(r.cadreId() + "/" + r.committeeId()));
            assertTrue(reportedBehind.containsAll(behind), "every full-year member below the norm is listed");
            assertTrue(notBehind.stream().noneMatch(reportedBehind::contains), "none who met it is");
            assertEquals(reportedBehind.size(), year.belowNorm().size());
            int judged = year.tiers().stream().mapToInt(Resolution77Report.TierCompliance::members).sum();
            assertEquals(rows.stream().filter(r -> r.standing().isJudged()).count(), judged);
            assertTrue(judged >= behind.size() + notBehind.size());
        }
        assertEquals(c.reportPeriod().years().size(), report(c).compliance().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void communesAndTheAnnex(Case c) {
        var report = report(c);
        assertEquals(sql.number("select count(*) from (" + unitsOfTier(c, "xa") + ")"), report.communes().size());
        assertEquals(sql.number("select count(*) from (" + scopedAssignments(c) + ")"), report.annex().size());
        var first = report.communes().get(0);
        long sessions = sql.number("select count(*) from (" + scopedActivities(c) + ") a left join household h"
                + " on h.id = a.household_id where a.kind = 'WORK_SESSION' and (coalesce(a.unit_id, h.village_id) = ?"
                + " or coalesce(a.unit_id, h.village_id) in (select v.unit_id from unit_version v where v.parent_id = ?"
                + " and (v.valid_from is null or v.valid_from <= a.held_on) and (v.valid_to is null or v.valid_to >= a.held_on)))",
                first.unitId(), first.unitId());
        assertEquals(sessions, first.sessions(), first.name());
        long villages = sql.number("select count(*) from unit_version v join unit_type ut on ut.id = v.unit_type_id"
                + " where v.parent_id = ? and ut.territorial and ut.tier_id = 4 and (v.valid_from is null or v.valid_from <= ?)"
                + " and (v.valid_to is null or v.valid_to >= ?)", first.unitId(), first.to(), first.to());
        assertEquals(villages, first.villages(), first.name());
        if (c.scopeKey() != null) {
            assertEquals(report.activities().workSessions(), first.sessions(), "a commune's report: all its sessions");
        }
        assertTrue(report.annex().stream().allMatch(a -> a.cadreName() != null && a.tier() != null));
    }

    @Test
    void statusesAreReportedForEveryStatusInOrder() {
        Case c = new Case("province 2024", "2024", null);
        assertEquals(List.of(ConcernStatus.values()), report(c).concerns().byStatus().stream()
                .map(StatusCount::status).toList());
    }
}
