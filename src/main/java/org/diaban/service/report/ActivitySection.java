package org.diaban.service.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.people.CadreCategory;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.persistence.ReportRepository.ActivityFact;
import org.diaban.persistence.ReportRepository.Participation;
import org.diaban.service.report.Resolution77Report.ActivityCounts;
import org.diaban.service.report.Resolution77Report.QuarterSessions;
import org.diaban.service.report.Resolution77Report.SessionCount;
import org.diaban.service.report.Resolution77Report.TierRef;

/**
 * Activities held in the period at a unit of the scope (that day), or at a household of such a
 * village; deleted ones are already left out.
 *
 * <p>Work sessions per tier and category: a session counts once for each tier among its
 * participants, under the highest category of that tier's participants (so the categories of a
 * tier add up to its sessions, and "held by standing members" against "by the others" — the
 * article's 105 and 342 — needs no double counting). A participant stands at the highest-ranked
 * committee they sat on that day with their highest category on it. Participants with no seat that
 * day are left out of these counts; the session still counts among the work sessions.
 */
final class ActivitySection {

    private final ReportContext ctx;
    private final List<ActivityFact> inScope = new ArrayList<>();
    private final Map<Long, Integer> sessionsByCommune = new HashMap<>();

    ActivitySection(ReportContext ctx, List<ActivityFact> activities) {
        this.ctx = ctx;
        for (ActivityFact a : activities) {
            Long place = a.placeId();
            if (ctx.scope().containsOn(place, a.heldOn())) {
                inScope.add(a);
                if (a.kind() == ActivityKind.WORK_SESSION) {
                    UnitState commune = ctx.communeOf(place, a.heldOn());
                    if (commune != null) {
                        sessionsByCommune.merge(commune.unitId(), 1, Integer::sum);
                    }
                }
            }
        }
    }

    /** Work sessions at a commune, its villages or their households (the village's commune that day). */
    int sessionsAt(Long communeId) {
        return sessionsByCommune.getOrDefault(communeId, 0);
    }

    ActivityCounts counts() {
        Map<ActivityKind, Integer> n = new EnumMap<>(ActivityKind.class);
        inScope.forEach(a -> n.merge(a.kind(), 1, Integer::sum));
        return new ActivityCounts(n.getOrDefault(ActivityKind.WORK_SESSION, 0),
                n.getOrDefault(ActivityKind.CELL_MEETING, 0), n.getOrDefault(ActivityKind.DIALOGUE, 0),
                n.getOrDefault(ActivityKind.HOUSEHOLD_VISIT, 0), n.getOrDefault(ActivityKind.SURVEY, 0));
    }

    List<QuarterSessions> byQuarter() {
        List<QuarterSessions> out = new ArrayList<>();
        for (ReportPeriod q : ctx.period().quarters()) {
            int n = 0;
            for (ActivityFact a : inScope) {
                if (a.kind() == ActivityKind.WORK_SESSION && q.contains(a.heldOn())) {
                    n++;
                }
            }
            out.add(new QuarterSessions(q.year(), q.index(), n));
        }
        return out;
    }

    /** Every tier with a session has a line for each category (zeros included), top tier first. */
    List<SessionCount> sessions(List<Participation> participants, CadreRanks ranks) {
        Map<Long, ActivityFact> sessions = new HashMap<>();
        for (ActivityFact a : inScope) {
            if (a.kind() == ActivityKind.WORK_SESSION) {
                sessions.put(a.id(), a);
            }
        }
        Map<Long, Map<TierRef, CadreCategory>> seen = new HashMap<>();
        for (Participation p : participants) {
            ActivityFact session = sessions.get(p.activityId());
            if (session == null) {
                continue;
            }
            CadreRanks.Rank rank = ranks.onDay(p.cadreId(), session.heldOn());
            if (rank != null && rank.committee() != null) {
                seen.computeIfAbsent(p.activityId(), k -> new HashMap<>()).merge(ctx.tier(rank.committee()),
                        rank.category(), (a, b) -> a.outranks(b) ? a : b);
            }
        }
        Map<TierRef, int[]> counts = new TreeMap<>(Comparator.comparingInt(TierRef::rank).thenComparing(TierRef::code));
        for (Map<TierRef, CadreCategory> highest : seen.values()) {
            highest.forEach((tier, category) -> counts.computeIfAbsent(tier,
                    t -> new int[CadreCategory.values().length])[category.ordinal()]++);
        }
        List<SessionCount> out = new ArrayList<>();
        counts.forEach((tier, n) -> {
            for (CadreCategory c : CadreCategory.values()) {
                out.add(new SessionCount(tier, c, n[c.ordinal()]));
            }
        });
        return out;
    }
}
