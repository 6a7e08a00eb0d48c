package org.diaban.domain.compliance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.function.IntUnaryOperator;
import org.diaban.domain.common.DateRange;

/**
 * What a committee member owed in one calendar year for the days they held their seat(s), and
 * how they stand as of a day.
 *
 * <p>The rule: each day of the seat within the year carries {@code norm / days in the year}
 * meetings, with the norm in force that day (none after the norm ended, e.g. the district norm
 * after 30/6/2025). The year's requirement is that sum rounded up (a full year at 4 a year owes
 * 4; half a year owes 2; a single day still owes one meeting). Due so far is the sum up to the
 * judging day rounded down, as in {@link ComplianceStatus#judge(int, int, int, java.time.LocalDate)}.
 * The member is judged finally once the judging day reaches the last day of the seat in the year.
 *
 * @param required meetings owed for the year, or {@code null} if no norm covered any seat day
 * @param dueSoFar meetings due by the judging day
 * @param finished whether the seat (within the year) is over on the judging day
 * @param seatDays days the seat was held within the year
 * @param normLapsed whether some seat days had no norm although others had one
 */
public record Obligation(Integer required, int dueSoFar, boolean finished, int seatDays, boolean normLapsed) {

    /**
     * @param year    the calendar year judged
     * @param seats   the periods the seat was held (any; clipped to the year, overlaps merged)
     * @param normOn  meetings per year in force on a day of the year (0-based index), or -1 for none
     * @param asOf    the judging day: today, or the last day of a past year
     */
    public static Obligation of(int year, Collection<DateRange> seats, IntUnaryOperator normOn, LocalDate asOf) {
        LocalDate first = LocalDate.of(year, 1, 1);
        int daysInYear = first.lengthOfYear();
        boolean[] held = heldDays(year, seats);
        int asOfIndex = asOf.getYear() < year ? -1 : asOf.getYear() > year ? daysInYear - 1 : asOf.getDayOfYear() - 1;
        long normDays = 0;
        long normDaysSoFar = 0;
        int lastHeld = -1;
        int count = 0;
        boolean anyNorm = false;
        boolean lapsed = false;
        for (int d = 0; d < daysInYear; d++) {
            if (!held[d]) {
                continue;
            }
            count++;
            lastHeld = d;
            int norm = normOn.applyAsInt(d);
            if (norm < 0) {
                lapsed = true;
                continue;
            }
            anyNorm = true;
            normDays += norm;
            if (d <= asOfIndex) {
                normDaysSoFar += norm;
            }
        }
        Integer required = anyNorm ? (int) ((normDays + daysInYear - 1) / daysInYear) : null;
        int due = (int) (normDaysSoFar / daysInYear);
        return new Obligation(required, due, lastHeld >= 0 && asOfIndex >= lastHeld, count, anyNorm && lapsed);
    }

    /** MET / ON_TRACK / BEHIND, or {@code null} when no norm bound the seat. */
    public ComplianceStatus judge(int attended) {
        return required == null ? null : ComplianceStatus.judge(required, dueSoFar, attended, finished);
    }

    /** Whether a day lies within the seat periods and the year (for counting meetings). */
    public static boolean within(Collection<DateRange> seats, LocalDate day) {
        return DateRange.anyContains(seats, day);
    }

    private static boolean[] heldDays(int year, Collection<DateRange> seats) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        boolean[] held = new boolean[first.lengthOfYear()];
        for (DateRange r : seats) {
            if (!r.overlaps(DateRange.year(year))) {
                continue;
            }
            LocalDate from = r.from() == null || r.from().isBefore(first) ? first : r.from();
            LocalDate to = r.to() == null || r.to().isAfter(last) ? last : r.to();
            for (int d = from.getDayOfYear() - 1; d < to.getDayOfYear(); d++) {
                held[d] = true;
            }
        }
        return held;
    }
}
