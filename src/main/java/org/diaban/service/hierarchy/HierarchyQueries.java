package org.diaban.service.hierarchy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.Lineage;
import org.diaban.domain.hierarchy.ReorganisationStep;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.persistence.AssignmentRepository.CadreAtUnit;
import org.diaban.persistence.Database;
import org.diaban.service.common.DataChanges;

/**
 * Read side of the hierarchy: the tree as it stood on a day, where a unit went, and the
 * figures per node. Unit versions are few (thousands) and cached until the hierarchy changes.
 */
public final class HierarchyQueries {

    private final Database db;
    private final Object lock = new Object();
    private Cache cache;
    /** Counts invalidations, so that a load that began before a change is not kept after it. */
    private long generation;

    public HierarchyQueries(Database db, DataChanges changes) {
        this.db = Objects.requireNonNull(db, "db");
        changes.subscribe(topic -> {
            if (topic == DataChanges.Topic.HIERARCHY || topic == DataChanges.Topic.EVERYTHING) {
                synchronized (lock) {
                    generation++;
                    cache = null;
                }
            }
        });
    }

    private HierarchyQueries(Cache fixed) {
        this.db = null;
        this.cache = fixed;
    }

    /**
     * Queries on a hierarchy read once, e.g. through a {@code PlainDatabase}, for work that
     * changes nothing (a dry run of an import): every query answers from these rows, except
     * {@link #figuresOn}, which needs the database and is refused.
     *
     * @param states every version of every unit
     * @param lifetimes when each unit existed
     * @param steps every reorganisation
     */
    public static HierarchyQueries ofSnapshot(List<UnitState> states, Map<Long, DateRange> lifetimes,
                                              List<ReorganisationStep> steps) {
        return new HierarchyQueries(new Cache(List.copyOf(states), new Lineage(lifetimes, steps), List.copyOf(steps)));
    }

    private record Cache(List<UnitState> states, Lineage lineage, List<ReorganisationStep> steps) {
    }

    private Cache cache() {
        long loadingGeneration;
        synchronized (lock) {
            if (cache != null) {
                return cache;
            }
            loadingGeneration = generation;
        }
        Cache c = db.read(s -> {
            List<ReorganisationStep> steps = s.reorganisations().steps();
            return new Cache(s.units().allStates(), new Lineage(s.units().lifetimes(), steps), steps);
        });
        synchronized (lock) {
            // a change committed while this was loading may be missing from it: use it once, keep it not
            if (generation == loadingGeneration) {
                cache = c;
            }
        }
        return c;
    }

    /** The tree as it stood on {@code day}. */
    public HierarchySnapshot snapshotOn(LocalDate day) {
        return HierarchySnapshot.on(day, cache().states());
    }

    /** Every version of every unit, for search and history. */
    public List<UnitState> allStates() {
        return cache().states();
    }

    public Lineage lineage() {
        return cache().lineage();
    }

    public List<ReorganisationStep> reorganisations() {
        return cache().steps();
    }

    /** All versions of one unit, oldest first. */
    public List<UnitState> history(Long unitId) {
        return cache().states().stream().filter(s -> s.unitId().equals(unitId))
                .sorted((a, b) -> {
                    LocalDate fa = a.range().from();
                    LocalDate fb = b.range().from();
                    if (fa == null) {
                        return fb == null ? 0 : -1;
                    }
                    return fb == null ? 1 : fa.compareTo(fb);
                }).toList();
    }

    /** The newest version of each unit with that key. */
    public Optional<UnitState> latestByKey(String externalKey) {
        List<UnitState> versions = cache().states().stream().filter(s -> s.externalKey().equals(externalKey))
                .toList();
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(history(versions.get(0).unitId()).get(versions.size() - 1));
    }

    /** The version of a unit valid on a day, or its latest one if it did not exist then. */
    public Optional<UnitState> stateOn(Long unitId, LocalDate day) {
        List<UnitState> versions = history(unitId);
        return versions.stream().filter(s -> s.range().contains(day)).findFirst()
                .or(() -> versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1)));
    }

    /**
     * The units that stand for the unit with this key on {@code day}: itself, or its successors
     * after merges, splits and dissolutions.
     */
    public List<UnitState> successorsOn(String externalKey, LocalDate day) {
        UnitState unit = latestByKey(externalKey)
                .orElseThrow(() -> new DomainException("unit.error.unknownKey", externalKey));
        HierarchySnapshot snapshot = snapshotOn(day);
        List<UnitState> out = new ArrayList<>();
        for (Long id : lineage().successorsOn(unit.unitId(), day)) {
            snapshot.unit(id).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Concern counts per unit of the tree: those raised at a unit that no longer exists on that day
     * (merged, dissolved) count at its first successor, so the tree adds up to all of them.
     */
    private Map<Long, long[]> concernsOnTree(HierarchySnapshot snapshot, Map<Long, long[]> byUnit, LocalDate day) {
        Map<Long, long[]> out = new HashMap<>();
        for (Map.Entry<Long, long[]> e : byUnit.entrySet()) {
            Long at = e.getKey();
            if (!snapshot.contains(at)) {
                at = lineage().successorsOn(at, day).stream().filter(snapshot::contains).findFirst().orElse(null);
            }
            if (at != null) {
                long[] acc = out.computeIfAbsent(at, k -> new long[2]);
                acc[0] += e.getValue()[0];
                acc[1] += e.getValue()[1];
            }
        }
        return out;
    }

    /** Figures for every unit of the tree on a day, rolled up from the villages. */
    public Map<Long, NodeFigures> figuresOn(LocalDate day) {
        if (db == null) {
            throw new IllegalStateException("Figures need the database; these queries were built on a snapshot");
        }
        HierarchySnapshot snapshot = snapshotOn(day);
        Map<Long, List<Long>> up = snapshot.ancestorsAndSelf();
        record Raw(List<CadreAtUnit> assigned, Map<Long, long[]> concerns, Map<Long, Long> households) {
        }
        Raw raw = db.read(s -> new Raw(s.assignments().activeOn(day), s.concerns().openAndOverdueByUnit(day),
                s.households().countByVillage()));
        long[] noConcerns = new long[2];
        Map<Long, long[]> concernsHere = concernsOnTree(snapshot, raw.concerns(), day);

        Map<Long, long[]> sums = new HashMap<>();
        for (UnitState unit : snapshot.units()) {
            long[] concerns = concernsHere.getOrDefault(unit.unitId(), noConcerns);
            long[] own = new long[] {unit.isVillageTier() && unit.territorial() ? 1 : 0,
                0, concerns[0], raw.households().getOrDefault(unit.unitId(), 0L), concerns[1]};
            for (Long ancestor : up.get(unit.unitId())) {
                long[] acc = sums.computeIfAbsent(ancestor, k -> new long[5]);
                acc[0] += own[0];
                acc[2] += own[2];
                acc[3] += own[3];
                acc[4] += own[4];
            }
        }
        Map<Long, Set<Long>> cadres = new HashMap<>();
        for (CadreAtUnit a : raw.assigned()) {
            for (Long ancestor : up.getOrDefault(a.unitId(), List.of())) {
                cadres.computeIfAbsent(ancestor, k -> new HashSet<>()).add(a.cadreId());
            }
        }
        Map<Long, NodeFigures> out = new HashMap<>();
        for (UnitState unit : snapshot.units()) {
            long[] acc = sums.getOrDefault(unit.unitId(), new long[5]);
            out.put(unit.unitId(), new NodeFigures(acc[0], cadres.getOrDefault(unit.unitId(), Set.of()).size(),
                    acc[2], acc[3], acc[4]));
        }
        return out;
    }
}
