package org.diaban.domain.common;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A period of days, both ends inclusive; a missing end is open on that side.
 * Inclusive ends match how officers write periods ("từ 22/5/2022 đến 30/6/2023").
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static final DateRange ALWAYS = new DateRange(null, null);

    public DateRange {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("Period ends " + to + " before it starts " + from);
        }
    }

    public static DateRange of(LocalDate from, LocalDate to) {
        return new DateRange(from, to);
    }

    public static DateRange startingOn(LocalDate from) {
        return new DateRange(from, null);
    }

    public static DateRange year(int year) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** Whether any of the ranges contains the day. */
    public static boolean anyContains(Collection<DateRange> ranges, LocalDate day) {
        for (DateRange r : ranges) {
            if (r.contains(day)) {
                return true;
            }
        }
        return false;
    }

    public boolean overlaps(DateRange other) {
        boolean startsBeforeOtherEnds = from == null || other.to == null || !from.isAfter(other.to);
        boolean endsAfterOtherStarts = to == null || other.from == null || !to.isBefore(other.from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    public boolean isOpenEnded() {
        return to == null;
    }

    public Optional<LocalDate> start() {
        return Optional.ofNullable(from);
    }

    public Optional<LocalDate> end() {
        return Optional.ofNullable(to);
    }

    /** The same start, ending the day before {@code day}. */
    public DateRange endingBefore(LocalDate day) {
        return new DateRange(from, day.minusDays(1));
    }
}
