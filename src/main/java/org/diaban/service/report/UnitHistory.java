package org.diaban.service.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.diaban.domain.hierarchy.UnitState;

/**
 * Every version of every unit, by unit, for asking "what was this unit on that day" many times
 * in one report without building a snapshot for each day.
 */
final class UnitHistory {

    private static final Comparator<UnitState> OLDEST_FIRST = Comparator.comparing(
            (UnitState s) -> s.range().from(), Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<UnitState> states;
    private final Map<Long, List<UnitState>> byUnit = new HashMap<>();

    UnitHistory(Collection<UnitState> states) {
        this.states = List.copyOf(states);
        for (UnitState s : states) {
            byUnit.computeIfAbsent(s.unitId(), k -> new ArrayList<>()).add(s);
        }
        byUnit.values().forEach(list -> list.sort(OLDEST_FIRST));
    }

    List<UnitState> states() {
        return states;
    }

    /** The version of the unit valid on the day, or null when the unit did not exist then. */
    UnitState on(Long unitId, LocalDate day) {
        for (UnitState s : byUnit.getOrDefault(unitId, List.of())) {
            if (s.range().contains(day) && s.lifetime().contains(day)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The version valid on the day; failing that the last one that started by then, or the
     * first one (for names of units outside their lifetime, such as an ended issuer).
     */
    UnitState onOrNearest(Long unitId, LocalDate day) {
        List<UnitState> versions = byUnit.getOrDefault(unitId, List.of());
        UnitState best = null;
        for (UnitState s : versions) {
            if (s.range().contains(day) && s.lifetime().contains(day)) {
                return s;
            }
            if (s.range().from() == null || !s.range().from().isAfter(day)) {
                best = s;
            }
        }
        return best != null ? best : versions.isEmpty() ? null : versions.get(0);
    }

    /** The versions of one unit, oldest first. */
    List<UnitState> versions(Long unitId) {
        return byUnit.getOrDefault(unitId, List.of());
    }

    /**
     * The days after {@code first} up to {@code last} on which some unit began, ended or changed:
     * between two of them the tree stays the same.
     */
    TreeSet<LocalDate> changeDays(LocalDate first, LocalDate last) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (UnitState s : states) {
            addIfInside(days, s.range().from(), first, last);
            addIfInside(days, s.lifetime().from(), first, last);
            if (s.range().to() != null) {
                addIfInside(days, s.range().to().plusDays(1), first, last);
            }
            if (s.lifetime().to() != null) {
                addIfInside(days, s.lifetime().to().plusDays(1), first, last);
            }
        }
        return days;
    }

    private static void addIfInside(TreeSet<LocalDate> days, LocalDate day, LocalDate first, LocalDate last) {
        if (day != null && day.isAfter(first) && !day.isAfter(last)) {
            days.add(day);
        }
    }
}
