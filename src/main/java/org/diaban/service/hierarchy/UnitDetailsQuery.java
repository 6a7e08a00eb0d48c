package org.diaban.service.hierarchy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diaban.domain.assignment.Assignment;
import org.diaban.domain.assignment.Decision;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.ReorganisationStep;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.people.Cadre;
import org.diaban.persistence.Database;
import org.diaban.service.hierarchy.UnitDetails.AssignmentView;
import org.diaban.service.hierarchy.UnitDetails.HouseholdView;
import org.diaban.service.hierarchy.UnitDetails.ReorganisationView;

/** Gathers everything the details panel shows about one unit on one day. */
public final class UnitDetailsQuery {

    private static final int HOUSEHOLDS_SHOWN = 500;

    private final Database db;
    private final HierarchyQueries hierarchy;

    public UnitDetailsQuery(Database db, HierarchyQueries hierarchy) {
        this.db = db;
        this.hierarchy = hierarchy;
    }

    public UnitDetails details(Long unitId, LocalDate day, NodeFigures figures) {
        UnitState state = hierarchy.stateOn(unitId, day)
                .orElseThrow(() -> new DomainException("unit.error.unknownId", unitId));
        HierarchySnapshot snapshot = hierarchy.snapshotOn(day);
        List<UnitState> path = new ArrayList<>(snapshot.pathToRoot(unitId));
        if (!path.isEmpty()) {
            path.remove(0);
        }
        java.util.Collections.reverse(path);

        List<ReorganisationView> events = new ArrayList<>();
        for (ReorganisationStep step : hierarchy.lineage().history(unitId)) {
            events.add(new ReorganisationView(step.id(), step.kind(), step.effectiveOn(),
                    legalBasis(step.id()), names(step.predecessors(), step.effectiveOn().minusDays(1)),
                    names(step.successors(), step.effectiveOn())));
        }

        record Loaded(List<AssignmentView> assignments, long households, List<HouseholdView> sample) {
        }
        Loaded loaded = db.read(s -> {
            List<Assignment> list = new ArrayList<>(s.assignments().forUnit(unitId));
            Map<Long, String> cadreNames = new HashMap<>();
            Map<Long, String> decisions = new HashMap<>();
            List<AssignmentView> views = new ArrayList<>();
            for (Assignment a : list) {
                String name = cadreNames.computeIfAbsent(a.cadreId(),
                        id -> s.cadres().find(id).map(Cadre::fullName).orElse("#" + id));
                String symbol = a.decisionId() == null ? null : decisions.computeIfAbsent(a.decisionId(),
                        id -> s.decisions().find(id).map(Decision::symbol).orElse(null));
                views.add(new AssignmentView(a.id(), a.cadreId(), name, a.role(), a.range(), symbol, null,
                        a.isCancelled()));
            }
            views.sort(Comparator.comparing((AssignmentView v) -> v.cancelled() || !v.range().contains(day))
                    .thenComparing(v -> v.role().ordinal()));
            long count = 0;
            List<HouseholdView> sample = List.of();
            if (state.isVillageTier()) {
                sample = s.households().inVillage(unitId, HOUSEHOLDS_SHOWN).stream()
                        .map(h -> new HouseholdView(h.id(), h.headName(), h.headBirthYear(), h.members(),
                                h.category())).toList();
                count = s.households().countInVillage(unitId);
            }
            return new Loaded(views, count, sample);
        });
        return new UnitDetails(day, state, path, hierarchy.history(unitId), events,
                figures == null ? NodeFigures.NONE : figures, loaded.assignments(), loaded.households(),
                loaded.sample());
    }

    private String legalBasis(Long reorganisationId) {
        return db.read(s -> s.reorganisations().find(reorganisationId).map(r -> r.legalBasis()).orElse(null));
    }

    private List<String> names(List<Long> unitIds, LocalDate day) {
        List<String> out = new ArrayList<>();
        for (Long id : unitIds) {
            Optional<UnitState> s = hierarchy.stateOn(id, day);
            out.add(s.map(UnitState::fullName).orElse("#" + id));
        }
        return out;
    }
}
