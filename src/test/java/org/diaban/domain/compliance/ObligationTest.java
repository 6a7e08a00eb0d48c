package org.diaban.domain.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.common.DateRange;
import org.junit.jupiter.api.Test;

/** What a member owes for the days of a year they held a seat, and how they stand on a day. */
class ObligationTest {

    private static final long PROVINCE = 1L;
    private static final long DISTRICT = 2L;
    private static final long COMMUNE = 3L;
    private static final LocalDate SINCE = LocalDate.of(2019, 5, 29);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private final AttendanceNorms norms = new AttendanceNorms(List.of(
            new AttendanceNorm(PROVINCE, 1, DateRange.startingOn(SINCE), "1764"),
            new AttendanceNorm(DISTRICT, 2, DateRange.of(SINCE, REFORM.minusDays(1)), "1764"),
            new AttendanceNorm(COMMUNE, 4, DateRange.startingOn(SINCE), "1764")));

    private Obligation owed(long tier, int year, DateRange seat, LocalDate asOf) {
        int[] calendar = norms.calendar(tier, year);
        return Obligation.of(year, List.of(seat), d -> calendar[d], asOf);
    }

    private static LocalDate day(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    @Test
    void aFullYearAtFourIsJudgedProRataThroughTheYear() {
        DateRange always = DateRange.startingOn(day(2020, 1, 1));
        assertEquals(4, owed(COMMUNE, 2026, always, day(2026, 2, 1)).required());
        // February: nothing due yet
        assertEquals(ComplianceStatus.ON_TRACK, owed(COMMUNE, 2026, always, day(2026, 2, 1)).judge(0));
        // end of March: one due
        assertEquals(ComplianceStatus.BEHIND, owed(COMMUNE, 2026, always, day(2026, 4, 2)).judge(0));
        assertEquals(ComplianceStatus.ON_TRACK, owed(COMMUNE, 2026, always, day(2026, 4, 2)).judge(1));
        // mid-year: two due, the same as the yearly rule of ComplianceStatus
        Obligation july = owed(COMMUNE, 2026, always, day(2026, 7, 2));
        assertEquals(2, july.dueSoFar());
        assertEquals(ComplianceStatus.judge(4, 1, 2026, day(2026, 7, 2)), july.judge(1));
        assertEquals(ComplianceStatus.judge(4, 2, 2026, day(2026, 7, 2)), july.judge(2));
        // late November (the test clock): three due
        assertEquals(ComplianceStatus.BEHIND, owed(COMMUNE, 2026, always, day(2026, 11, 28)).judge(2));
        assertEquals(ComplianceStatus.ON_TRACK, owed(COMMUNE, 2026, always, day(2026, 11, 28)).judge(3));
        assertEquals(ComplianceStatus.MET, owed(COMMUNE, 2026, always, day(2026, 3, 1)).judge(4));
    }

    @Test
    void onceTheYearIsOverBelowTheNormIsBehind() {
        DateRange always = DateRange.startingOn(day(2020, 1, 1));
        Obligation over = owed(COMMUNE, 2025, always, day(2025, 12, 31));
        assertTrue(over.finished());
        assertEquals(ComplianceStatus.BEHIND, over.judge(3));
        assertEquals(ComplianceStatus.MET, over.judge(5));
        assertEquals(ComplianceStatus.BEHIND, owed(PROVINCE, 2024, always, day(2024, 12, 31)).judge(0));
    }

    @Test
    void aSeatForPartOfTheYearOwesItsShareRoundedUp() {
        // joined on 1 July: 184 of 365 days at 4 a year is 2.02, so 3
        Obligation joined = owed(COMMUNE, 2026, DateRange.startingOn(day(2026, 7, 1)), day(2026, 11, 28));
        assertEquals(3, joined.required());
        assertEquals(184, joined.seatDays());
        assertFalse(joined.finished());
        // a single day still owes one meeting
        assertEquals(1, owed(COMMUNE, 2026, DateRange.startingOn(day(2026, 12, 31)), day(2026, 12, 31)).required());
    }

    @Test
    void theDistrictTierAcrossTheReform() {
        DateRange term = DateRange.of(day(2020, 10, 1), day(2025, 6, 30));
        // 2024: a full (leap) year at 2
        Obligation y2024 = owed(DISTRICT, 2024, term, day(2024, 12, 31));
        assertEquals(2, y2024.required());
        assertEquals(ComplianceStatus.BEHIND, y2024.judge(1));
        assertEquals(ComplianceStatus.MET, y2024.judge(2));
        // 2025: the seat ends on 30/6 with the tier; 181 days at 2 a year owe one meeting, judged finally
        Obligation y2025 = owed(DISTRICT, 2025, term, day(2025, 11, 28));
        assertEquals(1, y2025.required());
        assertTrue(y2025.finished());
        assertEquals(ComplianceStatus.BEHIND, y2025.judge(0));
        assertEquals(ComplianceStatus.MET, y2025.judge(1));
        // a seat recorded past the reform owes nothing for the days after it
        Obligation stale = owed(DISTRICT, 2025, DateRange.startingOn(day(2020, 10, 1)), day(2025, 11, 28));
        assertEquals(1, stale.required());
        assertTrue(stale.normLapsed());
        // 2026: no district norm at all
        Obligation y2026 = owed(DISTRICT, 2026, DateRange.startingOn(day(2020, 10, 1)), day(2026, 11, 28));
        assertNull(y2026.required());
        assertNull(y2026.judge(3));
    }

    @Test
    void aRetiredCadreIsJudgedFinallyOnTheDaysServed() {
        // retired on 1 April 2026: the seat ended on 31 March, 90 days at 4 a year owe one
        Obligation retired = owed(COMMUNE, 2026, DateRange.of(day(2021, 1, 1), day(2026, 3, 31)), day(2026, 11, 28));
        assertEquals(1, retired.required());
        assertTrue(retired.finished());
        assertEquals(ComplianceStatus.BEHIND, retired.judge(0));
        assertEquals(ComplianceStatus.MET, retired.judge(1));
    }

    @Test
    void aYearNotBegunIsOnTrack() {
        Obligation next = owed(COMMUNE, 2027, DateRange.startingOn(day(2020, 1, 1)), day(2026, 11, 28));
        assertEquals(0, next.dueSoFar());
        assertEquals(ComplianceStatus.ON_TRACK, next.judge(0));
    }

    @Test
    void seatsOnTheSameCommitteeAreMergedAndMeetingsCountOnlyWithinThem() {
        List<DateRange> seats = List.of(DateRange.of(day(2026, 1, 1), day(2026, 3, 31)),
                DateRange.of(day(2026, 3, 1), day(2026, 6, 30)));
        int[] calendar = norms.calendar(COMMUNE, 2026);
        Obligation o = Obligation.of(2026, seats, d -> calendar[d], day(2026, 11, 28));
        assertEquals(181, o.seatDays());
        assertEquals(2, o.required());
        assertTrue(Obligation.within(seats, day(2026, 6, 30)));
        assertFalse(Obligation.within(seats, day(2026, 7, 1)));
    }
}
