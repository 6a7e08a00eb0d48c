package org.diaban.service.concerns;

import java.time.LocalDate;
import org.diaban.domain.activity.ConcernStatus;

/**
 * A concern as the list shows it, with its place and topic resolved.
 *
 * @param unitName    the place's full name, with its commune for a village
 * @param unitKey     the place's external key ("huu-lung.ho-son")
 * @param householdName the head of the household it concerns, if one
 * @param daysOverdue days past the deadline today, 0 when not overdue
 */
public record ConcernSummary(Long id, Long activityId, Long unitId, String unitName, String unitKey,
                             Long householdId, String householdName, String raisedBy, LocalDate raisedOn,
                             Long topicId, String topicCode,
                             String topicNameVi, String topicNameEn, String content, String responsibleBody,
                             LocalDate deadline, ConcernStatus status, LocalDate statusOn, LocalDate withdrawnOn,
                             long daysOverdue) {

    public boolean overdue() {
        return daysOverdue > 0;
    }

    public String topicName(boolean english) {
        return english ? topicNameEn : topicNameVi;
    }

    public ConcernDraft draft() {
        return new ConcernDraft(activityId, unitId, householdId, raisedBy, raisedOn, topicId, content,
                responsibleBody, deadline);
    }
}
