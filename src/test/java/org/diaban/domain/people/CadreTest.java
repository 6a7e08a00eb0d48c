package org.diaban.domain.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.common.DomainException;
import org.junit.jupiter.api.Test;

/** Dated positions decide a cadre's Resolution 77 category on any day. */
class CadreTest {

    private static final Long HUYEN_UY = 2L;
    private static final Long DANG_UY_XA = 5L;

    private final Cadre cadre = new Cadre(new CadreProfile("Hoàng Văn Nghiệm", Gender.MALE, 1972, "Tày", null, null,
            null, null));

    @Test
    void theHighestPositionHeldThatDayGivesTheCategory() {
        cadre.addPosition(new PositionSpec(PositionKind.EXECUTIVE_MEMBER, HUYEN_UY, 2L, "Huyện ủy viên",
                DateRange.of(LocalDate.of(2020, 8, 1), null)));
        cadre.addPosition(new PositionSpec(PositionKind.SECRETARY, HUYEN_UY, 2L, "Bí thư Huyện ủy",
                DateRange.of(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 6, 30))));
        assertEquals(Optional.of(CadreCategory.BCH), cadre.categoryOn(LocalDate.of(2021, 1, 1)));
        assertEquals(Optional.of(CadreCategory.BTV), cadre.categoryOn(LocalDate.of(2023, 1, 1)));
        assertEquals(Optional.empty(), cadre.categoryOn(LocalDate.of(2019, 1, 1)));
    }

    @Test
    void theSamePersonCarriesNewTitlesAfterTheReform() {
        cadre.addPosition(new PositionSpec(PositionKind.SECRETARY, HUYEN_UY, 2L, "Bí thư Huyện ủy Hữu Lũng",
                DateRange.of(LocalDate.of(2020, 8, 1), LocalDate.of(2025, 6, 30))));
        cadre.addPosition(new PositionSpec(PositionKind.SECRETARY, DANG_UY_XA, 3L, "Bí thư Đảng ủy xã Hữu Lũng",
                DateRange.startingOn(LocalDate.of(2025, 7, 1))));
        assertEquals(HUYEN_UY, cadre.positionsOn(LocalDate.of(2025, 6, 30)).get(0).committeeUnitId());
        assertEquals(DANG_UY_XA, cadre.positionsOn(LocalDate.of(2025, 7, 1)).get(0).committeeUnitId());
    }

    @Test
    void retiringEndsOpenPositionsTheDayBefore() {
        cadre.addPosition(new PositionSpec(PositionKind.LEADER_MANAGER, HUYEN_UY, 2L, "Trưởng phòng Nội vụ",
                DateRange.startingOn(LocalDate.of(2021, 3, 1))));
        LocalDate day = LocalDate.of(2024, 10, 1);
        cadre.retire(day, "Nghỉ hưu");
        assertFalse(cadre.isActiveOn(day));
        assertTrue(cadre.isActiveOn(day.minusDays(1)));
        assertEquals(day.minusDays(1), cadre.positions().get(0).range().to());
        assertThrows(DomainException.class, () -> cadre.retire(day, null));
        cadre.reinstate();
        assertTrue(cadre.isActiveOn(day));
    }

    @Test
    void profilesAreChecked() {
        assertThrows(DomainException.class, () -> CadreProfile.named("  "));
        assertThrows(DomainException.class, () -> CadreProfile.named("Nguyễn Văn 2"));
        assertThrows(DomainException.class, () -> new CadreProfile("Lý Thị Hoa", null, 1890, null, null, null, null,
                null));
        assertThrows(DomainException.class, () -> new CadreProfile("Lý Thị Hoa", null, null, null, null, null,
                "abc", null));
        assertEquals("Lý Thị Hoa", CadreProfile.named("  Lý   Thị Hoa ").fullName());
    }

    @Test
    void categoriesRankBtvOverBchOverLeaders() {
        assertEquals(Optional.of(CadreCategory.BTV), PositionRules.categoryOf(List.of(PositionKind.LEADER_MANAGER,
                PositionKind.DEPUTY_SECRETARY, PositionKind.EXECUTIVE_MEMBER)));
        assertTrue(CadreCategory.BCH.outranks(CadreCategory.LDQL));
        assertFalse(PositionKind.LEADER_MANAGER.isCommitteeMember());
        assertTrue(PositionKind.STANDING_MEMBER.isCommitteeMember());
    }
}
