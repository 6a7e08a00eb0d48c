package org.diaban.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.domain.activity.ConcernStatus;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.people.PositionKind;
import org.hibernate.Session;

/**
 * The flat reads behind the Resolution 77 progress report: one native query per kind of fact,
 * limited to the report's period, each row a small record. Nothing is loaded as an entity; the
 * report service filters by scope and counts in memory.
 */
public final class ReportRepository {

    private static final String OVERLAPS = " (%1$s.valid_from is null or %1$s.valid_from <= :last)"
            + " and (%1$s.valid_to is null or %1$s.valid_to >= :first) ";

    private final Session session;

    ReportRepository(Session session) {
        this.session = session;
    }

    /**
     * Assignments in force during the period, cancelled ones left out, with cadre and household.
     * The cadres (a few thousand) are read once into a map rather than joined to every row.
     */
    public List<AssignmentFact> assignments(DateRange period) {
        record Cadre(String name, Integer birthYear) {
        }
        Map<Long, Cadre> cadres = new HashMap<>();
        for (Object[] r : session.createNativeQuery("select id, full_name, birth_year from cadre", Object[].class)
                .getResultList()) {
            cadres.put(id(r[0]), new Cadre((String) r[1], integer(r[2])));
        }
        List<AssignmentFact> out = new ArrayList<>();
        for (Object[] r : rows("""
                select a.id, a.cadre_id, a.unit_id, a.household_id, h.village_id, h.head_name, a.role, a.valid_from,
                       a.valid_to, a.decision_id
                from assignment a left join household h on h.id = a.household_id
                where a.cancelled_on is null and""" + overlaps("a"), period)) {
            Cadre cadre = cadres.get(id(r[1]));
            out.add(new AssignmentFact(id(r[0]), id(r[1]), cadre.name(), cadre.birthYear(), id(r[2]), id(r[3]),
                    id(r[4]), (String) r[5], AssignmentRole.valueOf((String) r[6]), day(r[7]), day(r[8]),
                    id(r[9])));
        }
        return out;
    }

    /** Every assignment decision (they are few: one per committee and term or so). */
    public List<DecisionFact> assignmentDecisions() {
        return session.createNativeQuery("""
                select id, symbol, issued_on, issuer_unit_id from decision where kind = 'ASSIGNMENT'
                """, Object[].class).getResultList().stream()
                .map(r -> new DecisionFact(id(r[0]), (String) r[1], day(r[2]), id(r[3]))).toList();
    }

    /** Committee positions (members and leaders/managers) overlapping the period. */
    public List<PositionFact> positions(DateRange period) {
        return rows("""
                select p.cadre_id, p.kind, p.committee_unit_id, p.title, p.valid_from, p.valid_to
                from cadre_position p where""" + overlaps("p"), period).stream()
                .map(r -> new PositionFact(id(r[0]), PositionKind.valueOf((String) r[1]), id(r[2]), (String) r[3],
                        day(r[4]), day(r[5]))).toList();
    }

    /**
     * Activities held in the period that were not deleted, each at its unit or else its
     * household's village, and who took part in the work sessions among them. The village is
     * looked up only for activities without a unit (COALESCE stops at the first non-null), and
     * both reads are answered from indexes on activity alone.
     */
    public ActivityRows activities(DateRange period) {
        List<ActivityFact> activities = new ArrayList<>();
        for (Object[] r : rows("""
                select a.id, a.kind, a.held_on,
                       coalesce(a.unit_id, (select h.village_id from household h where h.id = a.household_id))
                from activity a
                where a.retired_at is null and a.held_on between :first and :last""", period)) {
            activities.add(new ActivityFact(id(r[0]), ActivityKind.valueOf((String) r[1]), day(r[2]), id(r[3])));
        }
        List<Participation> participants = new ArrayList<>();
        for (Object[] r : rows("""
                select p.activity_id, p.cadre_id from activity a join activity_participant p on p.activity_id = a.id
                where a.kind = 'WORK_SESSION' and a.held_on between :first and :last and a.retired_at is null""",
                period)) {
            participants.add(new Participation(id(r[0]), id(r[1])));
        }
        return new ActivityRows(activities, participants);
    }

    /** Concerns raised in the period and not withdrawn (withdrawn ones were entered by mistake). */
    public List<ConcernFact> concerns(DateRange period) {
        return rows("""
                select c.id, c.unit_id, h.village_id, c.topic_id, c.raised_on, c.deadline
                from concern c left join household h on h.id = c.household_id
                where c.withdrawn_on is null and c.raised_on between :first and :last""", period).stream()
                .map(r -> new ConcernFact(id(r[0]), id(r[1]), id(r[2]), id(r[3]), day(r[4]), day(r[5]))).toList();
    }

