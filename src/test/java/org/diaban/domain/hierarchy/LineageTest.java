package org.diaban.domain.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.diaban.domain.common.DateRange;
import org.junit.jupiter.api.Test;

/** "Where did the old commune go?": successors across merges, splits and dissolutions. */
class LineageTest {

    private static final LocalDate DEC_1_2024 = LocalDate.of(2024, 12, 1);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

    private static DateRange until(LocalDate firstDayGone) {
        return DateRange.of(null, firstDayGone.minusDays(1));
    }

    // 1 Sơn Hà joins 2 TT Hữu Lũng on 1/12/2024; 2 and 3 merge into 4 (new xã Hữu Lũng) on 1/7/2025;
    // 5 is split into 6 and 7; 8 (a district) is dissolved into 4, 6, 7; 9 is dissolved without successor.
    private final Map<Long, DateRange> lifetimes = Map.of(
            1L, until(DEC_1_2024), 2L, until(JULY_1), 3L, until(JULY_1), 4L, DateRange.startingOn(JULY_1),
            5L, until(JULY_1), 6L, DateRange.startingOn(JULY_1), 7L, DateRange.startingOn(JULY_1),
            8L, until(JULY_1), 9L, until(JULY_1));
    private final List<ReorganisationStep> steps = List.of(
            new ReorganisationStep(100L, ReorganisationKind.MERGE, DEC_1_2024, List.of(1L, 2L), List.of(2L)),
            new ReorganisationStep(101L, ReorganisationKind.MERGE, JULY_1, List.of(2L, 3L), List.of(4L)),
            new ReorganisationStep(102L, ReorganisationKind.SPLIT, JULY_1, List.of(5L), List.of(6L, 7L)),
            new ReorganisationStep(103L, ReorganisationKind.DISSOLVE, JULY_1, List.of(8L), List.of(4L, 6L, 7L)),
            new ReorganisationStep(104L, ReorganisationKind.DISSOLVE, JULY_1, List.of(9L), List.of()));
    private final Lineage lineage = new Lineage(lifetimes, steps);

    @Test
    void aUnitThatStillExistsStandsForItself() {
        assertEquals(List.of(2L), lineage.successorsOn(2L, LocalDate.of(2025, 6, 30)));
    }

    @Test
    void anAbsorbedUnitResolvesToTheUnitThatTookItIn() {
        assertEquals(List.of(2L), lineage.successorsOn(1L, LocalDate.of(2025, 1, 15)));
    }

    @Test
    void mergesAreFollowedTransitively() {
        assertEquals(List.of(4L), lineage.successorsOn(1L, JULY_1));
        assertEquals(List.of(4L), lineage.successorsOn(3L, LocalDate.of(2026, 11, 28)));
    }

    @Test
    void aSplitUnitResolvesToAllItsSuccessors() {
        assertEquals(List.of(6L, 7L), lineage.successorsOn(5L, JULY_1));
    }

    @Test
    void aDissolvedDistrictResolvesToTheCommunesOfItsTerritory() {
        assertEquals(List.of(4L, 6L, 7L), lineage.successorsOn(8L, JULY_1));
    }

    @Test
    void aUnitDissolvedWithoutSuccessorResolvesToNothing() {
        assertEquals(List.of(), lineage.successorsOn(9L, JULY_1));
    }

    @Test
    void eventsAfterTheDayAreNotFollowed() {
        // before the merge took effect, Sơn Hà's lineage stops at itself: it no longer exists, nothing replaced it yet
        assertEquals(List.of(), lineage.successorsOn(1L, LocalDate.of(2024, 6, 1)).stream()
                .filter(id -> id != 1L).toList());
        assertEquals(List.of(), new Lineage(lifetimes, List.of()).successorsOn(3L, JULY_1));
    }

    @Test
    void predecessorsAndHistoryAreKnown() {
        assertEquals(List.of(2L, 3L, 8L), lineage.directPredecessors(4L));
        assertEquals(List.of(100L, 101L), lineage.history(2L).stream().map(ReorganisationStep::id).toList());
    }
}
