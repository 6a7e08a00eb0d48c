package org.diaban.service.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diaban.domain.activity.ConcernStatus;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.persistence.ReportRepository.ConcernFact;
import org.diaban.persistence.ReportRepository.TopicFact;
import org.diaban.service.report.Resolution77Report.ConcernFigures;
import org.diaban.service.report.Resolution77Report.StatusCount;
import org.diaban.service.report.Resolution77Report.TopicRow;

/**
 * Concerns raised during the period at a unit of the scope (that day) or a household of such a
 * village, withdrawn ones left out, each with its status on the judging day (its latest change
 * by then; NEW when none). Resolved means RESOLVED or CLOSED; in progress means still open
 * (NEW, IN_PROGRESS, ESCALATED); overdue means open with a deadline before the judging day.
 */
final class ConcernSection {

    private final ReportContext ctx;
    private final List<ConcernFact> inScope = new ArrayList<>();
    private final Map<Long, ConcernStatus> statuses;
    private final Map<Long, int[]> byCommune = new HashMap<>();

    ConcernSection(ReportContext ctx, List<ConcernFact> concerns, Map<Long, ConcernStatus> statuses) {
        this.ctx = ctx;
        this.statuses = statuses;
        for (ConcernFact c : concerns) {
            boolean here = ctx.scope().containsOn(c.unitId(), c.raisedOn())
                    || ctx.scope().containsOn(c.householdVillageId(), c.raisedOn());
            if (!here) {
                continue;
            }
            inScope.add(c);
            Long place = c.householdVillageId() != null ? c.householdVillageId() : c.unitId();
            UnitState commune = ctx.communeOf(place, c.raisedOn());
            if (commune != null) {
                int[] n = byCommune.computeIfAbsent(commune.unitId(), k -> new int[2]);
                n[0]++;
                if (isResolved(status(c))) {
                    n[1]++;
                }
            }
        }
    }

    /** Concerns raised at a commune, its villages or their households: received and resolved. */
    int[] atCommune(Long communeId) {
        return byCommune.getOrDefault(communeId, new int[2]);
    }

    /**
     * @param noTopicVi the row name for concerns without a topic, Vietnamese
     * @param noTopicEn the same in English
     */
    ConcernFigures figures(List<TopicFact> topics, String noTopicVi, String noTopicEn) {
        Map<ConcernStatus, Integer> byStatus = new EnumMap<>(ConcernStatus.class);
        Map<Long, int[]> byTopic = new LinkedHashMap<>();
        int overdue = 0;
        for (ConcernFact c : inScope) {
            ConcernStatus status = status(c);
            byStatus.merge(status, 1, Integer::sum);
            boolean late = isOverdue(c, status);
            if (late) {
                overdue++;
            }
            // [received, resolved, in progress, overdue]
            int[] n = byTopic.computeIfAbsent(c.topicId(), k -> new int[4]);
            n[0]++;
            n[1] += isResolved(status) ? 1 : 0;
            n[2] += status.isOpen() ? 1 : 0;
            n[3] += late ? 1 : 0;
        }
        List<StatusCount> statusCounts = new ArrayList<>();
        for (ConcernStatus s : ConcernStatus.values()) {
            statusCounts.add(new StatusCount(s, byStatus.getOrDefault(s, 0)));
        }
        List<TopicRow> rows = new ArrayList<>();
        for (TopicFact t : topics) {
            int[] n = byTopic.get(t.id());
            if (n != null) {
                rows.add(new TopicRow(t.nameVi(), t.nameEn(), n[0], n[1], n[2], n[3]));
            }
        }
        int[] none = byTopic.get(null);
        if (none != null) {
            rows.add(new TopicRow(noTopicVi, noTopicEn, none[0], none[1], none[2], none[3]));
        }
        return new ConcernFigures(inScope.size(), statusCounts, overdue, List.copyOf(rows));
    }

    private ConcernStatus status(ConcernFact c) {
        return statuses.getOrDefault(c.id(), ConcernStatus.NEW);
    }

    private boolean isOverdue(ConcernFact c, ConcernStatus status) {
        return status.isOpen() && c.deadline() != null && c.deadline().isBefore(ctx.asOf());
    }

    private static boolean isResolved(ConcernStatus status) {
        return status == ConcernStatus.RESOLVED || status == ConcernStatus.CLOSED;
    }
}
