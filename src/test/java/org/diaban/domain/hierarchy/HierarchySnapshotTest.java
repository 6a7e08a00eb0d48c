package org.diaban.domain.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.common.DateRange;
import org.junit.jupiter.api.Test;

/** The tree as it stood on a day: four tiers before the July 2025 reform, three after. */
class HierarchySnapshotTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

    private final UnitState province = Units.state(1, "lang-son", null, "tinh", "tinh", 1, "Lạng Sơn", null, null);
    private final UnitState district = Units.state(2, "huu-lung", 1L, "huyen", "huyen", 2, "Hữu Lũng", null, JUNE_30);
    private final UnitState hoSon = Units.state(3, "huu-lung.ho-son", 2L, "xa", "xa", 3, "Hồ Sơn", null, JUNE_30);
    private final UnitState hoaSon = Units.state(4, "huu-lung.hoa-son", 2L, "xa", "xa", 3, "Hòa Sơn", null, JUNE_30);
    private final UnitState tuanSon = Units.state(5, "xa-tuan-son", 1L, "xa", "xa", 3, "Tuấn Sơn", JULY_1, null);
    private final DateRange villageLife = DateRange.ALWAYS;
    private final UnitState villageBefore = Units.version(Units.state(6, "huu-lung.ho-son.dong-tien", 3L, "thon",
            "thon", 4, "Đồng Tiến", null, null), 60, 3L, "Đồng Tiến", null, JUNE_30, villageLife);
    private final UnitState villageAfter = Units.version(villageBefore, 61, 5L, "Đồng Tiến", JULY_1, null,
            villageLife);

    private final List<UnitState> all = List.of(province, district, hoSon, hoaSon, tuanSon, villageBefore,
            villageAfter);

    @Test
    void beforeTheReformTheTreeHasFourTiers() {
        HierarchySnapshot s = HierarchySnapshot.on(JUNE_30, all);
        assertEquals(List.of(province), s.roots());
        assertEquals(List.of("Hòa Sơn", "Hồ Sơn"), s.children(2L).stream().map(UnitState::name).toList());
        assertEquals(List.of(6L, 3L, 2L, 1L), s.pathToRoot(6L).stream().map(UnitState::unitId).toList());
        assertFalse(s.contains(5L));
        assertEquals(1, s.countInSubtree(1L, Tier.VILLAGE));
    }

    @Test
    void afterTheReformTheVillageHangsUnderTheNewCommuneUnderTheProvince() {
        HierarchySnapshot s = HierarchySnapshot.on(JULY_1, all);
        assertFalse(s.contains(2L));
        assertEquals(List.of(tuanSon), s.children(1L));
        assertEquals(61L, s.unit(6L).orElseThrow().versionId());
        assertEquals(List.of(6L, 5L, 1L), s.pathToRoot(6L).stream().map(UnitState::unitId).toList());
        assertEquals(List.of(1L, 5L, 6L), s.subtree(1L).stream().map(UnitState::unitId).toList());
    }

    @Test
    void aUnitWhoseParentDidNotExistThatDayStaysVisibleAtTheTop() {
        UnitState orphan = Units.state(9, "x", 2L, "xa", "xa", 3, "Mồ côi", JULY_1, null);
        HierarchySnapshot s = HierarchySnapshot.on(JULY_1, List.of(province, district, orphan));
        assertEquals(List.of(1L, 9L), s.roots().stream().map(UnitState::unitId).toList());
    }

    @Test
    void twoVersionsValidOnOneDayAreAnError() {
        UnitState overlap = Units.version(villageBefore, 62, 3L, "Trùng", JUNE_30, null, villageLife);
        assertThrows(IllegalStateException.class, () -> HierarchySnapshot.on(JUNE_30, List.of(villageBefore, overlap)));
    }

    @Test
    void siblingsAreInVietnameseOrder() {
        UnitState a = Units.state(20, "a", 1L, "xa", "xa", 3, "Đồng Tân", null, null);
        UnitState b = Units.state(21, "b", 1L, "xa", "xa", 3, "Dân Chủ", null, null);
        UnitState c = Units.state(22, "c", 1L, "xa", "xa", 3, "Ái Quốc", null, null);
        HierarchySnapshot s = HierarchySnapshot.on(JULY_1, List.of(province, a, b, c));
        assertEquals(List.of("Ái Quốc", "Dân Chủ", "Đồng Tân"), s.children(1L).stream().map(UnitState::name).toList());
        assertTrue(s.hasChildren(1L));
    }

    @Test
    void ancestorsAndSelfRollFiguresUp() {
        HierarchySnapshot s = HierarchySnapshot.on(JUNE_30, all);
        assertEquals(List.of(6L, 3L, 2L, 1L), s.ancestorsAndSelf().get(6L));
    }
}
