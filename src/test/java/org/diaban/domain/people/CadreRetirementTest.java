package org.diaban.domain.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.common.DomainException;
import org.junit.jupiter.api.Test;

class CadreRetirementTest {

    private static final LocalDate MAY = LocalDate.of(2025, 5, 1);

    @Test
    void retiringEndsOpenPositionsTheDayBefore() {
        Cadre c = new Cadre(CadreProfile.named("Hoàng Văn Bình"));
        c.addPosition(new PositionSpec(PositionKind.EXECUTIVE_MEMBER, 1L, 2L, null, DateRange.startingOn(
                LocalDate.of(2020, 10, 1))));
        c.retire(MAY, "  Nghỉ hưu ");
        assertEquals(LocalDate.of(2025, 4, 30), c.positions().get(0).range().to());
        assertEquals("Nghỉ hưu", c.retiredReason());
        assertFalse(c.isActiveOn(MAY));
        assertTrue(c.isActiveOn(MAY.minusDays(1)));
    }

    @Test
    void cannotRetireOnOrBeforeTheStartOfAPosition() {
        Cadre c = new Cadre(CadreProfile.named("Hoàng Văn Bình"));
        c.addPosition(new PositionSpec(PositionKind.EXECUTIVE_MEMBER, 1L, 2L, null, DateRange.startingOn(MAY)));
        DomainException e = assertThrows(DomainException.class, () -> c.retire(MAY, null));
        assertEquals("cadre.error.retireBeforePositionStart", e.messageKey());
        // nothing changed: the position still reads back
        assertEquals(DateRange.startingOn(MAY), c.positions().get(0).range());
        assertTrue(c.retiredOn().isEmpty());
    }

    @Test
    void retirementNeedsADateAndAShortReason() {
        Cadre c = new Cadre(CadreProfile.named("Hoàng Văn Bình"));
        assertEquals("cadre.error.retireDateRequired",
                assertThrows(DomainException.class, () -> c.retire(null, null)).messageKey());
        assertEquals("cadre.error.reasonTooLong",
                assertThrows(DomainException.class, () -> c.retire(MAY, "x".repeat(501))).messageKey());
        c.retire(MAY, null);
        assertEquals("cadre.error.alreadyRetired",
                assertThrows(DomainException.class, () -> c.retire(MAY, null)).messageKey());
    }
}
