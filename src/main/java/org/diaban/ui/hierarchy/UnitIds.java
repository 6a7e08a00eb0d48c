package org.diaban.ui.hierarchy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.service.hierarchy.HierarchyQueries;

/**
 * Finds units by their external key when an edit is undone or redone: redoing a creation makes a
 * new row with a new id but the same key, so edits remember keys, never ids. Runs off the FX thread.
 */
final class UnitIds {

    private final HierarchyQueries queries;

    UnitIds(HierarchyQueries queries) {
        this.queries = queries;
    }

    Long id(String key) {
        return queries.latestByKey(key).map(UnitState::unitId)
                .orElseThrow(() -> new DomainException("unit.error.unknownKey", key));
    }

    /** The id for a key that may be absent (a top unit has no parent). */
    Long idOrNull(String key) {
        return key == null ? null : id(key);
    }

    String key(Long unitId) {
        if (unitId == null) {
            return null;
        }
        List<UnitState> versions = queries.history(unitId);
        if (versions.isEmpty()) {
            throw new DomainException("unit.error.unknownId", unitId);
        }
        return versions.get(0).externalKey();
    }

    /** The version of the unit that starts on {@code from} (null: the one open at the start). */
    Long versionStartingOn(String key, LocalDate from) {
        return queries.history(id(key)).stream().filter(v -> Objects.equals(v.range().from(), from))
                .map(UnitState::versionId).findFirst()
                .orElseThrow(() -> new DomainException("unit.error.unknownKey", key));
    }
}
