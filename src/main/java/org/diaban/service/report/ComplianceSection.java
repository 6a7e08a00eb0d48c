package org.diaban.service.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.diaban.domain.compliance.Standing;
import org.diaban.domain.hierarchy.Tier;
import org.diaban.service.compliance.ComplianceReport;
import org.diaban.service.compliance.ComplianceRow;
import org.diaban.service.report.Resolution77Report.BelowNorm;
import org.diaban.service.report.Resolution77Report.ComplianceFigures;
import org.diaban.service.report.Resolution77Report.TierCompliance;
import org.diaban.service.report.Resolution77Report.TierRef;

/**
 * Regulation 1764 figures of one calendar year, from the compliance list judged on the period's
 * last day in that year: per tier the norm, the members a norm bound and how they stand, and the
 * names behind it (in the list's order: by need, then name).
 */
final class ComplianceSection {

    private ComplianceSection() {
    }

    /**
     * The day a year of the period is judged on: the report's judging day ({@code asOf}: the
     * period's last day, not after today) brought into the year.
     */
    static LocalDate judgingDay(int year, LocalDate asOf) {
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate day = asOf.isBefore(last) ? asOf : last;
        return day.isBefore(first) ? first : day;
    }

    static ComplianceFigures figures(ComplianceReport report, Map<String, Tier> tiers) {
        Map<TierRef, int[]> byTier = new TreeMap<>(Comparator.comparingInt(TierRef::rank).thenComparing(TierRef::code));
        Map<TierRef, Integer> norms = new java.util.HashMap<>();
        List<BelowNorm> below = new ArrayList<>();
        for (ComplianceRow r : report.rows()) {
            TierRef tier = tierOf(r, tiers);
            // [members judged, met, on track, behind]
            int[] n = byTier.computeIfAbsent(tier, k -> new int[4]);
            if (r.normPerYear() != null) {
                norms.merge(tier, r.normPerYear(), Math::max);
            }
            if (!r.standing().isJudged()) {
                continue;
            }
            n[0]++;
            switch (r.standing()) {
                case MET -> n[1]++;
                case ON_TRACK -> n[2]++;
                default -> n[3]++;
            }
            if (r.standing() == Standing.BEHIND) {
                below.add(new BelowNorm(r.name(), r.birthYear(), r.committeeName(), tier, r.attended(),
                        r.required() == null ? 0 : r.required(), r.standing()));
            }
        }
        List<TierCompliance> out = new ArrayList<>();
        byTier.forEach((tier, n) -> out.add(new TierCompliance(tier, norms.get(tier), n[0], n[1], n[2], n[3])));
        return new ComplianceFigures(report.year(), report.asOf(), report.policy().name(), List.copyOf(out),
                List.copyOf(below));
    }

    private static TierRef tierOf(ComplianceRow r, Map<String, Tier> tiers) {
        Tier t = tiers.get(r.tierCode());
        return t == null ? new TierRef(r.tierCode(), Integer.MAX_VALUE, r.tierNameVi(), r.tierNameEn())
                : TierRef.of(t);
    }
}
