package org.diaban.service.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.diaban.domain.activity.ConcernStatus;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.hierarchy.Tier;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.domain.text.VietnameseCollation;
import org.diaban.i18n.I18n;
import org.diaban.persistence.Database;
import org.diaban.persistence.ReportRepository;
import org.diaban.service.common.Clock;
import org.diaban.service.common.ReferenceData;
import org.diaban.service.compliance.ComplianceService;
import org.diaban.service.hierarchy.HierarchyQueries;
import org.diaban.service.report.Resolution77Report.Scope;

/**
 * The Resolution 77 progress report's figures for a period and a scope, with the hierarchy,
 * positions and norms as they stood in that period. A handful of flat queries, then counting in
 * memory; each section's definitions are in its class ({@link AssignmentSection},
 * {@link ActivitySection}, {@link ConcernSection}, {@link GroupSection}, {@link ComplianceSection},
 * {@link CommuneSection}, {@link PhaseSection}).
 *
 * <p>The scope is the subtree of the chosen unit on every day of the period (see
 * {@link ScopeUnits}); a unit counts for the days it was in it. Villages are territorial
 * village-level units (a school's party cell is not a village). Open items (concerns) are judged
 * on the period's last day, or today if the period has not ended. The assignments come first,
 * and the annex made from them can be handed over before the rest (see {@link AnnexPart}); the
 * reads that need nothing from each other (households per village, activities, compliance,
 * concerns) then run side by side (see {@link ParallelReads}).
 */
public final class ReportService {

    static final String STEP_HIERARCHY = "report.step.hierarchy";
    static final String STEP_ASSIGNMENTS = "report.step.assignments";
    static final String STEP_ACTIVITIES = "report.step.activities";
    static final String STEP_GROUPS = "report.step.groups";
    static final String STEP_COMPLIANCE = "report.step.compliance";
    static final String STEP_CONCERNS = "report.step.concerns";
    static final String STEP_COMMUNES = "report.step.communes";
    private static final int STEPS = 7;

    private final Database db;
    private final ReferenceData reference;
    private final HierarchyQueries hierarchy;
    private final ComplianceService compliance;
    private final Clock clock;
    private final I18n vietnamese;
    private final I18n english;

