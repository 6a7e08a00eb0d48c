package org.diaban.domain.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.common.DomainException;
import org.junit.jupiter.api.Test;

class DecisionSymbolTest {

    @Test
    void readsTheWaysSymbolsAreWritten() {
        DecisionSymbol expected = new DecisionSymbol(107, "QĐ", "HU");
        assertEquals(Optional.of(expected), DecisionSymbol.parse("107-QĐ/HU"));
        assertEquals(Optional.of(expected), DecisionSymbol.parse("Số 107-QĐ/HU"));
        assertEquals(Optional.of(expected), DecisionSymbol.parse("Số: 0107 - QĐ / HU"));
        assertEquals(Optional.of(new DecisionSymbol(12, "QĐ", "ĐU")), DecisionSymbol.parse("12-qđ/đu"));
        assertTrue(DecisionSymbol.parse("Quyết định phân công").isEmpty());
        assertEquals("107-QĐ/HU", expected.format());
    }

    @Test
    void aDecisionKeepsAnUnparsableSymbolAsWritten() {
        Decision d = new Decision("QĐ số 5 ngày 2/3", LocalDate.of(2021, 3, 2), 1L, 2L, DecisionKind.ASSIGNMENT, null);
        assertEquals("QĐ số 5 ngày 2/3", d.symbol());
        Decision parsed = new Decision("Số 107-QĐ/HU", null, 1L, 2L, DecisionKind.ASSIGNMENT, null);
        assertEquals("107-QĐ/HU", parsed.symbol());
        assertEquals(107, parsed.numberInTerm());
    }

    @Test
    void anAssignmentPointsAtExactlyOnePlace() {
        assertThrows(DomainException.class, () -> Assignment.toUnit(1L, null, AssignmentRole.IN_CHARGE,
                DateRange.ALWAYS, null));
        Assignment a = Assignment.toUnit(1L, 5L, null, DateRange.startingOn(LocalDate.of(2022, 5, 25)), 9L);
        assertEquals(AssignmentRole.IN_CHARGE, a.role());
        assertTrue(a.isActiveOn(LocalDate.of(2023, 1, 1)));
        a.endOn(LocalDate.of(2025, 6, 30), "Sắp xếp đơn vị hành chính");
        assertTrue(!a.isActiveOn(LocalDate.of(2025, 7, 1)));
        assertThrows(DomainException.class, () -> a.endOn(LocalDate.of(2020, 1, 1), null));
    }
}
