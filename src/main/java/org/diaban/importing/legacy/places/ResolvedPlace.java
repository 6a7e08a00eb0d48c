package org.diaban.importing.legacy.places;

import org.diaban.domain.hierarchy.UnitState;

/**
 * A hierarchy unit a cell text was resolved to. {@code name} is the canonical hierarchy name
 * (what the answer keys put in {@code xa} / {@code thon}, e.g. "Hồ Sơn"); {@code fullName} has
 * the unit type ("Xã Hồ Sơn"). {@code state} is the version valid during the file's dates.
 */
public record ResolvedPlace(Long unitId, String externalKey, String name, String fullName, String typeCode,
                            UnitState state) {

    public static ResolvedPlace of(UnitState state) {
        return new ResolvedPlace(state.unitId(), state.externalKey(), state.name(), state.fullName(),
                state.typeCode(), state);
    }
}
