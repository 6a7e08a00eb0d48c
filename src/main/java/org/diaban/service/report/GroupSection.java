package org.diaban.service.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.text.VietnameseCollation;
import org.diaban.persistence.ReportRepository.GroupFact;
import org.diaban.service.report.Resolution77Report.WorkingGroupFigures;
import org.diaban.service.report.Resolution77Report.WorkingGroupRow;

/**
 * Working groups of the committees in scope. A group was formed on its date, or on 1 January of
 * its year when only the year is known. Listed: those formed in the period, and those formed
 * before it and not dissolved before it began. Ordered by committee (tier, then name), day formed
 * and name; the communes in a group's care by name, as they stood at the period's end.
 */
final class GroupSection {

    private GroupSection() {
    }

    static WorkingGroupFigures figures(ReportContext ctx, List<GroupFact> groups, Map<Long, List<Long>> units) {
        LocalDate start = ctx.period().from();
        int formed = 0;
        record Keyed(WorkingGroupRow row, int tierRank) {
        }
        List<Keyed> rows = new ArrayList<>();
        for (GroupFact g : groups) {
            if (!ctx.scope().contains(g.committeeUnitId())) {
                continue;
            }
            LocalDate formedOn = g.formedOn() != null ? g.formedOn() : LocalDate.of(g.formedYear(), 1, 1);
            boolean inPeriod = ctx.period().contains(formedOn);
            boolean stillActive = formedOn.isBefore(start) && (g.dissolvedOn() == null || !g.dissolvedOn().isBefore(start));
            if (inPeriod) {
                formed++;
            }
            if (!inPeriod && !stillActive) {
                continue;
            }
            UnitState committee = ctx.scope().lastState(g.committeeUnitId());
            List<String> communes = new ArrayList<>();
            for (Long u : units.getOrDefault(g.id(), List.of())) {
                UnitState s = ctx.history().onOrNearest(u, ctx.period().to());
                if (s != null) {
                    communes.add(s.name());
                }
            }
            communes.sort(VietnameseCollation.text());
            rows.add(new Keyed(new WorkingGroupRow(g.name(), committee.committeeOrUnitName(),
                    g.formedYear(), g.formedOn(), g.leaderName(), g.members(), List.copyOf(communes), inPeriod,
                    g.dissolvedOn()), committee.tierRank()));
        }
        rows.sort(Comparator.comparingInt(Keyed::tierRank)
                .thenComparing(k -> k.row().committeeName(), VietnameseCollation.text())
                .thenComparing(k -> k.row().formedOn() != null ? k.row().formedOn()
                        : LocalDate.of(k.row().formedYear(), 1, 1))
                .thenComparing(k -> k.row().name(), VietnameseCollation.text()));
        return new WorkingGroupFigures(formed, rows.stream().map(Keyed::row).toList());
    }
}
