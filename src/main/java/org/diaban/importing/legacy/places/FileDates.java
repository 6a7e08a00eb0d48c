package org.diaban.importing.legacy.places;

import java.time.LocalDate;
import java.util.Objects;
import org.diaban.domain.common.DateRange;

/**
 * The days a legacy file speaks about: one day (a decision date) or a period (the file's year).
 * Places are resolved to the units that existed during this period.
 */
public record FileDates(LocalDate from, LocalDate to) {

    public FileDates {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Period ends " + to + " before it starts " + from);
        }
    }

    public static FileDates day(LocalDate day) {
        return new FileDates(day, day);
    }

    public static FileDates year(int year) {
        return new FileDates(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static FileDates period(LocalDate from, LocalDate to) {
        return new FileDates(from, to);
    }

    public DateRange range() {
        return DateRange.of(from, to);
    }
}
