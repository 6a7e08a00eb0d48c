package org.diaban.service.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.report.ReportPeriod;

/**
 * The units a report covers: the subtree of the scope unit (or of every root, for the whole
 * province) on every day of the period. The tree only changes on the days a unit version starts
 * or ends, so it is read on the period's first day and on each such day inside it; a unit's
 * presence is the days it was in the subtree, which may be only part of the period.
 */
final class ScopeUnits {

    private final Long scopeId;
    private final TreeMap<LocalDate, HierarchySnapshot> snapshots = new TreeMap<>();
    private final Map<Long, List<DateRange>> presence = new LinkedHashMap<>();
    private final Map<Long, UnitState> lastState = new LinkedHashMap<>();

    /**
     * @param scopeId the scope unit, or null for the whole province (every root's subtree)
     */
    ScopeUnits(UnitHistory history, Long scopeId, ReportPeriod period) {
        this.scopeId = scopeId;
        List<LocalDate> days = new ArrayList<>();
        days.add(period.from());
        days.addAll(history.changeDays(period.from(), period.to()));
        Map<Long, LocalDate> openSince = new LinkedHashMap<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            LocalDate segmentEnd = i + 1 < days.size() ? days.get(i + 1).minusDays(1) : period.to();
            HierarchySnapshot snapshot = HierarchySnapshot.on(day, history.states());
            snapshots.put(day, snapshot);
            Map<Long, UnitState> here = new LinkedHashMap<>();
            for (UnitState top : tops(snapshot)) {
                snapshot.subtree(top.unitId()).forEach(s -> here.put(s.unitId(), s));
            }
            // close the presence of units that left the subtree on this day
            for (var it = openSince.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (!here.containsKey(e.getKey())) {
                    presence.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(DateRange.of(e.getValue(), day.minusDays(1)));
                    it.remove();
                }
            }
            for (UnitState s : here.values()) {
                openSince.putIfAbsent(s.unitId(), day);
                lastState.put(s.unitId(), s);
            }
            if (i + 1 == days.size()) {
                openSince.forEach((id, since) -> presence.computeIfAbsent(id, k -> new ArrayList<>())
                        .add(DateRange.of(since, segmentEnd)));
            }
        }
    }

    /** The units at the top of the scope on a snapshot's day: the scope unit, or every root. */
    List<UnitState> tops(HierarchySnapshot snapshot) {
        if (scopeId == null) {
            return snapshot.roots();
        }
        return snapshot.unit(scopeId).map(List::of).orElse(List.of());
    }

    /** The days the scope itself existed within the period: all of it for the whole province. */
    DateRange span(ReportPeriod period) {
        if (scopeId == null || !presence.containsKey(scopeId)) {
            return period.range();
        }
        return DateRange.of(firstDay(scopeId), lastDay(scopeId));
    }

    boolean isEmpty() {
        return presence.isEmpty();
    }

    Collection<Long> ids() {
        return presence.keySet();
    }

    boolean contains(Long unitId) {
        return unitId != null && presence.containsKey(unitId);
    }

    /** Whether the unit was in the scope on that day. */
    boolean containsOn(Long unitId, LocalDate day) {
        return unitId != null && DateRange.anyContains(presence.getOrDefault(unitId, List.of()), day);
    }

    /** Whether the unit was in the scope on some day from {@code from} to {@code to} (either may be open). */
    boolean overlaps(Long unitId, LocalDate from, LocalDate to) {
        if (unitId == null) {
            return false;
        }
        DateRange range = new DateRange(from, to);
        for (DateRange r : presence.getOrDefault(unitId, List.of())) {
            if (r.overlaps(range)) {
                return true;
            }
        }
        return false;
    }

    LocalDate firstDay(Long unitId) {
        return presence.get(unitId).get(0).from();
    }

    LocalDate lastDay(Long unitId) {
        List<DateRange> ranges = presence.get(unitId);
        return ranges.get(ranges.size() - 1).to();
    }

    /** The unit as it stood on its last day in the scope within the period. */
    UnitState lastState(Long unitId) {
        return lastState.get(unitId);
    }

    /** The tree on a day of the period (it does not change between the days it was read on). */
    HierarchySnapshot snapshotOn(LocalDate day) {
        Map.Entry<LocalDate, HierarchySnapshot> e = snapshots.floorEntry(day);
        return e != null ? e.getValue() : snapshots.firstEntry().getValue();
    }
}
