package org.diaban.domain.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

    @Test
    void bothEndsAreInclusive() {
        DateRange r = DateRange.of(LocalDate.of(2022, 5, 22), LocalDate.of(2023, 6, 30));
        assertTrue(r.contains(LocalDate.of(2022, 5, 22)));
        assertTrue(r.contains(LocalDate.of(2023, 6, 30)));
        assertFalse(r.contains(LocalDate.of(2022, 5, 21)));
        assertFalse(r.contains(LocalDate.of(2023, 7, 1)));
    }

    @Test
    void missingEndsAreOpen() {
        assertTrue(DateRange.ALWAYS.contains(LocalDate.of(1900, 1, 1)));
        assertTrue(DateRange.startingOn(JULY_1).contains(LocalDate.of(2100, 1, 1)));
        assertFalse(DateRange.startingOn(JULY_1).contains(JUNE_30));
    }

    @Test
    void periodsThatMeetDoNotOverlap() {
        DateRange before = DateRange.of(null, JUNE_30);
        DateRange after = DateRange.startingOn(JULY_1);
        assertFalse(before.overlaps(after));
        assertTrue(before.overlaps(DateRange.of(JUNE_30, JULY_1)));
        assertTrue(DateRange.ALWAYS.overlaps(after));
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> DateRange.of(JULY_1, JUNE_30));
    }

    @Test
    void endingBeforeADayStopsTheDayBefore() {
        assertTrue(DateRange.startingOn(LocalDate.of(2020, 1, 1)).endingBefore(JULY_1).to().equals(JUNE_30));
    }
}
