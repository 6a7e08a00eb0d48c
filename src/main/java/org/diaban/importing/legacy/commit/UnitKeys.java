package org.diaban.importing.legacy.commit;

import java.util.HashMap;
import java.util.Map;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.service.hierarchy.HierarchyQueries;

/** Units by external key, with their parents and names: the records name units by key. */
final class UnitKeys {

    private final Map<String, Long> ids = new HashMap<>();
    private final Map<Long, Long> parents = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<Long, String> keys = new HashMap<>();
    private final Map<Long, Boolean> villages = new HashMap<>();

    UnitKeys(HierarchyQueries hierarchy) {
        // the latest version of each unit wins: states come oldest first
        for (UnitState s : hierarchy.allStates()) {
            ids.put(s.externalKey(), s.unitId());
            parents.put(s.unitId(), s.parentId());
            names.put(s.externalKey(), s.name());
            keys.put(s.unitId(), s.externalKey());
            villages.put(s.unitId(), s.isVillageTier());
        }
    }

    /** The unit's id, or null for a null or unknown key. */
    Long id(String key) {
        return key == null ? null : ids.get(key);
    }

    Long parentOf(Long unitId) {
        return unitId == null ? null : parents.get(unitId);
    }

    String name(String key) {
        return names.getOrDefault(key, key);
    }

    /** The key of the commune a unit is or lies in, or null. */
    String communeKeyOf(Long unitId) {
        if (unitId == null || !keys.containsKey(unitId)) {
            return null;
        }
        return Boolean.TRUE.equals(villages.get(unitId)) ? keys.get(parents.get(unitId)) : keys.get(unitId);
    }
}
