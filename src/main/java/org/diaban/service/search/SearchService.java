package org.diaban.service.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.people.Cadre;
import org.diaban.domain.people.CadrePosition;
import org.diaban.persistence.Database;
import org.diaban.service.common.Clock;
import org.diaban.service.common.DataChanges;
import org.diaban.service.hierarchy.HierarchyQueries;

/**
 * Finds units (under any name they ever had), cadres and households while the user types.
 * The index is built once, off the UI thread, and rebuilt after data changes.
 */
public final class SearchService {

    private final Database db;
    private final HierarchyQueries hierarchy;
    private final Clock clock;
    private volatile SearchIndex index;

    public SearchService(Database db, HierarchyQueries hierarchy, Clock clock, DataChanges changes) {
        this.db = db;
        this.hierarchy = hierarchy;
        this.clock = clock;
        changes.subscribe(topic -> index = null);
    }

    public SearchResult search(String query, int limit) {
        return index().search(query, limit);
    }

    /** The current index, built now if data changed since the last one. */
    public SearchIndex index() {
        SearchIndex current = index;
        if (current == null) {
            synchronized (this) {
                current = index;
                if (current == null) {
                    current = build();
                    index = current;
                }
            }
        }
        return current;
    }

    private SearchIndex build() {
        LocalDate today = clock.today();
        SearchIndex.Builder builder = SearchIndex.builder();
        List<UnitState> states = hierarchy.allStates();
        Map<Long, List<UnitState>> byUnit = states.stream().collect(Collectors.groupingBy(UnitState::unitId));
        Map<Long, String> villageContext = new HashMap<>();
        Map<LocalDate, HierarchySnapshot> snapshots = new HashMap<>();

        for (List<UnitState> versions : byUnit.values()) {
            Set<String> names = new LinkedHashSet<>();
            UnitState latest = versions.get(0);
            for (UnitState v : versions) {
                names.add(v.fullName());
                names.add(v.name());
                if (v.range().from() != null && (latest.range().from() == null
                        || v.range().from().isAfter(latest.range().from()))) {
                    latest = v;
                }
            }
            LocalDate lastDay = latest.lifetime().to() != null ? latest.lifetime().to() : latest.range().to();
            LocalDate contextDay = lastDay != null && lastDay.isBefore(today) ? lastDay : today;
            String context = contextOf(latest, snapshots.computeIfAbsent(contextDay, hierarchy::snapshotOn));
            LocalDate ended = lastDay != null && lastDay.isBefore(today) ? lastDay : null;
            builder.add(new SearchHit(SearchKind.UNIT, latest.unitId(), latest.unitId(), latest.fullName(), context,
                    ended), String.join(SearchIndex.NAME_SEPARATOR, names), (ended == null ? 0 : 10) + latest.tierRank());
            if (latest.isVillageTier()) {
                villageContext.put(latest.unitId(), latest.fullName() + (context.isEmpty() ? "" : ", " + context));
            }
        }

        List<Cadre> cadres = db.read(s -> s.cadres().allWithPositions());
        for (Cadre c : cadres) {
            String positions = c.positions().stream().filter(p -> p.range().contains(today))
                    .map(CadrePosition::title).filter(t -> t != null).collect(Collectors.joining("; "));
            String title = c.fullName() + (c.birthYear() == null ? "" : " (" + c.birthYear() + ")");
            builder.add(new SearchHit(SearchKind.CADRE, c.id(), null, title, positions,
                    c.retiredOn().filter(d -> !d.isAfter(today)).orElse(null)), c.fullName());
        }

        db.read(s -> {
            s.households().forEachSearchRow(row -> builder.add(new SearchHit(SearchKind.HOUSEHOLD, row.id(), row.villageId(),
                    row.headName() + (row.birthYear() == null ? "" : " (" + row.birthYear() + ")"),
                    villageContext.getOrDefault(row.villageId(), ""), null), row.headName()));
            return null;
        });
        return builder.build();
    }

    private static String contextOf(UnitState unit, HierarchySnapshot snapshot) {
        List<String> parents = new ArrayList<>();
        Long parent = unit.parentId();
        int guard = 0;
        while (parent != null && guard++ < 10) {
            UnitState p = snapshot.unit(parent).orElse(null);
            if (p == null) {
                break;
            }
            parents.add(p.fullName());
            parent = p.parentId();
        }
        return String.join(", ", parents);
    }
}
