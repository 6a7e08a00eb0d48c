package org.diaban.reporting.narrative;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.diaban.domain.activity.ConcernStatus;
import org.diaban.domain.people.CadreCategory;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.Resolution77Report.ComplianceFigures;
import org.diaban.service.report.Resolution77Report.TierAssignment;
import org.diaban.service.report.Resolution77Report.TierCompliance;
import org.diaban.service.report.Resolution77Report.TierRef;

/**
 * Figures derived from the report that several sections of the draft speak of (the results and
 * then the assessment), worked out in one place so that both say the same.
 */
final class Figures {

    private final Resolution77Report report;

    Figures(Resolution77Report report) {
        this.report = report;
    }

    Resolution77Report report() {
        return report;
    }

    TierRef scopeTier() {
        return report.scope().tier();
    }

    /** "Huyện ủy Hữu Lũng": the issuing committee. */
    String committee() {
        String name = report.scope().committeeName();
        return name == null || name.isBlank() ? report.scope().name() : name;
    }

    static boolean sameTier(TierRef a, TierRef b) {
        return a != null && b != null && a.code().equals(b.code());
    }

    boolean below(TierRef tier) {
        return tier != null && scopeTier() != null && tier.rank() > scopeTier().rank();
    }

    /** Cadres assigned by the scope's own committee(s). */
    Optional<TierAssignment> scopeAssignment() {
        return report.assigned().stream().filter(a -> sameTier(a.tier(), scopeTier())).findFirst();
    }

    /** Cadres assigned by the committees below the scope, top down. */
    List<TierAssignment> lowerAssignments() {
        return report.assigned().stream().filter(a -> below(a.tier()))
                .sorted(Comparator.comparingInt(a -> a.tier().rank())).toList();
    }

    int sessions(TierRef tier, CadreCategory category) {
        return report.sessions().stream()
                .filter(s -> sameTier(s.tier(), tier) && s.category() == category)
                .mapToInt(s -> s.sessions()).sum();
    }

    int concerns(ConcernStatus... statuses) {
        List<ConcernStatus> wanted = List.of(statuses);
        return report.concerns().byStatus().stream().filter(s -> wanted.contains(s.status()))
                .mapToInt(s -> s.count()).sum();
    }

    int resolvedConcerns() {
        return concerns(ConcernStatus.RESOLVED, ConcernStatus.CLOSED);
    }

    int openConcerns() {
        return report.concerns().byStatus().stream().filter(s -> s.status().isOpen()).mapToInt(s -> s.count()).sum();
    }

    static int behind(ComplianceFigures year) {
        return year.tiers().stream().mapToInt(TierCompliance::behind).sum();
    }

    static int judged(ComplianceFigures year) {
        return year.tiers().stream().filter(t -> t.norm() != null)
                .mapToInt(t -> t.met() + t.onTrack() + t.behind()).sum();
    }

    int uncoveredCommunes() {
        return report.coverage().communes() - report.coverage().communesCovered();
    }

    int uncoveredVillages() {
        return report.coverage().villages() - report.coverage().villagesCovered();
    }

    /** Commune committees that have not issued their own assignment decision. */
    int communesWithoutDecision() {
        return report.decisions().communes() - report.decisions().communesIssuing();
    }
}
