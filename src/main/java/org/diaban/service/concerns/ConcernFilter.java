package org.diaban.service.concerns;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.diaban.domain.activity.ConcernStatus;

/**
 * Which concerns a list shows. Null (or empty) parts do not filter.
 *
 * @param statuses   the statuses to keep
 * @param topicId    one topic
 * @param unitId     a unit and everything that is or was under it
 * @param raisedFrom raised on or after
 * @param raisedTo   raised on or before
 * @param overdueOn  open and past the deadline on that day
 * @param text       words in the content, who raised it or the responsible body, diacritics ignored
 * @param withdrawn  the withdrawn concerns instead of the others
 */
public record ConcernFilter(Set<ConcernStatus> statuses, Long topicId, Long unitId, LocalDate raisedFrom,
                            LocalDate raisedTo, LocalDate overdueOn, String text, boolean withdrawn) {

    public static final ConcernFilter ALL = new ConcernFilter(null, null, null, null, null, null, null, false);

    public static ConcernFilter overdue(LocalDate day) {
        return new ConcernFilter(null, null, null, null, null, day, null, false);
    }

    public static ConcernFilter open() {
        return new ConcernFilter(EnumSet.of(ConcernStatus.NEW, ConcernStatus.IN_PROGRESS, ConcernStatus.ESCALATED),
                null, null, null, null, null, null, false);
    }
}
