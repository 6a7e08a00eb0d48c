package org.diaban.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.common.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportPeriodTest {

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void everyCommandLineFormParses() {
        assertEquals(new ReportPeriod(ReportPeriod.Kind.YEAR, 2023, 0, d(2023, 1, 1), d(2023, 12, 31)),
                ReportPeriod.parse("2023"));
        assertEquals(new ReportPeriod(ReportPeriod.Kind.QUARTER, 2023, 2, d(2023, 4, 1), d(2023, 6, 30)),
                ReportPeriod.parse("2023-Q2"));
        assertEquals(ReportPeriod.parse("2023-Q2"), ReportPeriod.parse(" 2023-q2 "), "case and spaces do not matter");
        assertEquals(new ReportPeriod(ReportPeriod.Kind.HALF_YEAR, 2023, 0, d(2023, 1, 1), d(2023, 6, 30)),
                ReportPeriod.parse("2023-H1"));
        assertEquals(new ReportPeriod(ReportPeriod.Kind.NINE_MONTHS, 2023, 0, d(2023, 1, 1), d(2023, 9, 30)),
                ReportPeriod.parse("2023-9M"));
        assertEquals(new ReportPeriod(ReportPeriod.Kind.MONTH, 2024, 2, d(2024, 2, 1), d(2024, 2, 29)),
                ReportPeriod.parse("2024-02"), "a leap February");
        assertEquals(d(2023, 12, 31), ReportPeriod.parse("2023-Q4").to());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "2023-Q5", "2023-Q0", "2023-13", "2023-00", "23", "2023-H2", "Q2-2023",
        "2023-05-01", "năm 2023"})
    void badTextNamesItselfInTheMessage(String text) {
        DomainException e = assertThrows(DomainException.class, () -> ReportPeriod.parse(text));
        assertEquals("report.error.badPeriod", e.messageKey());
        assertEquals(List.of(text.strip()), e.arguments());
    }

    @Test
    void nullTextIsABadPeriodNotACrash() {
        assertEquals("report.error.badPeriod",
                assertThrows(DomainException.class, () -> ReportPeriod.parse(null)).messageKey());
    }

    @Test
    void aCustomRangeKeepsItsDaysAndMayNotEndBeforeItStarts() {
        ReportPeriod p = ReportPeriod.custom(d(2022, 5, 22), d(2023, 6, 30));
        assertEquals(ReportPeriod.Kind.CUSTOM, p.kind());
        assertEquals(2023, p.year(), "the year of its last day");
        assertTrue(p.contains(d(2022, 5, 22)));
        assertTrue(p.contains(d(2023, 6, 30)));
        assertFalse(p.contains(d(2022, 5, 21)));
        assertFalse(p.contains(d(2023, 7, 1)));
        assertEquals(1, ReportPeriod.custom(d(2024, 3, 3), d(2024, 3, 3)).quarters().size(), "a single day");
        DomainException e = assertThrows(DomainException.class,
                () -> ReportPeriod.custom(d(2023, 6, 30), d(2022, 5, 22)));
        assertEquals("report.error.periodEndsBeforeStart", e.messageKey());
        assertEquals(List.of(d(2022, 5, 22), d(2023, 6, 30)), e.arguments());
    }

    @Test
    void quartersAreTheCalendarQuartersTouchedClippedToThePeriod() {
        List<ReportPeriod> qs = ReportPeriod.custom(d(2022, 5, 22), d(2023, 6, 30)).quarters();
        assertEquals(5, qs.size());
        assertEquals(List.of("2022-2", "2022-3", "2022-4", "2023-1", "2023-2"),
                qs.stream().map(q -> q.year() + "-" + q.index()).toList());
        assertEquals(d(2022, 5, 22), qs.get(0).from(), "clipped to the period's first day");
        assertEquals(d(2022, 6, 30), qs.get(0).to());
        assertEquals(d(2023, 6, 30), qs.get(4).to());
        assertEquals(4, ReportPeriod.parse("2023").quarters().size());
        assertEquals(3, ReportPeriod.parse("2023-9M").quarters().size());
        assertEquals(List.of(ReportPeriod.quarter(2023, 2)), ReportPeriod.parse("2023-05").quarters().stream()
                .map(q -> ReportPeriod.quarter(q.year(), q.index())).toList());
        assertEquals(d(2023, 5, 1), ReportPeriod.parse("2023-05").quarters().get(0).from());
        assertEquals(d(2023, 5, 31), ReportPeriod.parse("2023-05").quarters().get(0).to());
    }

    @Test
    void yearsAreTheCalendarYearsTouched() {
        assertEquals(List.of(2022, 2023), ReportPeriod.custom(d(2022, 12, 31), d(2023, 1, 1)).years());
        assertEquals(List.of(2025), ReportPeriod.parse("2025-H1").years());
        assertEquals(List.of(2021, 2022, 2023), ReportPeriod.custom(d(2021, 6, 1), d(2023, 2, 1)).years());
    }
}
