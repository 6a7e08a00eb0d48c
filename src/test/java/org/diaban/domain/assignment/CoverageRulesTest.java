package org.diaban.domain.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.diaban.domain.assignment.CoverageGap.Problem;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.hierarchy.UnitState;
import org.junit.jupiter.api.Test;

class CoverageRulesTest {

    private static final LocalDate START = LocalDate.of(2025, 7, 1);
    private static final LocalDate END = LocalDate.of(2026, 3, 31);

    private static final UnitState COMMUNE = unit(1L, null, "xa", "xa", true);
    private static final UnitState VILLAGE_A = unit(2L, 1L, "thon", "thon", true);
    private static final UnitState VILLAGE_B = unit(3L, 1L, "thon", "thon", true);
    private static final UnitState SCHOOL_CELL = unit(4L, 1L, "chi_bo", "thon", false);
    private static final List<UnitState> TREE = List.of(COMMUNE, VILLAGE_A, VILLAGE_B, SCHOOL_CELL);

    private static UnitState unit(Long id, Long parent, String type, String tier, boolean territorial) {
        return new UnitState(id, "k" + id, id, parent, type, type, type, 0, tier, 0, territorial, "U" + id, "U" + id,
                null, null, null, null, DateRange.ALWAYS, DateRange.ALWAYS);
    }

    private static Assignment inCharge(long id, Long unit, LocalDate from, LocalDate to) {
        return withId(Assignment.toUnit(7L, unit, AssignmentRole.IN_CHARGE, DateRange.of(from, to), null), id);
    }

    private static Assignment withId(Assignment a, long id) {
        try {
            Field f = Assignment.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(a, id);
            return a;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<Long, Set<Problem>> gaps(CoverageRules rules, List<Assignment> assignments, LocalDate day,
                                                Set<Long> btv) {
        return rules.gaps(TREE, CoverageRules.unitsInCharge(assignments, day), btv).stream()
                .collect(Collectors.toMap(CoverageGap::unitId, CoverageGap::problems));
    }

    @Test
    void anAssignmentCoversItsUnitUntilItsLastDayButNotAfter() {
        List<Assignment> list = List.of(inCharge(1, 1L, START, END), inCharge(2, 2L, START, END),
                inCharge(3, 3L, START, END));
        assertEquals(Map.of(), gaps(CoverageRules.ALL, list, END, Set.of(1L)));
        assertEquals(Set.of(1L, 2L, 3L), gaps(CoverageRules.ALL, list, END.plusDays(1), Set.of()).keySet());
        assertEquals(Set.of(1L, 2L, 3L), gaps(CoverageRules.ALL, list, START.minusDays(1), Set.of()).keySet());
    }

    @Test
    void aCancelledAssignmentCoversNothing() {
        Assignment mistaken = inCharge(1, 2L, START, null);
        mistaken.cancel(LocalDate.of(2025, 8, 1), "wrong village");
        assertEquals(Set.of(Problem.NO_CADRE_IN_CHARGE), gaps(CoverageRules.ALL, List.of(mistaken),
                END, Set.of()).get(2L));
        mistaken.restore();
        assertTrue(!gaps(CoverageRules.ALL, List.of(mistaken), END, Set.of()).containsKey(2L));
    }

    @Test
    void aHouseholdAssignmentOrAnotherRoleDoesNotPutAnyoneInChargeOfTheVillage() {
        Assignment household = withId(Assignment.toHousehold(7L, 99L, AssignmentRole.IN_CHARGE,
                DateRange.startingOn(START), null), 1);
        Assignment follows = withId(Assignment.toUnit(7L, 3L, AssignmentRole.FOLLOW,
                DateRange.startingOn(START), null), 2);
        Map<Long, Set<Problem>> found = gaps(CoverageRules.ALL, List.of(household, follows), END, Set.of());
        assertTrue(found.containsKey(2L));
        assertTrue(found.containsKey(3L));
    }

    @Test
    void aCommuneWithCadresInChargeButNoBtvMemberIsWarnedOfThat() {
        List<Assignment> list = List.of(inCharge(1, 1L, START, null));
        assertEquals(Set.of(Problem.NO_BTV_IN_CHARGE), gaps(CoverageRules.ALL, list, END, Set.of()).get(1L));
        assertTrue(!gaps(CoverageRules.ALL, list, END, Set.of(1L)).containsKey(1L));
    }

    @Test
    void nonTerritorialCellsAreNeverWarnedAndTheSettingsSwitchTheRulesOff() {
        Map<Long, Set<Problem>> all = gaps(CoverageRules.ALL, List.of(), END, Set.of());
        assertEquals(Set.of(1L, 2L, 3L), all.keySet());
        assertEquals(Set.of(Problem.NO_CADRE_IN_CHARGE), all.get(1L));
        assertEquals(Set.of(1L), gaps(new CoverageRules(false, true), List.of(), END, Set.of()).keySet());
        assertEquals(Set.of(2L, 3L), gaps(new CoverageRules(true, false), List.of(), END, Set.of()).keySet());
    }
}
