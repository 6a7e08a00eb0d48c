package org.diaban.service.concerns;

import java.time.LocalDate;

/**
 * What the user records about a concern: where and when it was raised, by whom, about what, who
 * must answer it and by when. The activity and the household are optional.
 */
public record ConcernDraft(Long activityId, Long unitId, Long householdId, String raisedBy, LocalDate raisedOn,
                           Long topicId, String content, String responsibleBody, LocalDate deadline) {
}
