package org.diaban.service.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.people.CadreCategory;
import org.diaban.persistence.ReportRepository.PositionFact;

/**
 * Where a cadre stood on the committees during the report's period: the Resolution 77 category
 * (BTV, BCH, LĐQL) on a committee, and the highest-ranked committee they sat on on a day.
 */
final class CadreRanks {

    /** A cadre's place: the committee, its tier rank then, the category on it and the title as written. */
    record Rank(Long committeeId, UnitState committee, CadreCategory category, String title) {
    }

    private final UnitHistory history;
    private final Map<Long, List<PositionFact>> byCadre = new HashMap<>();

    /** @param positions every position overlapping the period */
    CadreRanks(List<PositionFact> positions, UnitHistory history) {
        this.history = history;
        for (PositionFact p : positions) {
            byCadre.computeIfAbsent(p.cadreId(), k -> new ArrayList<>()).add(p);
        }
    }

    /**
     * The highest-ranked committee the cadre sat on that day (the province above the district),
     * with the highest category on it; null when the cadre held no position that day.
     */
    Rank onDay(Long cadreId, LocalDate day) {
        Rank best = null;
        int bestRank = Integer.MAX_VALUE;
        for (PositionFact p : byCadre.getOrDefault(cadreId, List.of())) {
            if (!p.holds(day)) {
                continue;
            }
            UnitState committee = history.onOrNearest(p.committeeUnitId(), day);
            int rank = committee == null ? Integer.MAX_VALUE - 1 : committee.tierRank();
            CadreCategory category = p.kind().category();
            if (best == null || rank < bestRank
                    || rank == bestRank && category.outranks(best.category())) {
                best = new Rank(p.committeeUnitId(), committee, category, p.title());
                bestRank = rank;
            }
        }
        return best;
    }

    /**
     * The cadre's highest category among the period's positions on that committee; when none,
     * the highest on any committee; when none either, a leader/manager (LĐQL) with no title.
     */
    Rank onCommittee(Long cadreId, Long committeeId) {
        Rank onIt = highest(cadreId, committeeId);
        if (onIt != null) {
            return onIt;
        }
        Rank anywhere = highest(cadreId, null);
        return anywhere != null ? anywhere : new Rank(committeeId, null, CadreCategory.LDQL, null);
    }

    /**
     * The highest-ranked committee the cadre sat on at any time in the period (for an
     * assignment that names no decision and a cadre without a seat on its first day).
     */
    Rank anyTime(Long cadreId, LocalDate day) {
        Rank best = null;
        for (PositionFact p : byCadre.getOrDefault(cadreId, List.of())) {
            UnitState committee = history.onOrNearest(p.committeeUnitId(), day);
            if (committee != null && (best == null || committee.tierRank() < best.committee().tierRank())) {
                best = new Rank(p.committeeUnitId(), committee, p.kind().category(), p.title());
            }
        }
        return best;
    }

    private Rank highest(Long cadreId, Long committeeId) {
        PositionFact best = null;
        for (PositionFact p : byCadre.getOrDefault(cadreId, List.of())) {
            if (committeeId != null && !committeeId.equals(p.committeeUnitId())) {
                continue;
            }
            if (best == null || p.kind().category().outranks(best.kind().category())
                    || p.kind().category() == best.kind().category() && startsLater(p, best)) {
                best = p;
            }
        }
        return best == null ? null : new Rank(best.committeeUnitId(), null, best.kind().category(), best.title());
    }

    /** The later seat's title is the one the cadre held most recently. */
    private static boolean startsLater(PositionFact a, PositionFact b) {
        return a.from() != null && (b.from() == null || a.from().isAfter(b.from()));
    }
}
