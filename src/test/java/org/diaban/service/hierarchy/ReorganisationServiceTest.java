package org.diaban.service.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.ReorganisationKind;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.service.Services;
import org.diaban.service.hierarchy.ReorganisationPlan.Created;
import org.diaban.service.hierarchy.ReorganisationPlan.Existing;
import org.diaban.testing.HierarchyDump;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merges, splits, renames, moves, establishments and dissolutions as dated events: the tree the
 * day before and the day of the event, and the database exactly as before once reverted.
 */
class ReorganisationServiceTest {

    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);
    private static final LocalDate JUNE_30 = JULY.minusDays(1);
    private static final String BASIS = "Nghị quyết 1672/NQ-UBTVQH15";

    @TempDir
    Path dir;

    private Services services;
    private ReorganisationService reorganisations;
    private HierarchyQueries queries;
    private SampleHierarchy sample;
    private List<String> before;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        sample = SampleHierarchy.create(services);
        reorganisations = services.reorganisations();
        queries = services.hierarchyQueries();
        before = HierarchyDump.of(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Long commune(int i) {
        return sample.communes.get(i);
    }

    private static NewUnit newCommune(String key, String name, Long parent) {
        return new NewUnit(key, new UnitEdit("xa", name, "Xã " + name, null, "Đảng bộ xã " + name,
                "Đảng ủy xã " + name, "ĐU", parent), null, null);
    }

    private void revertLeavesTheDatabaseAsBefore(Long eventId) {
        reorganisations.revert(eventId);
        assertEquals(before, HierarchyDump.of(services));
        assertTrue(queries.reorganisations().isEmpty());
    }

    @Test
    void threeCommunesMergeIntoANewCommuneAndTheMergeIsReverted() {
        Long event = reorganisations.record(ReorganisationPlan.mergeInto(
                newCommune("huu-lung.hoa-son-moi", "Hòa Sơn Mới", sample.district), sample.communes, JULY, BASIS));

        HierarchySnapshot june = queries.snapshotOn(JUNE_30);
        assertEquals(3, june.children(sample.district).size());
        sample.communes.forEach(c -> assertEquals(2, june.children(c).size()));
        HierarchySnapshot july = queries.snapshotOn(JULY);
        List<UnitState> communes = july.children(sample.district);
        assertEquals(1, communes.size());
        UnitState merged = communes.get(0);
        assertEquals("Xã Hòa Sơn Mới", merged.fullName());
        assertEquals(JULY, merged.lifetime().from());
        assertEquals(6, july.children(merged.unitId()).size());
        assertEquals(List.of(merged), queries.successorsOn("huu-lung.ho-son", JULY));
        assertEquals(JUNE_30, queries.snapshotOn(JUNE_30).unit(commune(0)).orElseThrow().lifetime().to());

        revertLeavesTheDatabaseAsBefore(event);
    }

    @Test
    void aCommuneIsAbsorbedIntoOneOfThePredecessors() {
        Long event = reorganisations.record(ReorganisationPlan.mergeIntoExisting(commune(0),
                List.of(commune(0), commune(1)), JULY, BASIS));

        HierarchySnapshot july = queries.snapshotOn(JULY);
        assertEquals(4, july.children(commune(0)).size());
        assertFalse(july.contains(commune(1)));
        assertEquals(2, queries.snapshotOn(JUNE_30).children(commune(0)).size());

        revertLeavesTheDatabaseAsBefore(event);
    }

    @Test
    void twoCommunesMergeIntoAThirdExistingOne() {
        Long event = reorganisations.record(ReorganisationPlan.mergeIntoExisting(commune(2),
                List.of(commune(0), commune(1)), JULY, BASIS));

        HierarchySnapshot july = queries.snapshotOn(JULY);
        assertEquals(List.of(commune(2)), july.children(sample.district).stream().map(UnitState::unitId).toList());
        assertEquals(6, july.children(commune(2)).size());

        revertLeavesTheDatabaseAsBefore(event);
    }

    @Test
    void aMergeIntoAUnitThatDoesNotExistThatDayIsRefused() {
        services.hierarchyEditing().retire(sample.villages.get(4), JUNE_30);
        services.hierarchyEditing().retire(sample.villages.get(5), JUNE_30);
        services.hierarchyEditing().retire(commune(2), JUNE_30);
        before = HierarchyDump.of(services);
        DomainException e = assertThrows(DomainException.class, () -> reorganisations.record(
                ReorganisationPlan.mergeIntoExisting(commune(2), List.of(commune(0), commune(1)), JULY, BASIS)));
        assertEquals("reorganisation.error.successorNotExisting", e.messageKey());
        assertEquals(before, HierarchyDump.of(services));
    }

    @Test
    void aCommuneIsSplitWithItsVillagesAllocated() {
        Long hoSon = commune(0);
        Long dongTien = sample.villages.get(0);
        Long langDong = sample.villages.get(1);
        ReorganisationPlan plan = new ReorganisationPlan(ReorganisationKind.SPLIT, JULY, BASIS, null,
                List.of(hoSon), List.of(),
                List.of(newCommune(null, "Hồ Sơn Bắc", sample.district), newCommune(null, "Hồ Sơn Nam",
                        sample.district)),
                Map.of(dongTien, new Created(0), langDong, new Created(1)), null);

        Long event = reorganisations.record(plan);

        HierarchySnapshot july = queries.snapshotOn(JULY);
        assertFalse(july.contains(hoSon));
        UnitState north = july.byKey("huu-lung.ho-son-bac").orElseThrow();
        UnitState south = july.byKey("huu-lung.ho-son-nam").orElseThrow();
        assertEquals(north.unitId(), july.unit(dongTien).orElseThrow().parentId());
        assertEquals(south.unitId(), july.unit(langDong).orElseThrow().parentId());
        assertEquals(hoSon, queries.snapshotOn(JUNE_30).unit(dongTien).orElseThrow().parentId());
        assertEquals(2, queries.successorsOn("huu-lung.ho-son", JULY).size());

        revertLeavesTheDatabaseAsBefore(event);
    }

    @Test
    void aSplitWithoutAllocationIsRefusedAndWritesNothing() {
        ReorganisationPlan plan = new ReorganisationPlan(ReorganisationKind.SPLIT, JULY, BASIS, null,
                List.of(commune(0)), List.of(),
                List.of(newCommune(null, "Hồ Sơn Bắc", sample.district), newCommune(null, "Hồ Sơn Nam",
                        sample.district)),
                Map.of(sample.villages.get(0), new Created(0)), null);
        DomainException e = assertThrows(DomainException.class, () -> reorganisations.record(plan));
        assertEquals("reorganisation.error.childNotAllocated", e.messageKey());
        assertEquals(before, HierarchyDump.of(services));
    }

    @Test
    void aRenameKeepsTheOldNameBeforeTheDay() {
        UnitState hoSon = queries.snapshotOn(JULY).unit(commune(0)).orElseThrow();
        UnitEdit renamed = HierarchyEditing.editOf(hoSon).withName("Hồ Sơn Mới", "Xã Hồ Sơn Mới");
        Long event = reorganisations.record(new ReorganisationPlan(ReorganisationKind.RENAME, JULY, BASIS, null,
                List.of(commune(0)), List.of(), List.of(), Map.of(), renamed));

        assertEquals("Xã Hồ Sơn", queries.snapshotOn(JUNE_30).unit(commune(0)).orElseThrow().fullName());
        assertEquals("Xã Hồ Sơn Mới", queries.snapshotOn(JULY).unit(commune(0)).orElseThrow().fullName());
        assertEquals(2, queries.snapshotOn(JULY).children(commune(0)).size());

        revertLeavesTheDatabaseAsBefore(event);
    }

    @Test
    void aCommuneMovesUnderTheProvinceWhenTheDistrictLevelEnds() {
        UnitState hoSon = queries.snapshotOn(JULY).unit(commune(0)).orElseThrow();
        Long event = reorganisations.record(new ReorganisationPlan(ReorganisationKind.CHANGE_PARENT, JULY, BASIS,
                null, List.of(commune(0)), List.of(), List.of(), Map.of(),
                HierarchyEditing.editOf(hoSon).withParent(sample.province)));

        assertEquals(sample.district, queries.snapshotOn(JUNE_30).unit(commune(0)).orElseThrow().parentId());
        assertEquals(sample.province, queries.snapshotOn(JULY).unit(commune(0)).orElseThrow().parentId());

        revertLeavesTheDatabaseAsBefore(event);
    }

    @Test
    void aChangeOfParentToAUnitOfTheSameTierIsRefused() {
        UnitState hoSon = queries.snapshotOn(JULY).unit(commune(0)).orElseThrow();
        assertThrows(DomainException.class, () -> reorganisations.record(new ReorganisationPlan(
                ReorganisationKind.CHANGE_PARENT, JULY, BASIS, null, List.of(commune(0)), List.of(), List.of(),
                Map.of(), HierarchyEditing.editOf(hoSon).withParent(commune(1)))));
        assertEquals(before, HierarchyDump.of(services));
    }

    @Test
    void aRenameCannotMoveTheUnitOrChangeItsTierSilently() {
        UnitState hoSon = queries.snapshotOn(JULY).unit(commune(0)).orElseThrow();
        UnitEdit asVillage = new UnitEdit("thon", "Hồ Sơn", "Thôn Hồ Sơn", null, null, null, null, commune(1));
        assertThrows(DomainException.class, () -> reorganisations.record(new ReorganisationPlan(
                ReorganisationKind.RENAME, JULY, BASIS, null, List.of(hoSon.unitId()), List.of(), List.of(),
                Map.of(), asVillage)));
        assertEquals(before, HierarchyDump.of(services));
    }

    @Test
    void aNewCommuneIsEstablished() {
        Long event = reorganisations.record(new ReorganisationPlan(ReorganisationKind.ESTABLISH, JULY, BASIS, null,
                List.of(), List.of(), List.of(newCommune(null, "Minh Tiến", sample.district)), Map.of(), null));

        assertTrue(queries.snapshotOn(JULY).byKey("huu-lung.minh-tien").isPresent());
        assertFalse(queries.snapshotOn(JUNE_30).byKey("huu-lung.minh-tien").isPresent());

        revertLeavesTheDatabaseAsBefore(event);
    }

    @Test
    void aVillageIsDissolvedAndRestored() {
        Long village = sample.villages.get(0);
        Long event = reorganisations.record(new ReorganisationPlan(ReorganisationKind.DISSOLVE, JULY, BASIS, null,
                List.of(village), List.of(), List.of(), Map.of(), null));

        assertTrue(queries.snapshotOn(JUNE_30).contains(village));
        assertFalse(queries.snapshotOn(JULY).contains(village));

        revertLeavesTheDatabaseAsBefore(event);
    }

    @Test
    void aCommuneWithVillagesIsDissolvedOnlyWithASuccessorForThem() {
        DomainException e = assertThrows(DomainException.class, () -> reorganisations.record(new ReorganisationPlan(
                ReorganisationKind.DISSOLVE, JULY, BASIS, null, List.of(commune(0)), List.of(), List.of(), Map.of(),
                null)));
        assertEquals("reorganisation.error.childNotAllocated", e.messageKey());
        assertEquals(before, HierarchyDump.of(services));

        Long event = reorganisations.record(new ReorganisationPlan(ReorganisationKind.DISSOLVE, JULY, BASIS, null,
                List.of(commune(0)), List.of(commune(1)), List.of(), Map.of(sample.villages.get(0),
                new Existing(commune(1))), null));
        assertEquals(4, queries.snapshotOn(JULY).children(commune(1)).size());
        revertLeavesTheDatabaseAsBefore(event);
    }

    @Test
    void aRevertIsRefusedOnceLaterChangesBuildOnTheEvent() {
        Long event = reorganisations.record(ReorganisationPlan.mergeInto(
                newCommune("huu-lung.hoa-son-moi", "Hòa Sơn Mới", sample.district), sample.communes, JULY, BASIS));
        UnitState merged = queries.snapshotOn(JULY).byKey("huu-lung.hoa-son-moi").orElseThrow();
        services.hierarchyEditing().changeFrom(merged.unitId(), LocalDate.of(2026, 1, 1),
                HierarchyEditing.editOf(merged).withName("Hòa Sơn", "Xã Hòa Sơn"));
        List<String> afterRename = HierarchyDump.of(services);

        DomainException e = assertThrows(DomainException.class, () -> reorganisations.revert(event));
        assertEquals("reorganisation.error.laterChanges", e.messageKey());
        assertEquals(afterRename, HierarchyDump.of(services));
    }

    @Test
    void aPredecessorMustExistTheDayBefore() {
        DomainException e = assertThrows(DomainException.class, () -> reorganisations.record(
                ReorganisationPlan.mergeInto(newCommune(null, "Cũ", sample.district), sample.communes,
                        LocalDate.of(2019, 1, 1), BASIS)));
        assertEquals("reorganisation.error.predecessorNotCurrent", e.messageKey());
        assertEquals(before, HierarchyDump.of(services));
    }

    @Test
    void aPlanWithoutADateIsRefusedWithAMessage() {
        DomainException e = assertThrows(DomainException.class, () -> reorganisations.record(
                ReorganisationPlan.mergeInto(newCommune(null, "Mới", sample.district), sample.communes, null,
                        BASIS)));
        assertEquals("reorganisation.error.dateRequired", e.messageKey());
    }
}
