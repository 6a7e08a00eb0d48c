package org.diaban.domain.people;

import java.time.LocalDate;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.common.DomainException;

/** The facts of a position, as entered in a form or read from a file. */
public record PositionSpec(PositionKind kind, Long committeeUnitId, Long termId, String title, DateRange range) {

    /** The width of the title column. */
    public static final int MAX_TITLE = 300;

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
        checkTitle(title);
    }

    public static void checkTitle(String title) {
        if (title != null && title.strip().length() > MAX_TITLE) {
            throw new DomainException("position.error.titleTooLong", MAX_TITLE);
        }
    }

    /** The period of a position; either end may be open, but it cannot end before it starts. */
    public static DateRange period(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException("position.error.endsBeforeStart", to, from);
        }
        return new DateRange(from, to);
    }
}
