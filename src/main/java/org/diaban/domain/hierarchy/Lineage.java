package org.diaban.domain.hierarchy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diaban.domain.common.DateRange;

/**
 * Where units went: follows reorganisations from an old unit to the units that carry its
 * territory on a later day ("xã Sơn Hà, huyện Hữu Lũng" in a 2022 file resolves to what exists now).
 */
public final class Lineage {

    private final Map<Long, DateRange> lifetimes;
    private final Map<Long, List<ReorganisationStep>> stepsByPredecessor = new HashMap<>();
    private final Map<Long, List<ReorganisationStep>> stepsBySuccessor = new HashMap<>();

    public Lineage(Map<Long, DateRange> lifetimes, Collection<ReorganisationStep> steps) {
        this.lifetimes = Map.copyOf(lifetimes);
        List<ReorganisationStep> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparing(ReorganisationStep::effectiveOn));
        for (ReorganisationStep step : sorted) {
            step.predecessors().forEach(p -> stepsByPredecessor.computeIfAbsent(p, k -> new ArrayList<>()).add(step));
            step.successors().forEach(s -> stepsBySuccessor.computeIfAbsent(s, k -> new ArrayList<>()).add(step));
        }
    }

    /**
     * The units that stand for {@code unitId} on {@code date}: the unit itself if it exists that
     * day, otherwise the successors it passed to (transitively) by that day. Empty if the unit
     * was dissolved without successors, or if the date is before it existed.
     */
    public List<Long> successorsOn(Long unitId, LocalDate date) {
        Set<Long> out = new LinkedHashSet<>();
        collect(unitId, date, out, new HashSet<>());
        return List.copyOf(out);
    }

    private void collect(Long unitId, LocalDate date, Set<Long> out, Set<Long> visited) {
        if (!visited.add(unitId)) {
            return;
        }
        if (existsOn(unitId, date)) {
            out.add(unitId);
            return;
        }
        for (ReorganisationStep step : stepsByPredecessor.getOrDefault(unitId, List.of())) {
            if (step.effectiveOn().isAfter(date) || !endsUnit(step.kind())) {
                continue;
            }
            for (Long successor : step.successors()) {
                if (!successor.equals(unitId)) {
                    collect(successor, date, out, visited);
                }
            }
        }
    }

    /** The units that {@code unitId} was formed from, directly (empty for an original unit). */
    public List<Long> directPredecessors(Long unitId) {
        Set<Long> out = new LinkedHashSet<>();
        for (ReorganisationStep step : stepsBySuccessor.getOrDefault(unitId, List.of())) {
            step.predecessors().stream().filter(p -> !p.equals(unitId)).forEach(out::add);
        }
        return List.copyOf(out);
    }

    /** Every reorganisation that names the unit, oldest first. */
    public List<ReorganisationStep> history(Long unitId) {
        Set<ReorganisationStep> out = new LinkedHashSet<>();
        out.addAll(stepsByPredecessor.getOrDefault(unitId, List.of()));
        out.addAll(stepsBySuccessor.getOrDefault(unitId, List.of()));
        return out.stream().sorted(Comparator.comparing(ReorganisationStep::effectiveOn)).toList();
    }

    private boolean existsOn(Long unitId, LocalDate date) {
        DateRange life = lifetimes.get(unitId);
        return life != null && life.contains(date);
    }

    private static boolean endsUnit(ReorganisationKind kind) {
        return kind == ReorganisationKind.MERGE || kind == ReorganisationKind.SPLIT
                || kind == ReorganisationKind.DISSOLVE;
    }
}
