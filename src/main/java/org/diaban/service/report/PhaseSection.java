package org.diaban.service.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.ReorganisationStep;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.service.report.Resolution77Report.HierarchyPhase;
import org.diaban.service.report.Resolution77Report.TierRef;

/**
 * The stretches of the period over which the tree under the scope kept one shape: a new one
 * starts on each day inside the period (after its first) on which a reorganisation touched a
 * unit of the scope. Each carries the tiers below the scope then, the commune-level units and
 * villages on its first day, and the legal bases of the reorganisations that started it. The
 * stretches cover the days the scope unit existed within the period (a district's 2025 report
 * ends on 30/6/2025).
 */
final class PhaseSection {

    private PhaseSection() {
    }

    static List<HierarchyPhase> phases(ReportContext ctx, List<ReorganisationStep> steps, Map<Long, String> bases) {
        DateRange span = ctx.scope().span(ctx.period());
        TreeMap<LocalDate, Set<String>> starts = new TreeMap<>();
        for (ReorganisationStep step : steps) {
            LocalDate day = step.effectiveOn();
            if (!day.isAfter(span.from()) || day.isAfter(span.to())) {
                continue;
            }
            boolean touches = step.predecessors().stream().anyMatch(ctx.scope()::contains)
                    || step.successors().stream().anyMatch(ctx.scope()::contains);
            if (touches) {
                Set<String> basis = starts.computeIfAbsent(day, k -> new LinkedHashSet<>());
                String text = bases.get(step.id());
                if (text != null && !text.isBlank()) {
                    basis.add(text.strip());
                }
            }
        }
        List<HierarchyPhase> out = new ArrayList<>();
        LocalDate from = span.from();
        String basis = null;
        for (Map.Entry<LocalDate, Set<String>> e : starts.entrySet()) {
            out.add(phase(ctx, from, e.getKey().minusDays(1), basis));
            from = e.getKey();
            basis = e.getValue().isEmpty() ? null : String.join("; ", e.getValue());
        }
        out.add(phase(ctx, from, span.to(), basis));
        return out;
    }

    private static HierarchyPhase phase(ReportContext ctx, LocalDate from, LocalDate to, String basis) {
        HierarchySnapshot snapshot = ctx.scope().snapshotOn(from);
        Map<String, TierRef> tiers = new TreeMap<>();
        int communes = 0;
        int villages = 0;
        for (UnitState top : ctx.scope().tops(snapshot)) {
            for (UnitState s : snapshot.subtree(top.unitId())) {
                communes += s.isCommuneTier() ? 1 : 0;
                villages += ReportContext.isVillage(s) ? 1 : 0;
                if (s != top) {
                    tiers.putIfAbsent(s.tierCode(), ctx.tier(s));
                }
            }
        }
        List<TierRef> below = new ArrayList<>(tiers.values());
        below.sort(Comparator.comparingInt(TierRef::rank));
        return new HierarchyPhase(from, to, List.copyOf(below), communes, villages, basis);
    }
}
