package org.diaban.service.assignment;

import java.time.LocalDate;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.common.DateRange;

/**
 * One assignment as history lists show it, ended and cancelled ones included.
 *
 * @param placeName   the unit's full name, or the household's head and village
 * @param cancelledOn set when the assignment was entered by mistake and cancelled
 */
public record AssignmentRecord(Long id, Long cadreId, String cadreName, Long unitId, Long householdId,
                               String placeName, AssignmentRole role, DateRange range, String decisionSymbol,
                               String endReason, LocalDate cancelledOn, String cancelReason, Long replacesId) {

    public boolean cancelled() {
        return cancelledOn != null;
    }

    /** In force on the day: within its dates and not cancelled. */
    public boolean countsOn(LocalDate day) {
        return !cancelled() && range.contains(day);
    }
}
