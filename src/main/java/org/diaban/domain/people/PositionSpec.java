package org.diaban.domain.people;

import org.diaban.domain.common.DateRange;
import org.diaban.domain.common.DomainException;

/** The facts of a position, as entered in a form or read from a file. */
public record PositionSpec(PositionKind kind, Long committeeUnitId, Long termId, String title, DateRange range) {

    public PositionSpec {
        if (kind == null) {
            throw new DomainException("position.error.kindRequired");
        }
        if (committeeUnitId == null) {
            throw new DomainException("position.error.committeeRequired");
        }
        if (range == null) {
            range = DateRange.ALWAYS;
        }
        title = title == null || title.isBlank() ? null : title.strip();
    }
}
