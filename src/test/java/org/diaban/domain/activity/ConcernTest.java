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

    @Test
    void theAllowedNextStatusesFollowTheIssue() {
        assertEquals(java.util.EnumSet.of(ConcernStatus.IN_PROGRESS, ConcernStatus.ESCALATED, ConcernStatus.RESOLVED),
                ConcernStatus.NEW.next());
        assertTrue(ConcernStatus.IN_PROGRESS.canMoveTo(ConcernStatus.RESOLVED));
        assertTrue(ConcernStatus.ESCALATED.canMoveTo(ConcernStatus.CLOSED));
        assertTrue(ConcernStatus.RESOLVED.canMoveTo(ConcernStatus.CLOSED));
        assertFalse(ConcernStatus.IN_PROGRESS.canMoveTo(ConcernStatus.NEW));
        assertTrue(ConcernStatus.CLOSED.next().isEmpty());
        for (ConcernStatus s : ConcernStatus.values()) {
            assertFalse(s.canMoveTo(s), s + " moves to itself");
        }
    }

    @Test
    void aHandoverIsDatedAndLaterStepsCannotPrecedeIt() {
        Concern c = concern();
        c.handOver("Phòng Tài nguyên và Môi trường", RAISED.plusDays(6), "Vượt thẩm quyền");
        assertThrows(DomainException.class, () -> c.moveTo(ConcernStatus.RESOLVED, RAISED.plusDays(5), null));
        assertThrows(DomainException.class, () -> c.handOver(" ", RAISED.plusDays(7), null));
        List<ConcernStatusChange> steps = c.history();
        assertTrue(steps.get(1).isHandover(steps.get(0)));
        assertEquals(RAISED.plusDays(6), c.lastChangeOn());
    }

    @Test
    void theLatestStepCanBeTakenBackButNotTheFirst() {
        Concern c = concern();
        c.moveTo(ConcernStatus.IN_PROGRESS, RAISED.plusDays(2), null);
        c.handOver("Sở Xây dựng", RAISED.plusDays(3), null);
        c.takeBackLastChange();
        assertEquals("UBND xã Tuấn Sơn", c.responsibleBody());
        c.takeBackLastChange();
        assertEquals(ConcernStatus.NEW, c.status());
        assertEquals(RAISED, c.statusOn());
        assertThrows(DomainException.class, c::takeBackLastChange);
    }

    @Test
    void aWithdrawnConcernIsFrozenAndNeverOverdueUntilRestored() {
        Concern c = concern();
        c.withdraw(RAISED.plusDays(40));
        assertTrue(c.isWithdrawn());
        assertFalse(c.isOverdueOn(RAISED.plusDays(40)));
        assertThrows(DomainException.class, () -> c.moveTo(ConcernStatus.RESOLVED, RAISED.plusDays(40), null));
        assertThrows(DomainException.class, () -> c.withdraw(RAISED.plusDays(41)));
        c.restore();
        assertTrue(c.isOverdueOn(RAISED.plusDays(40)));
    }

    @Test
    void correctionsMoveTheFirstStepButNotPastALaterOne() {
        Concern c = concern();
        c.correct(8L, RAISED.plusDays(1), 2L, "Nội dung đã sửa", "UBND xã Hòa Sơn", RAISED.plusDays(20));
        assertEquals(RAISED.plusDays(1), c.history().get(0).changedOn());
        assertEquals("UBND xã Hòa Sơn", c.history().get(0).responsibleBody());
        c.moveTo(ConcernStatus.IN_PROGRESS, RAISED.plusDays(3), null);
        assertThrows(DomainException.class,
                () -> c.correct(8L, RAISED.plusDays(4), 2L, "x", null, null));
        assertThrows(DomainException.class,
                () -> c.correct(8L, RAISED.plusDays(2), 2L, "x", null, RAISED.plusDays(1)));
    }
}
