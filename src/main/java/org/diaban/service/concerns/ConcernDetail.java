package org.diaban.service.concerns;

import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.activity.ConcernStatus;

/**
 * A concern with its whole dated history: status changes and handovers, oldest first.
 *
 * @param activity the activity it was raised at, or null when entered on its own
 */
public record ConcernDetail(ConcernSummary summary, ActivityRef activity, List<Step> history) {

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
