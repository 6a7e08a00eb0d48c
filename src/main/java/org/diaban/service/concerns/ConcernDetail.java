package org.diaban.service.concerns;

import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.activity.ConcernStatus;

/** A concern with its whole dated history: status changes and handovers, oldest first. */
public record ConcernDetail(ConcernSummary summary, List<Step> history) {

    /**
     * One step of the history.
     *
     * @param handover the concern went to another body and kept its status
     */
    public record Step(ConcernStatus status, LocalDate day, String responsibleBody, String note, boolean handover) {
    }

    public Step last() {
        return history.get(history.size() - 1);
    }
}
