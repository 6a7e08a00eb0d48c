package org.diaban.ui.cadres;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Redoing an addition creates a new row with a new id; older edits on the undo stack still hold
 * the first id. They look the current id up here.
 */
final class IdAliases {

    private final Map<Long, Long> cadres = new ConcurrentHashMap<>();
    private final Map<Long, Long> positions = new ConcurrentHashMap<>();

    Long cadre(Long id) {
        return follow(cadres, id);
    }

    Long position(Long id) {
        return follow(positions, id);
    }

    void cadreBecame(Long original, Long now) {
        if (!original.equals(now)) {
            cadres.put(original, now);
        }
    }

    void positionBecame(Long original, Long now) {
        if (!original.equals(now)) {
            positions.put(original, now);
        }
    }

    private static Long follow(Map<Long, Long> map, Long id) {
        Long current = id;
        for (int hops = 0; current != null && map.containsKey(current) && hops < 1000; hops++) {
            current = map.get(current);
        }
        return current;
    }
}