    /**
     * The status of each concern raised in the period as it stood on {@code asOf}: its latest
     * change on or before that day (concerns with none yet are absent).
     */
    public Map<Long, ConcernStatus> concernStatusesOn(DateRange period, LocalDate asOf) {
        List<Object[]> changes = session.createNativeQuery("""
                select s.concern_id, s.status from concern_status_change s join concern c on c.id = s.concern_id
                where c.withdrawn_on is null and c.raised_on between :first and :last and s.changed_on <= :asOf
                order by s.concern_id, s.changed_on, s.recorded_at, s.id
                """, Object[].class).setParameter("first", period.from()).setParameter("last", period.to())
                .setParameter("asOf", asOf).getResultList();
        Map<Long, ConcernStatus> out = new HashMap<>();
        for (Object[] r : changes) {
            out.put(id(r[0]), ConcernStatus.valueOf((String) r[1]));
        }
        return out;
    }

    /** Every concern topic, in the order of the lists. */
    public List<TopicFact> topics() {
        return session.createNativeQuery("select id, name_vi, name_en from concern_topic order by sort_order, id",
                Object[].class).getResultList().stream()
                .map(r -> new TopicFact(id(r[0]), (String) r[1], (String) r[2])).toList();
    }

    /** Working groups formed on or before the period's end, with their leader and member count. */
    public List<GroupFact> workingGroups(DateRange period) {
        return session.createNativeQuery("""
                select g.id, g.name, g.committee_unit_id, g.formed_year, g.formed_on, g.dissolved_on,
                       (select min(c.full_name) from working_group_member m join cadre c on c.id = m.cadre_id
                        where m.working_group_id = g.id and m.role = 'LEADER'),
                       (select count(*) from working_group_member m where m.working_group_id = g.id)
                from working_group g where g.formed_year <= :lastYear
                """, Object[].class).setParameter("lastYear", period.to().getYear()).getResultList().stream()
                .map(r -> new GroupFact(id(r[0]), (String) r[1], id(r[2]), ((Number) r[3]).intValue(), day(r[4]),
                        day(r[5]), (String) r[6], ((Number) r[7]).intValue())).toList();
    }

    /** The units in each working group's care: group id to unit ids. */
    public Map<Long, List<Long>> workingGroupUnits() {
        Map<Long, List<Long>> out = new HashMap<>();
        for (Object[] r : session.createNativeQuery("select working_group_id, unit_id from working_group_unit",
                Object[].class).getResultList()) {
            out.computeIfAbsent(id(r[0]), k -> new ArrayList<>()).add(id(r[1]));
        }
        return out;
    }

    /** Households per village that existed at some time in the period. */
    public Map<Long, Integer> householdsByVillage(DateRange period) {
        Map<Long, Integer> out = new HashMap<>();
        for (Object[] r : rows("select h.village_id, count(*) from household h where" + overlaps("h")
                + " group by h.village_id", period)) {
            out.put(id(r[0]), ((Number) r[1]).intValue());
        }
        return out;
    }

    /** The legal basis of each reorganisation (the lineage steps carry none). */
    public Map<Long, String> reorganisationBases() {
        Map<Long, String> out = new HashMap<>();
        for (Object[] r : session.createNativeQuery("select id, legal_basis from reorganisation", Object[].class)
                .getResultList()) {
            out.put(id(r[0]), (String) r[1]);
        }
        return out;
    }

    private List<Object[]> rows(String sql, DateRange period) {
        return PeriodRows.read(session, sql, period);
    }

    private static String overlaps(String alias) {
        return OVERLAPS.formatted(alias);
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** An assignment; {@code householdVillageId} and {@code householdHead} only for a household. */
    public record AssignmentFact(Long id, Long cadreId, String cadreName, Integer birthYear, Long unitId,
                                 Long householdId, Long householdVillageId, String householdHead,
                                 AssignmentRole role, LocalDate from, LocalDate to, Long decisionId) {
        /** The unit the assignment is at: the unit itself, or the household's village. */
        public Long placeId() {
            return unitId != null ? unitId : householdVillageId;
        }
    }

    public record DecisionFact(Long id, String symbol, LocalDate issuedOn, Long issuerUnitId) {
    }

    public record PositionFact(Long cadreId, PositionKind kind, Long committeeUnitId, String title, LocalDate from,
                               LocalDate to) {
        public boolean holds(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    /** An activity at a place: its unit, or else its household's village. */
    public record ActivityFact(Long id, ActivityKind kind, LocalDate heldOn, Long placeId) {
    }

    public record Participation(Long activityId, Long cadreId) {
    }

    /** The activities of a period and the participants of its work sessions. */
    public record ActivityRows(List<ActivityFact> activities, List<Participation> participants) {
    }

    public record ConcernFact(Long id, Long unitId, Long householdVillageId, Long topicId, LocalDate raisedOn,
                              LocalDate deadline) {
    }

    public record TopicFact(Long id, String nameVi, String nameEn) {
    }

    public record GroupFact(Long id, String name, Long committeeUnitId, int formedYear, LocalDate formedOn,
                            LocalDate dissolvedOn, String leaderName, int members) {
    }
}
