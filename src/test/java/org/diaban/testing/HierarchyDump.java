package org.diaban.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.service.Services;

/**
 * Every unit version and reorganisation as plain text lines, sorted, with parents named by key:
 * two dumps are equal when the hierarchy is the same, whatever the ids of recreated rows.
 */
public final class HierarchyDump {

    private HierarchyDump() {
    }

    public static List<String> of(Services services) {
        return services.database().read(store -> {
            List<UnitState> states = store.units().allStates();
            Map<Long, String> keys = new HashMap<>();
            states.forEach(s -> keys.put(s.unitId(), s.externalKey()));
            List<String> lines = new java.util.ArrayList<>(states.stream().map(s -> String.join("|",
                    s.externalKey(), String.valueOf(s.lifetime()), String.valueOf(s.range()),
                    String.valueOf(keys.get(s.parentId())), s.typeCode(), s.name(), s.fullName(),
                    String.valueOf(s.officialCode()), String.valueOf(s.partyOrgName()),
                    String.valueOf(s.committeeName()), String.valueOf(s.committeeCode()))).toList());
            store.reorganisations().all().forEach(r -> lines.add("event|" + r.kind() + "|" + r.effectiveOn()));
            lines.sort(null);
            return lines;
        });
    }
}
