package org.diaban.importing.legacy.values;

import java.util.EnumMap;
import java.util.Map;

/**
 * The required number of party-cell meetings per year for each level. The numbers are data: the
 * caller passes them in; {@link #defaults()} gives those of Regulation 1764 (tỉnh 1, huyện 2, xã 4).
 */
public final class NormTable {

    private static final Map<Level, Integer> DEFAULTS = Map.of(Level.TINH, 1, Level.HUYEN, 2, Level.XA, 4);

    private final Map<Level, Integer> norms;

    public NormTable(Map<Level, Integer> norms) {
        EnumMap<Level, Integer> copy = new EnumMap<>(Level.class);
        copy.putAll(norms);
        for (Level level : Level.values()) {
            if (copy.get(level) == null) {
                throw new IllegalArgumentException("no norm for level " + level.key());
            }
        }
        this.norms = copy;
    }

    public static NormTable defaults() {
        return new NormTable(DEFAULTS);
    }

    public int normFor(Level level) {
        return norms.get(level);
    }
}
