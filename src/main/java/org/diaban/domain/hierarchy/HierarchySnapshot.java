package org.diaban.domain.hierarchy;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diaban.domain.text.VietnameseCollation;

/**
 * The hierarchy as it stood on one day: which units existed, under which parent, with which
 * name. Built from the unit versions valid that day; the depth is whatever the data says
 * (four tiers before 1/7/2025, three after).
 */
public final class HierarchySnapshot {

    private static final Comparator<UnitState> SIBLING_ORDER = Comparator
            .comparingInt(UnitState::typeSortOrder)
            .thenComparing(VietnameseCollation.comparing(UnitState::name));

    private final LocalDate date;
    private final Map<Long, UnitState> byId;
    private final Map<Long, List<UnitState>> childrenByParent;
    private final List<UnitState> roots;

    private HierarchySnapshot(LocalDate date, Map<Long, UnitState> byId) {
        this.date = date;
        this.byId = byId;
        Map<Long, List<UnitState>> children = new HashMap<>();
        List<UnitState> top = new ArrayList<>();
        for (UnitState s : byId.values()) {
            if (s.parentId() != null && byId.containsKey(s.parentId())) {
                children.computeIfAbsent(s.parentId(), k -> new ArrayList<>()).add(s);
            } else {
                // a parent that did not exist that day leaves the unit at the top, visible rather than lost
                top.add(s);
            }
        }
        children.values().forEach(list -> list.sort(SIBLING_ORDER));
        top.sort(Comparator.comparingInt(UnitState::tierRank).thenComparing(SIBLING_ORDER));
        this.childrenByParent = children;
        this.roots = List.copyOf(top);
    }

    /**
     * The tree on {@code date} from any collection of unit versions: versions not valid that day,
     * and units not existing that day, are left out.
     */
    public static HierarchySnapshot on(LocalDate date, Collection<UnitState> versions) {
        Map<Long, UnitState> valid = new LinkedHashMap<>();
        for (UnitState s : versions) {
            if (s.range().contains(date) && s.lifetime().contains(date)) {
                UnitState previous = valid.put(s.unitId(), s);
                if (previous != null) {
                    throw new IllegalStateException("Unit " + s.externalKey() + " has two versions on " + date);
                }
            }
        }
        return new HierarchySnapshot(date, valid);
    }

    public LocalDate date() {
        return date;
    }

    public List<UnitState> roots() {
        return roots;
    }

    public List<UnitState> children(Long unitId) {
        return Collections.unmodifiableList(childrenByParent.getOrDefault(unitId, List.of()));
    }

    public boolean hasChildren(Long unitId) {
        return childrenByParent.containsKey(unitId);
    }

    public Optional<UnitState> unit(Long unitId) {
        return Optional.ofNullable(byId.get(unitId));
    }

    public Optional<UnitState> byKey(String externalKey) {
        return byId.values().stream().filter(s -> s.externalKey().equals(externalKey)).findFirst();
    }

    public boolean contains(Long unitId) {
        return byId.containsKey(unitId);
    }

    public Collection<UnitState> units() {
        return Collections.unmodifiableCollection(byId.values());
    }

    public int size() {
        return byId.size();
    }

    /** The unit's parent, grand-parent, ... up to a root; the unit itself first. */
    public List<UnitState> pathToRoot(Long unitId) {
        List<UnitState> path = new ArrayList<>();
        UnitState current = byId.get(unitId);
        while (current != null && path.size() <= byId.size()) {
            path.add(current);
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return path;
    }

    /** The unit and everything under it, parents before children. */
    public List<UnitState> subtree(Long unitId) {
        List<UnitState> out = new ArrayList<>();
        UnitState start = byId.get(unitId);
        if (start == null) {
            return out;
        }
        Deque<UnitState> todo = new ArrayDeque<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            UnitState s = todo.pop();
            out.add(s);
            List<UnitState> kids = childrenByParent.getOrDefault(s.unitId(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                todo.push(kids.get(i));
            }
        }
        return out;
    }

    /** Units of the given tier in the subtree of {@code unitId} (the unit itself included). */
    public long countInSubtree(Long unitId, String tierCode) {
        return subtree(unitId).stream().filter(s -> s.tierCode().equals(tierCode)).count();
    }

    /**
     * For every unit, the ids of itself and its ancestors: used to roll figures up the tree in
     * one pass.
     */
    public Map<Long, List<Long>> ancestorsAndSelf() {
        Map<Long, List<Long>> out = new HashMap<>();
        for (Long id : byId.keySet()) {
            out.put(id, pathToRoot(id).stream().map(UnitState::unitId).toList());
        }
        return out;
    }
}
