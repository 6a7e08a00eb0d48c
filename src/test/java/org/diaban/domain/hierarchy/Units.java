package org.diaban.domain.hierarchy;

import java.time.LocalDate;
import org.diaban.domain.common.DateRange;

/** Builds UnitState rows for tests of the pure tree and lineage logic. */
final class Units {

    private Units() {
    }

    static UnitState state(long id, String key, Long parent, String type, String tier, int rank, String name,
                           LocalDate from, LocalDate to) {
        return new UnitState(id, key, id * 10, parent, type, type, type, rank * 10, tier, rank, true, name,
                name, null, null, null, null, new DateRange(from, to), new DateRange(from, to));
    }

    static UnitState version(UnitState base, long versionId, Long parent, String name, LocalDate from, LocalDate to,
                             DateRange lifetime) {
        return new UnitState(base.unitId(), base.externalKey(), versionId, parent, base.typeCode(), base.typeNameVi(),
                base.typeNameEn(), base.typeSortOrder(), base.tierCode(), base.tierRank(), true, name, name, null, null,
                null, null, new DateRange(from, to), lifetime);
    }
}
