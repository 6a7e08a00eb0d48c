package org.diaban.service.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diaban.domain.activity.ConcernStatus;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.compliance.Standing;
import org.diaban.domain.hierarchy.Tier;
import org.diaban.domain.people.CadreCategory;
import org.diaban.domain.report.ReportPeriod;

/**
 * The figures of one Resolution 77 progress report, computed from the database for a period and
 * a scope with the hierarchy, positions and norms as they stood in that period. Plain data: the
 * workbook, the narrative, the preview and the dashboard are all written from it. Names are as
 * stored (Vietnamese); categories, roles and statuses stay codes for the writers to word.
 *
 * @param scope          the unit reported on (the whole province when none was chosen)
 * @param computedOn     the day the figures were computed (open items are judged on the
 *                       period's last day, or on this day when the period has not ended)
 * @param phases         the stretches of the period over which the hierarchy within the scope
 *                       did not change; more than one when a reorganisation falls inside it
 * @param assigned       cadres assigned, per tier of the committee that assigned them
 * @param coverage       units of the scope with someone assigned during the period
 * @param decisions      assignment decisions: the communes that issued their own, and the list
 * @param sessions       work sessions held, per tier and category of the cadres present
 * @param sessionsByQuarter work sessions per calendar quarter of the period (for the chart)
 * @param activities     all activities of the period by kind
 * @param workingGroups  working groups formed in (or active during) the period
 * @param compliance     chi-bộ attendance against the 1764 norm, one entry per calendar year
 * @param concerns       residents' concerns received in the period and where they stand
 * @param communes       the breakdown by commune-level unit (all phases' communes)
 * @param annex          every assignment in force during the period
 */
