package org.diaban.domain.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.common.DomainException;
import org.junit.jupiter.api.Test;

/** Each kind of reorganisation needs the right number of predecessors and successors. */
class ReorganisationTest {

    private static final LocalDate DAY = LocalDate.of(2025, 7, 1);
    private static final String BASIS = "Nghị quyết 1672/NQ-UBTVQH15";

    private static Reorganisation of(ReorganisationKind kind, List<Long> from, List<Long> to) {
        return new Reorganisation(kind, DAY, BASIS, null, from, to);
    }

    @Test
    void threeCommunesMergeIntoOne() {
        Reorganisation r = of(ReorganisationKind.MERGE, List.of(1L, 2L, 3L), List.of(9L));
        assertEquals(List.of(1L, 2L, 3L), r.predecessors());
        assertEquals(List.of(9L), r.successors());
        assertEquals(BASIS, r.legalBasis());
    }

    @Test
    void aCommuneCanBeAbsorbedIntoAnother() {
        assertEquals(List.of(2L), of(ReorganisationKind.MERGE, List.of(1L, 2L), List.of(2L)).successors());
        assertEquals(List.of(2L), of(ReorganisationKind.MERGE, List.of(1L), List.of(2L)).successors());
    }

    @Test
    void badShapesAreRefused() {
        assertThrows(DomainException.class, () -> of(ReorganisationKind.MERGE, List.of(1L), List.of(1L)));
        assertThrows(DomainException.class, () -> of(ReorganisationKind.MERGE, List.of(1L, 2L), List.of(3L, 4L)));
        assertThrows(DomainException.class, () -> of(ReorganisationKind.SPLIT, List.of(1L), List.of(2L)));
        assertThrows(DomainException.class, () -> of(ReorganisationKind.SPLIT, List.of(1L, 2L), List.of(3L, 4L)));
        assertThrows(DomainException.class, () -> of(ReorganisationKind.RENAME, List.of(1L, 2L), List.of()));
        assertThrows(DomainException.class, () -> of(ReorganisationKind.ESTABLISH, List.of(1L), List.of(2L)));
        assertThrows(DomainException.class, () -> of(ReorganisationKind.DISSOLVE, List.of(), List.of()));
        assertThrows(DomainException.class, () -> new Reorganisation(ReorganisationKind.MERGE, null, BASIS, null,
                List.of(1L, 2L), List.of(3L)));
    }

    @Test
    void aSplitNamesAllItsSuccessors() {
        assertEquals(List.of(2L, 3L), of(ReorganisationKind.SPLIT, List.of(1L), List.of(2L, 3L)).step().successors());
    }
}
