package org.diaban.domain.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.common.DomainException;
import org.junit.jupiter.api.Test;

/** A concern moves NEW → IN_PROGRESS → RESOLVED or ESCALATED → CLOSED, with a dated history. */
class ConcernTest {

    private static final LocalDate RAISED = LocalDate.of(2026, 3, 10);

    private Concern concern() {
        return new Concern(7L, RAISED, 1L, "Đền bù giải phóng mặt bằng đường tránh", "UBND xã Tuấn Sơn",
                RAISED.plusDays(30));
    }

    @Test
    void followsItsLifeCycleAndKeepsEveryStep() {
        Concern c = concern();
        c.moveTo(ConcernStatus.IN_PROGRESS, RAISED.plusDays(2), "Đã giao UBND xã");
        c.handOver("Phòng Nông nghiệp và Môi trường", RAISED.plusDays(5), "Chuyển cơ quan chuyên môn");
        c.moveTo(ConcernStatus.RESOLVED, RAISED.plusDays(20), "Đã chi trả");
        c.moveTo(ConcernStatus.CLOSED, RAISED.plusDays(25), null);
        assertEquals(List.of(ConcernStatus.NEW, ConcernStatus.IN_PROGRESS, ConcernStatus.IN_PROGRESS,
                ConcernStatus.RESOLVED, ConcernStatus.CLOSED), c.history().stream().map(ConcernStatusChange::status)
                .toList());
        assertEquals("Phòng Nông nghiệp và Môi trường", c.responsibleBody());
        assertEquals("UBND xã Tuấn Sơn", c.history().get(0).responsibleBody());
    }

    @Test
    void illegalMovesAreRefused() {
        Concern c = concern();
        assertThrows(DomainException.class, () -> c.moveTo(ConcernStatus.CLOSED, RAISED, null));
        c.moveTo(ConcernStatus.ESCALATED, RAISED.plusDays(1), "Chuyển cấp trên");
        c.moveTo(ConcernStatus.CLOSED, RAISED.plusDays(3), null);
        assertThrows(DomainException.class, () -> c.moveTo(ConcernStatus.IN_PROGRESS, RAISED.plusDays(4), null));
        assertThrows(DomainException.class, () -> c.handOver("X", RAISED.plusDays(5), null));
    }

    @Test
    void changesCannotGoBackInTime() {
        Concern c = concern();
        c.moveTo(ConcernStatus.IN_PROGRESS, RAISED.plusDays(5), null);
        assertThrows(DomainException.class, () -> c.moveTo(ConcernStatus.RESOLVED, RAISED.plusDays(4), null));
    }

    @Test
    void anOpenConcernPastItsDeadlineIsOverdue() {
        Concern c = concern();
        assertFalse(c.isOverdueOn(RAISED.plusDays(30)));
        assertTrue(c.isOverdueOn(RAISED.plusDays(31)));
        c.moveTo(ConcernStatus.RESOLVED, RAISED.plusDays(31), null);
        assertFalse(c.isOverdueOn(RAISED.plusDays(60)));
    }

    @Test
    void aConcernNeedsPlaceDateAndContent() {
        assertThrows(DomainException.class, () -> new Concern(null, RAISED, 1L, "x", null, null));
        assertThrows(DomainException.class, () -> new Concern(1L, RAISED, 1L, " ", null, null));
        assertThrows(DomainException.class, () -> new Concern(1L, RAISED, 1L, "x", null, RAISED.minusDays(1)));
    }
}