public record Resolution77Report(
        ReportPeriod period,
        Scope scope,
        LocalDate computedOn,
        List<HierarchyPhase> phases,
        List<TierAssignment> assigned,
        Coverage coverage,
        DecisionFigures decisions,
        List<SessionCount> sessions,
        List<QuarterSessions> sessionsByQuarter,
        ActivityCounts activities,
        WorkingGroupFigures workingGroups,
        List<ComplianceFigures> compliance,
        ConcernFigures concerns,
        List<CommuneRow> communes,
        List<AssignmentRow> annex) {

    /** A tier as data (tiers come from the database; the district tier ended on 1/7/2025). */
    public record TierRef(String code, int rank, String nameVi, String nameEn) {

        /** The reference to a stored tier. */
        static TierRef of(Tier tier) {
            return new TierRef(tier.code(), tier.rank(), tier.nameVi(), tier.nameEn());
        }

        /** Standing alone in a cell, a list or a chart: "Cấp huyện" (its code if it has no name). */
        public String title(boolean english) {
            String name = name(english);
            return name.isEmpty() ? code : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }

        /** Inside a sentence: "Do cấp ủy cấp huyện phân công" (its code if it has no name). */
        public String inSentence(boolean english) {
            String name = name(english);
            return name.isEmpty() ? code : Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }

        private String name(boolean english) {
            String name = english ? nameEn : nameVi;
            return name == null ? "" : name.strip();
        }
    }

    /**
     * The unit reported on as it stood at the end of the period (or its last day in it).
     *
     * @param name           "huyện Hữu Lũng" style full name
     * @param placeName      the bare name for the place-date line ("Hữu Lũng")
     * @param committeeName  its committee ("Huyện ủy Hữu Lũng"); the issuer of the report
     * @param committeeCode  the committee's code for the number ("HU")
     * @param parentBodyName the party organisation above the issuer ("Đảng bộ tỉnh Lạng Sơn"),
     *                       or the issuer's own party organisation at the top of the tree
     */
    public record Scope(Long unitId, String key, String name, String placeName, TierRef tier,
                        String committeeName, String committeeCode, String parentBodyName) {
    }

    /**
     * One stretch of the period with one shape of the hierarchy.
     *
     * @param tiers        the tiers below the scope in that stretch, top down
     * @param changeBasis  the legal basis of the reorganisation that starts the stretch, or null
     *                     for the first stretch
     */
    public record HierarchyPhase(LocalDate from, LocalDate to, List<TierRef> tiers, int communes, int villages,
                                 String changeBasis) {
    }

    /**
     * Distinct cadres with an assignment in force during the period, assigned by committees of
     * one tier, by their category on that committee; and the units they took.
     */
    public record TierAssignment(TierRef tier, int btv, int bch, int leaders, int communes, int villages,
                                 int households) {
        public int total() {
            return btv + bch + leaders;
        }
    }

    /** Units of the scope (any time in the period) with at least one assignment in force in it. */
    public record Coverage(int communes, int communesCovered, int villages, int villagesCovered, int households,
                           int householdsCovered) {
    }

    /**
     * @param communesIssuing          commune-level committees of the scope with an assignment
     *                                 decision in force during the period (24 of 24)
     * @param communes                 commune-level committees of the scope
     * @param cadresInCommuneDecisions distinct cadres assigned by those decisions (448)
     * @param decisions                the assignment decisions in force during the period
     */
    public record DecisionFigures(int communesIssuing, int communes, int cadresInCommuneDecisions,
                                  List<DecisionRow> decisions) {
    }

    public record DecisionRow(String symbol, LocalDate issuedOn, String issuerName, TierRef issuerTier, int cadres,
                              int units, int households) {
    }

    /**
     * Work sessions in the period with cadres of the tier present, each counted once per tier under
     * the highest category among them (a tier's categories add up to its sessions).
     */
    public record SessionCount(TierRef tier, CadreCategory category, int sessions) {
    }

    public record QuarterSessions(int year, int quarter, int sessions) {
    }

    /**
     * A tier's work sessions split as the article counts them: with a standing member of the tier
     * present, and the others (the two add up, as a session counts under its highest category).
     */
    public record TierSessions(TierRef tier, int standing, int others) {
        public int total() {
            return standing + others;
        }
    }

    /** {@link #sessions()} per tier, top tier first: "105 by standing members and 342 by the others". */
    public List<TierSessions> sessionsByTier() {
        Map<String, TierRef> tiers = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (SessionCount s : sessions) {
            tiers.putIfAbsent(s.tier().code(), s.tier());
            counts.computeIfAbsent(s.tier().code(), k -> new int[2])[s.category() == CadreCategory.BTV ? 0 : 1]
                    += s.sessions();
        }
        List<TierSessions> out = new ArrayList<>();
        counts.forEach((code, n) -> out.add(new TierSessions(tiers.get(code), n[0], n[1])));
        return out;
    }

    public record ActivityCounts(int workSessions, int cellMeetings, int dialogues, int householdVisits,
                                 int surveys) {
    }

    public record WorkingGroupFigures(int formed, List<WorkingGroupRow> groups) {
    }

    /** @param formedInPeriod whether it was formed during the period (else formed before, still active) */
    public record WorkingGroupRow(String name, String committeeName, int formedYear, LocalDate formedOn,
                                  String leaderName, int members, List<String> communeNames, boolean formedInPeriod,
                                  LocalDate dissolvedOn) {
    }

    /**
     * Regulation 1764 for one calendar year of the period, judged on {@code asOf} (the period's
     * last day in that year, or the day of computing if earlier).
     */
    public record ComplianceFigures(int year, LocalDate asOf, String policy, List<TierCompliance> tiers,
                                    List<BelowNorm> belowNorm) {
    }

    /** @param norm meetings a year required of the tier's members (null when none applied) */
    public record TierCompliance(TierRef tier, Integer norm, int members, int met, int onTrack, int behind) {
        /** Met or on track, out of the members judged. */
        public double percent() {
            int judged = met + onTrack + behind;
            return judged == 0 ? 0 : 100.0 * (met + onTrack) / judged;
        }
    }

    /** A member behind the norm (names below it). */
    public record BelowNorm(String name, Integer birthYear, String committeeName, TierRef tier, int attended,
                            int required, Standing standing) {
    }

    /**
     * Concerns raised during the period, with their status on the judging day.
     *
     * @param byStatus counts per status, in the enum's order
     * @param overdue  open concerns past their deadline on the judging day
     */
    public record ConcernFigures(int received, List<StatusCount> byStatus, int overdue, List<TopicRow> byTopic) {
    }

    public record StatusCount(ConcernStatus status, int count) {
    }

    public record TopicRow(String topicName, String topicNameEn, int received, int resolved, int inProgress,
                           int overdue) {
    }

    /**
     * One commune-level unit of the scope during the period (after a reorganisation both the old
     * and the new communes appear, each with the days it existed within the period).
     */
    public record CommuneRow(Long unitId, String name, String parentName, LocalDate from, LocalDate to, int villages,
                             int villagesCovered, int households, int householdsCovered, List<String> inCharge,
                             boolean ownDecision, int sessions, int concerns, int concernsResolved) {
    }

    /** One assignment in force during the period (the annex). */
    public record AssignmentRow(String cadreName, Integer birthYear, CadreCategory category, TierRef tier,
                                String positionTitle, String unitName, String communeName, AssignmentRole role,
                                String decisionSymbol, LocalDate from, LocalDate to) {
    }
}
