package org.diaban.domain.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.diaban.domain.common.DomainException;
import org.junit.jupiter.api.Test;

class DecisionNumberingTest {

    @Test
    void theFirstDecisionOfATermIsNumberOne() {
        assertEquals("1-QĐ/HU", DecisionNumbering.next("QĐ", "HU", List.of()).format());
    }

    @Test
    void theNextNumberFollowsTheHighestAndLeavesGapsAlone() {
        assertEquals("107-QĐ/HU", DecisionNumbering.next("QĐ", "HU", List.of(3, 106, 12)).format());
        assertEquals("5-QĐ/ĐU", DecisionNumbering.next("QĐ", "ĐU", Arrays.asList(null, 4)).format());
    }

    @Test
    void aNumberAlreadyGivenInTheTermIsRefusedWithTheSymbolAndTerm() {
        DomainException e = assertThrows(DomainException.class, () -> DecisionNumbering.checkUnused(
                new DecisionSymbol(106, "QĐ", "HU"), List.of(105, 106), "2020-2025"));
        assertEquals("assignments.error.duplicateNumber", e.messageKey());
        assertEquals(List.of("106-QĐ/HU", "2020-2025"), e.arguments());
        DecisionNumbering.checkUnused(new DecisionSymbol(107, "QĐ", "HU"), List.of(105, 106), "2020-2025");
    }
}
