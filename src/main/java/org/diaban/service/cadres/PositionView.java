package org.diaban.service.cadres;

import org.diaban.domain.common.DateRange;
import org.diaban.domain.people.PositionKind;

/** A position for display: the committee by name, the term by code. */
public record PositionView(Long id, PositionKind kind, Long committeeUnitId, String committeeName, Long termId,
                           String termCode, String title, DateRange range) {
}
