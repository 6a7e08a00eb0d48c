package org.diaban.service.activity;

import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.activity.ActivityKind;

/**
 * What a form says an activity is: the kind, the day, the place (a unit, or a household with its
 * village as unit), a free-text detail of the place, the participants, the working group, the
 * content and the result.
 */
public record ActivityDraft(ActivityKind kind, LocalDate heldOn, Long unitId, Long householdId, String placeDetail,
                            List<Long> participantIds, Long workingGroupId, String content, String result) {

    public ActivityDraft {
        participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
    }
}
