package org.diaban.service.report;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.text.VietnameseCollation;
import org.diaban.service.report.Resolution77Report.CommuneRow;

/**
 * One row per commune-level unit of the scope during the period, with the days it was in it:
 * after a merge both the old and the new communes appear. Villages and households are those
 * under it on its last day in the period; sessions and concerns count where the place belonged
 * on the day they happened. Ordered by parent, then name.
 */
final class CommuneSection {

    private CommuneSection() {
    }

    static List<CommuneRow> rows(ReportContext ctx, AssignmentSection assignments, ActivitySection activities,
                                 ConcernSection concerns, Map<Long, Integer> householdsByVillage) {
        Map<Long, Map<Long, AssignmentRole>> inCharge = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (AssignmentSection.Placed p : assignments.placed()) {
            if (p.fact().unitId() != null) {
                inCharge.computeIfAbsent(p.fact().unitId(), k -> new LinkedHashMap<>())
                        .merge(p.fact().cadreId(), p.fact().role(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
                names.put(p.fact().cadreId(), p.fact().cadreName());
            }
        }
        Map<Long, Integer> coveredHouseholdsByVillage = new LinkedHashMap<>();
        assignments.coveredHouseholds().values().forEach(v -> coveredHouseholdsByVillage.merge(v, 1, Integer::sum));
        Comparator<String> byName = VietnameseCollation.personName();
        List<CommuneRow> rows = new ArrayList<>();
        for (Long id : assignments.communes()) {
            LocalDate last = ctx.scope().lastDay(id);
            UnitState commune = ctx.scope().lastState(id);
            UnitState parent = commune.parentId() == null ? null : ctx.history().onOrNearest(commune.parentId(), last);
            int villages = 0;
            int villagesCovered = 0;
            int households = 0;
            int householdsCovered = 0;
            for (UnitState v : ctx.scope().snapshotOn(last).children(id)) {
                if (ReportContext.isVillage(v)) {
                    villages++;
                    villagesCovered += assignments.covered(v.unitId()) ? 1 : 0;
                    households += householdsByVillage.getOrDefault(v.unitId(), 0);
                    householdsCovered += coveredHouseholdsByVillage.getOrDefault(v.unitId(), 0);
                }
            }
            Map<Long, AssignmentRole> here = inCharge.getOrDefault(id, Map.of());
            List<String> people = here.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<Long, AssignmentRole> e) -> e.getValue())
                            .thenComparing(e -> names.get(e.getKey()), byName))
                    .map(e -> names.get(e.getKey())).distinct().toList();
            int[] raised = concerns.atCommune(id);
            rows.add(new CommuneRow(id, commune.fullName(), parent == null ? null : parent.fullName(),
                    ctx.scope().firstDay(id), last, villages, villagesCovered, households, householdsCovered, people,
                    assignments.issuedOwnDecision(id), activities.sessionsAt(id), raised[0], raised[1]));
        }
        Collator collator = VietnameseCollation.collator();
        rows.sort(Comparator.comparing(CommuneRow::parentName, Comparator.nullsFirst(collator::compare))
                .thenComparing(CommuneRow::name, collator::compare)
                .thenComparing(CommuneRow::from));
        return rows;
    }
}
