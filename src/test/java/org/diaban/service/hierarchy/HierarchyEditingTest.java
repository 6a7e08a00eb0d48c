package org.diaban.service.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.service.Services;
import org.diaban.testing.HierarchyDump;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating, correcting, renaming, moving and dissolving units, and the inverse of each. */
class HierarchyEditingTest {

    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);

    @TempDir
    Path dir;

    private Services services;
    private HierarchyEditing editing;
    private HierarchyQueries queries;
    private SampleHierarchy sample;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        sample = SampleHierarchy.create(services);
        editing = services.hierarchyEditing();
        queries = services.hierarchyQueries();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Long hoSon() {
        return sample.communes.get(0);
    }

    private UnitState on(LocalDate day, Long unitId) {
        return queries.snapshotOn(day).unit(unitId).orElseThrow();
    }

    private static UnitEdit village(String name, Long parent) {
        return new UnitEdit("thon", name, "Thôn " + name, null, "Chi bộ thôn " + name, null, null, parent);
    }

    @Test
    void createsAUnitWithADerivedKeyAndDeletesItAgain() {
        List<String> before = HierarchyDump.of(services);

        Long id = editing.create(new NewUnit(null, village("Khuôn Bò", hoSon()), JULY, null));

        HierarchySnapshot snapshot = queries.snapshotOn(JULY);
        assertEquals("huu-lung.ho-son.khuon-bo", snapshot.unit(id).orElseThrow().externalKey());
        assertEquals(3, snapshot.children(hoSon()).size());
        assertFalse(queries.snapshotOn(JULY.minusDays(1)).contains(id));

        editing.deleteCreated(id);
        assertEquals(before, HierarchyDump.of(services));
    }

    @Test
    void refusesATypeOfTheParentsTierAndLeavesNothingBehind() {
        List<String> before = HierarchyDump.of(services);
        DomainException e = assertThrows(DomainException.class, () -> editing.create(new NewUnit(null,
                new UnitEdit("xa", "Minh Sơn", null, null, null, null, null, hoSon()), JULY, null)));
        assertEquals("unit.error.tierOrder", e.messageKey());
        assertEquals(before, HierarchyDump.of(services));
    }

    @Test
    void refusesATakenKeyAndAParentThatDidNotExistYet() {
        DomainException taken = assertThrows(DomainException.class, () -> editing.create(new NewUnit(
                "huu-lung.ho-son.dong-tien", village("Đồng Tiến", hoSon()), JULY, null)));
        assertEquals("unit.error.keyTaken", taken.messageKey());
        DomainException early = assertThrows(DomainException.class, () -> editing.create(new NewUnit(null,
                village("Khuôn Bò", hoSon()), LocalDate.of(2018, 5, 1), null)));
        assertEquals("unit.error.parentNotExistingOn", early.messageKey());
    }

    @Test
    void correctsAVersionInPlaceAndUndoesTheCorrection() {
        List<String> before = HierarchyDump.of(services);
        UnitState state = on(JULY, hoSon());

        UnitEdit old = editing.correct(hoSon(), state.versionId(),
                HierarchyEditing.editOf(state).withName("Hồ Sơn", "Xã Hồ Sơn (sửa)"));

        assertEquals("Xã Hồ Sơn (sửa)", on(SampleHierarchy.SINCE, hoSon()).fullName());
        assertEquals(1, queries.history(hoSon()).size());
        editing.correct(hoSon(), state.versionId(), old);
        assertEquals(before, HierarchyDump.of(services));
    }

    @Test
    void renamesFromADayKeepingTheOldNameBeforeAndUndoes() {
        List<String> before = HierarchyDump.of(services);
        UnitState state = on(JULY, hoSon());

        editing.changeFrom(hoSon(), JULY, HierarchyEditing.editOf(state).withName("Hồ Sơn Mới", "Xã Hồ Sơn Mới"));

        assertEquals("Xã Hồ Sơn", on(JULY.minusDays(1), hoSon()).fullName());
        assertEquals("Xã Hồ Sơn Mới", on(JULY, hoSon()).fullName());
        assertEquals(2, queries.snapshotOn(JULY).children(hoSon()).size());
        editing.dropLatestVersion(hoSon());
        assertEquals(before, HierarchyDump.of(services));
    }

    @Test
    void aChangeOfTypeMustStayAboveTheChildren() {
        UnitState state = on(JULY, hoSon());
        UnitEdit asVillage = new UnitEdit("thon", state.name(), state.fullName(), null, null, null, null,
                state.parentId());
        DomainException e = assertThrows(DomainException.class, () -> editing.changeFrom(hoSon(), JULY, asVillage));
        assertEquals("unit.error.childTierOrder", e.messageKey());
        assertThrows(DomainException.class, () -> editing.correct(hoSon(), state.versionId(), asVillage));
    }

    @Test
    void movesAVillageToAnotherCommuneFromADayAndUndoes() {
        List<String> before = HierarchyDump.of(services);
        Long village = sample.villages.get(0);
        Long hoaSon = sample.communes.get(1);

        editing.move(village, JULY, hoaSon);

        assertEquals(hoSon(), on(JULY.minusDays(1), village).parentId());
        assertEquals(hoaSon, on(JULY, village).parentId());
        assertEquals(3, queries.snapshotOn(JULY).children(hoaSon).size());
        editing.dropLatestVersion(village);
        assertEquals(before, HierarchyDump.of(services));
    }

    @Test
    void refusesAMoveUnderAUnitOfTheSameTier() {
        DomainException e = assertThrows(DomainException.class,
                () -> editing.move(hoSon(), JULY, sample.communes.get(1)));
        assertEquals("unit.error.tierOrder", e.messageKey());
    }

    @Test
    void dissolvesAVillageAndReopensIt() {
        List<String> before = HierarchyDump.of(services);
        Long village = sample.villages.get(0);

        LocalDate previous = editing.retire(village, JULY.minusDays(1));

        assertNull(previous);
        assertTrue(queries.snapshotOn(JULY.minusDays(1)).contains(village));
        assertFalse(queries.snapshotOn(JULY).contains(village));
        editing.reopen(village, previous);
        assertEquals(before, HierarchyDump.of(services));
    }

    @Test
    void refusesToDissolveAUnitThatStillHasMembers() {
        DomainException e = assertThrows(DomainException.class, () -> editing.retire(hoSon(), JULY));
        assertEquals("unit.error.hasChildren", e.messageKey());
    }

    @Test
    void refusesToDissolveWhenAMemberJoinsOnlyLater() {
        editing.retire(sample.villages.get(4), JULY.minusDays(1));
        editing.retire(sample.villages.get(5), JULY.minusDays(1));
        editing.create(new NewUnit(null, village("Khuôn Bò", sample.communes.get(2)), LocalDate.of(2026, 1, 1), null));
        DomainException e = assertThrows(DomainException.class,
                () -> editing.retire(sample.communes.get(2), JULY.minusDays(1)));
        assertEquals("unit.error.hasChildren", e.messageKey());
    }

    @Test
    void refusesToDissolveOnADayTheUnitNoLongerExists() {
        Long village = sample.villages.get(0);
        editing.retire(village, JULY.minusDays(1));
        List<String> before = HierarchyDump.of(services);
        DomainException e = assertThrows(DomainException.class, () -> editing.retire(village, JULY.plusDays(30)));
        assertEquals("unit.error.notExistingOn", e.messageKey());
        assertEquals(before, HierarchyDump.of(services));
    }
}