    /**
     * @param vietnamese texts written into the figures (a household's name, the row of concerns
     *                   without a topic), as the stored names are Vietnamese
     * @param english    the English name of that row, for the English writers
     */
    public ReportService(Database db, ReferenceData reference, HierarchyQueries hierarchy, ComplianceService compliance,
                         Clock clock, I18n vietnamese, I18n english) {
        this.db = db;
        this.reference = reference;
        this.hierarchy = hierarchy;
        this.compliance = compliance;
        this.clock = clock;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /**
     * The units a report can be made for in the period: the province, the units of the levels
     * below it down to the communes (not villages), each as it stood on its last day in the
     * period, including those that existed for only part of it. Tree order, siblings by tier then bare
     * name in Vietnamese order; depth 0 at the top.
     */
    public List<ScopeChoice> scopes(ReportPeriod period) {
        ReportContext ctx = context(period, null);
        Map<Long, List<UnitState>> children = new HashMap<>();
        List<UnitState> tops = new ArrayList<>();
        for (Long id : ctx.scope().ids()) {
            UnitState s = ctx.scope().lastState(id);
            if (s.isVillageTier()) {
                continue;
            }
            if (s.parentId() != null && ctx.scope().contains(s.parentId())) {
                children.computeIfAbsent(s.parentId(), k -> new ArrayList<>()).add(s);
            } else {
                tops.add(s);
            }
        }
        Comparator<UnitState> order = Comparator.comparingInt(UnitState::tierRank)
                .thenComparing(VietnameseCollation.comparing(UnitState::name))
                .thenComparing(UnitState::externalKey);
        List<ScopeChoice> out = new ArrayList<>();
        tops.sort(order);
        for (UnitState top : tops) {
            addTree(top, 0, children, order, ctx, out);
        }
        return out;
    }

    private void addTree(UnitState unit, int depth, Map<Long, List<UnitState>> children, Comparator<UnitState> order,
                         ReportContext ctx, List<ScopeChoice> out) {
        out.add(new ScopeChoice(unit.externalKey(), unit.fullName(), ctx.tier(unit), depth));
        List<UnitState> kids = new ArrayList<>(children.getOrDefault(unit.unitId(), List.of()));
        kids.sort(order);
        for (UnitState k : kids) {
            addTree(k, depth + 1, children, order, ctx, out);
        }
    }

    /**
     * Computes every figure of the report. Progress is reported per step and cancelling is
     * checked between steps.
     *
     * @throws DomainException             the scope's key is unknown, or the unit did not exist
     *                                     during the period (the message names its lifetime and
     *                                     successors)
     * @throws ReportCancelledException    the control asked to stop
     */
    public Resolution77Report compute(ReportRequest request, ReportControl control) {
        return compute(request, control, annex -> { });
    }

    /**
     * Computes every figure of the report as {@link #compute(ReportRequest, ReportControl)} does,
     * handing the annex to {@code annexReady} (on this thread) as soon as it is known, before the
     * other figures are counted.
     */
    public Resolution77Report compute(ReportRequest request, ReportControl control, Consumer<AnnexPart> annexReady) {
        ReportPeriod period = request.period();
        control.progress(0, STEPS, STEP_HIERARCHY);
        Long scopeId = request.scopeKey() == null ? null : scopeId(request.scopeKey(), period);
        ReportContext ctx = context(period, scopeId);
        if (scopeId != null && !ctx.scope().contains(scopeId)) {
            throw notInPeriod(request.scopeKey(), period);
        }
        if (ctx.scope().isEmpty()) {
            throw new DomainException("report.error.emptyHierarchy", period.from(), period.to());
        }
        Scope scope = scope(ctx, scopeId);
        try (ParallelReads reads = new ParallelReads()) {
            return compute(ctx, scope, scopeId, reads, control, annexReady);
        }
    }

    /**
     * The figures. The assignments are read and the annex made from them first and alone: a writer
     * puts the annex, by far the longest part, on paper while the rest is counted, so the sooner
     * it has it the sooner the workbook is done. Then the reads that need nothing from each other
     * run side by side while the assignments are counted.
     */
    private Resolution77Report compute(ReportContext ctx, Scope scope, Long scopeId, ParallelReads reads,
                                       ReportControl control, Consumer<AnnexPart> annexReady) {
        ReportPeriod period = ctx.period();
        record AssignmentData(List<ReportRepository.AssignmentFact> assignments,
                              List<ReportRepository.DecisionFact> decisions,
                              List<ReportRepository.PositionFact> positions) {
        }
        AssignmentData ad = db.read(s -> new AssignmentData(s.reports().assignments(period.range()),
                s.reports().assignmentDecisions(), s.reports().positions(period.range())));
        step(control, 1, STEP_ASSIGNMENTS);
        CadreRanks ranks = new CadreRanks(ad.positions(), ctx.history());
        AssignmentSection assignments = new AssignmentSection(ctx, ad.assignments(), ad.decisions(), ranks);
        var annex = assignments.annex(vietnamese.formatter("report.unit.household")::apply);
        annexReady.accept(new AnnexPart(period, scope, annex));

        record ConcernData(List<ReportRepository.ConcernFact> concerns, Map<Long, ConcernStatus> statuses,
                           List<ReportRepository.TopicFact> topics) {
        }
        var householdRead = reads.start(() -> db.read(s -> s.reports().householdsByVillage(period.range())));
        var activityRead = reads.start(() -> db.read(s -> s.reports().activities(period.range())));
        var complianceRead = reads.start(() -> period.years().stream()
                .map(year -> compliance.report(year, scopeId, ComplianceSection.judgingDay(year, ctx.asOf())))
                .toList());
        var concernRead = reads.start(() -> db.read(s -> new ConcernData(s.reports().concerns(period.range()),
                s.reports().concernStatusesOn(period.range(), ctx.asOf()), s.reports().topics())));
        var phases = PhaseSection.phases(ctx, hierarchy.reorganisations(),
                db.read(s -> s.reports().reorganisationBases()));
        var assigned = assignments.assigned();
        Map<Long, Integer> households = ParallelReads.await(householdRead);
        var coverage = assignments.coverage(households);
        var decisions = assignments.decisions();
        step(control, 2, STEP_ACTIVITIES);

        ReportRepository.ActivityRows activityRows = ParallelReads.await(activityRead);
        ActivitySection activities = new ActivitySection(ctx, activityRows.activities());
        var sessions = activities.sessions(activityRows.participants(), ranks);
        step(control, 3, STEP_GROUPS);

        var groups = db.read(s -> GroupSection.figures(ctx, s.reports().workingGroups(period.range()),
                s.reports().workingGroupUnits()));
        step(control, 4, STEP_COMPLIANCE);

        List<Resolution77Report.ComplianceFigures> complianceFigures = ParallelReads.await(complianceRead).stream()
                .map(r -> ComplianceSection.figures(r, ctx.tiers())).toList();
        step(control, 5, STEP_CONCERNS);

        ConcernData cd = ParallelReads.await(concernRead);
        ConcernSection concerns = new ConcernSection(ctx, cd.concerns(), cd.statuses());
        var concernFigures = concerns.figures(cd.topics(), vietnamese.get("report.topic.none"),
                english.get("report.topic.none"));
        step(control, 6, STEP_COMMUNES);

        var communes = CommuneSection.rows(ctx, assignments, activities, concerns, households);
        control.progress(STEPS, STEPS, STEP_COMMUNES);
        return new Resolution77Report(period, scope, clock.today(), phases, assigned, coverage, decisions, sessions,
                activities.byQuarter(), activities.counts(), groups, complianceFigures, concernFigures,
                List.copyOf(communes), annex);
    }

    private static void step(ReportControl control, int done, String key) {
        control.checkCancelled();
        control.progress(done, STEPS, key);
    }

    private ReportContext context(ReportPeriod period, Long scopeId) {
        UnitHistory history = new UnitHistory(hierarchy.allStates());
        LocalDate today = clock.today();
        Map<String, Tier> tiers = reference.tiers().stream().collect(Collectors.toMap(Tier::code, t -> t));
        return new ReportContext(period, new ScopeUnits(history, scopeId, period), history, tiers,
                today.isBefore(period.to()) ? today : period.to());
    }

    /** The unit with this key, any time. */
    private Long scopeId(String key, ReportPeriod period) {
        return hierarchy.latestByKey(key).map(UnitState::unitId)
                .orElseThrow(() -> new DomainException("report.error.unknownScope", key));
    }

    /**
     * The unit did not exist during the period: a message with its lifetime and, when it was
     * reorganised away before the period, the units that took its place.
     */
    private DomainException notInPeriod(String key, ReportPeriod period) {
        UnitState latest = hierarchy.latestByKey(key).orElseThrow();
        var lifetime = latest.lifetime();
        Object from = lifetime.from() == null ? "…" : lifetime.from();
        Object to = lifetime.to() == null ? "…" : lifetime.to();
        if (lifetime.to() != null && lifetime.to().isBefore(period.from())) {
            List<UnitState> successors = hierarchy.successorsOn(key, period.from()).stream()
                    .filter(s -> !s.unitId().equals(latest.unitId())).toList();
            if (!successors.isEmpty()) {
                String names = successors.stream().map(s -> s.fullName() + " (" + s.externalKey() + ")")
                        .collect(Collectors.joining(", "));
                return new DomainException("report.error.scopeReplaced", latest.fullName(), from, to, names);
            }
        }
        return new DomainException("report.error.scopeNotInPeriod", latest.fullName(), from, to, period.from(),
                period.to());
    }

    private Scope scope(ReportContext ctx, Long scopeId) {
        Long id = scopeId;
        if (id == null) {
            id = ctx.scope().tops(ctx.scope().snapshotOn(ctx.period().to())).stream()
                    .min(Comparator.comparingInt(UnitState::tierRank))
                    .or(() -> ctx.scope().ids().stream().map(ctx.scope()::lastState)
                            .min(Comparator.comparingInt(UnitState::tierRank)))
                    .map(UnitState::unitId).orElseThrow();
        }
        UnitState unit = ctx.scope().lastState(id);
        LocalDate last = ctx.scope().lastDay(id);
        UnitState parent = unit.parentId() == null ? null : ctx.history().on(unit.parentId(), last);
        String parentBody = parent != null && parent.partyOrgName() != null ? parent.partyOrgName()
                : unit.partyOrgName();
        return new Scope(unit.unitId(), unit.externalKey(), unit.fullName(), unit.name(), ctx.tier(unit),
                unit.committeeOrUnitName(), unit.committeeCode(), parentBody);
    }
}
