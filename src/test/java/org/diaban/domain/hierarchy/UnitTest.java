package org.diaban.domain.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.diaban.domain.common.DomainException;
import org.junit.jupiter.api.Test;

/** A unit keeps its identity while its name, type and parent change over time. */
class UnitTest {

    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

    private final UnitDescription townShip = new UnitDescription(7L, "Hữu Lũng", "Thị trấn Hữu Lũng", null,
            "Đảng bộ thị trấn Hữu Lũng", "Đảng ủy thị trấn Hữu Lũng", "ĐU");

    @Test
    void aChangeFromADayStartsANewVersionAndKeepsTheOldOne() {
        Unit unit = new Unit("huu-lung.huu-lung", LocalDate.of(2019, 1, 1), townShip, 2L);
        unit.changeFrom(JULY_1, townShip.withName("Hữu Lũng", "Xã Hữu Lũng"), 1L);
        assertEquals(2, unit.versions().size());
        assertEquals("Thị trấn Hữu Lũng", unit.versionOn(JULY_1.minusDays(1)).orElseThrow().fullName());
        assertEquals("Xã Hữu Lũng", unit.versionOn(JULY_1).orElseThrow().fullName());
        assertEquals(2L, unit.versionOn(JULY_1.minusDays(1)).orElseThrow().parentId());
        assertEquals(1L, unit.latestVersion().parentId());
    }

    @Test
    void droppingTheLatestVersionRestoresThePreviousOne() {
        Unit unit = new Unit("k", null, townShip, 2L);
        unit.changeFrom(JULY_1, townShip, 1L);
        unit.dropLatestVersion();
        assertEquals(1, unit.versions().size());
        assertTrue(unit.latestVersion().range().isOpenEnded());
        assertThrows(DomainException.class, unit::dropLatestVersion);
    }

    @Test
    void endingAUnitEndsItsCurrentVersionAndReopeningUndoesIt() {
        Unit unit = new Unit("k", null, townShip, 2L);
        unit.endOn(JULY_1.minusDays(1));
        assertFalse(unit.existsOn(JULY_1));
        assertEquals(JULY_1.minusDays(1), unit.latestVersion().validTo());
        unit.reopen(null);
        assertTrue(unit.existsOn(JULY_1));
        assertTrue(unit.latestVersion().range().isOpenEnded());
    }

    @Test
    void historyCannotBeRewrittenSilently() {
        Unit unit = new Unit("k", LocalDate.of(2019, 1, 1), townShip, 2L);
        unit.changeFrom(JULY_1, townShip, 1L);
        assertThrows(DomainException.class, () -> unit.changeFrom(LocalDate.of(2020, 1, 1), townShip, 1L));
        assertThrows(DomainException.class, () -> unit.changeFrom(JULY_1, townShip, 2L));
        assertThrows(DomainException.class, () -> unit.endOn(LocalDate.of(2024, 1, 1)));
        assertThrows(DomainException.class, () -> unit.changeFrom(LocalDate.of(2018, 1, 1), townShip, 2L));
    }

    @Test
    void keysAndNamesAreChecked() {
        assertThrows(DomainException.class, () -> new Unit("Hữu Lũng", null, townShip, null));
        assertThrows(DomainException.class, () -> new Unit(" ", null, townShip, null));
        assertThrows(DomainException.class, () -> new UnitDescription(7L, " ", null, null, null, null, null));
        assertEquals("Sơn Hà", new UnitDescription(5L, " Sơn Hà ", "", null, null, null, null).fullName());
    }
}
