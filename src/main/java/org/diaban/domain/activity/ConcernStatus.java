package org.diaban.domain.activity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a resident's concern stands. It moves NEW → IN_PROGRESS → RESOLVED, or is escalated to
 * a higher body, and is finally CLOSED.
 */
public enum ConcernStatus {
    NEW,
    IN_PROGRESS,
    ESCALATED,
    RESOLVED,
    CLOSED;

    /** Still needs action; an open concern past its deadline is overdue. */
    public boolean isOpen() {
        return this == NEW || this == IN_PROGRESS || this == ESCALATED;
    }

    public Set<ConcernStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(IN_PROGRESS, ESCALATED, RESOLVED);
            case IN_PROGRESS -> EnumSet.of(ESCALATED, RESOLVED);
            case ESCALATED -> EnumSet.of(IN_PROGRESS, RESOLVED, CLOSED);
            // a resolved concern may be reopened when residents say it was not
            case RESOLVED -> EnumSet.of(CLOSED, IN_PROGRESS);
            case CLOSED -> EnumSet.noneOf(ConcernStatus.class);
        };
    }

    public boolean canMoveTo(ConcernStatus target) {
        return next().contains(target);
    }
}
