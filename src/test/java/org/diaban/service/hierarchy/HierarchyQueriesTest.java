package org.diaban.service.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.diaban.domain.activity.Concern;
import org.diaban.domain.assignment.Assignment;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.Household;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.people.CadreProfile;
import org.diaban.service.Services;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tree on a date, successors and figures, against a real H2 file with the real migrations. */
class HierarchyQueriesTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

    @TempDir
    Path dir;

    private Services services;
    private SampleHierarchy sample;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        sample = SampleHierarchy.create(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Long mergeCommunesOnJulyFirst() {
        NewUnit tanThanh = new NewUnit("xa-tan-thanh", new UnitEdit("xa", "Tân Thành", "Xã Tân Thành", null,
                "Đảng bộ xã Tân Thành", "Đảng ủy xã Tân Thành", "ĐU", sample.province), null, null);
        return services.reorganisations().record(ReorganisationPlan.mergeInto(tanThanh, sample.communes, JULY_1,
                "Nghị quyết 1672/NQ-UBTVQH15"));
    }

    @Test
    void theTreeBeforeAndAfterAMergeOfThreeCommunes() {
        mergeCommunesOnJulyFirst();
        HierarchyQueries q = services.hierarchyQueries();

        HierarchySnapshot before = q.snapshotOn(JUNE_30);
        assertEquals(3, before.children(sample.district).size());
        assertEquals(2, before.children(sample.communes.get(0)).size());

        HierarchySnapshot after = q.snapshotOn(JULY_1);
        List<UnitState> underProvince = after.children(sample.province);
        UnitState merged = underProvince.stream().filter(u -> u.externalKey().equals("xa-tan-thanh")).findFirst()
                .orElseThrow();
        assertEquals(6, after.children(merged.unitId()).size());
        assertFalse(after.contains(sample.communes.get(0)));
        // the district still stands in this sample: only its communes merged away
        assertTrue(after.children(sample.district).isEmpty());
    }

    @Test
    void anOldCommuneResolvesToItsSuccessorOnADate() {
        mergeCommunesOnJulyFirst();
        HierarchyQueries q = services.hierarchyQueries();
        assertEquals(List.of("huu-lung.ho-son"), q.successorsOn("huu-lung.ho-son", JUNE_30).stream()
                .map(UnitState::externalKey).toList());
        assertEquals(List.of("xa-tan-thanh"), q.successorsOn("huu-lung.ho-son", JULY_1).stream()
                .map(UnitState::externalKey).toList());
        // a village keeps its identity, under its new commune
        assertEquals(List.of("huu-lung.ho-son.dong-tien"), q.successorsOn("huu-lung.ho-son.dong-tien", JULY_1)
                .stream().map(UnitState::externalKey).toList());
    }

    @Test
    void queriesOnASnapshotAnswerAsThoseOnTheDatabase_exceptForFigures() {
        mergeCommunesOnJulyFirst();
        HierarchyQueries live = services.hierarchyQueries();
        HierarchyQueries fixed = HierarchyQueries.ofSnapshot(live.allStates(),
                services.database().read(s -> s.units().lifetimes()), live.reorganisations());

        assertEquals(live.allStates(), fixed.allStates());
        assertEquals(live.reorganisations(), fixed.reorganisations());
        for (LocalDate day : List.of(JUNE_30, JULY_1)) {
            assertEquals(List.copyOf(live.snapshotOn(day).units()), List.copyOf(fixed.snapshotOn(day).units()));
            assertEquals(live.successorsOn("huu-lung.ho-son", day), fixed.successorsOn("huu-lung.ho-son", day));
        }
        assertEquals(live.history(sample.villages.get(0)), fixed.history(sample.villages.get(0)));
        assertEquals(live.latestByKey("xa-tan-thanh"), fixed.latestByKey("xa-tan-thanh"));
        assertThrows(IllegalStateException.class, () -> fixed.figuresOn(JULY_1));
    }

    @Test
    void revertingAMergeRestoresTheTreeExactly() {
        Long event = mergeCommunesOnJulyFirst();
        services.reorganisations().revert(event);
        HierarchySnapshot after = services.hierarchyQueries().snapshotOn(JULY_1);
        assertEquals(3, after.children(sample.district).size());
        assertTrue(services.hierarchyQueries().latestByKey("xa-tan-thanh").isEmpty());
        assertEquals(1, services.hierarchyQueries().history(sample.villages.get(0)).size());
    }

    @Test
    void figuresRollUpFromVillagesToTheProvince() {
        Long cadre = services.cadres().create(CadreProfile.named("Nguyễn Văn An"), null);
        Long other = services.cadres().create(CadreProfile.named("Hoàng Thị Bích"), null);
        services.database().writeAll(s -> {
            s.persist(Assignment.toUnit(cadre, sample.villages.get(0), AssignmentRole.IN_CHARGE,
                    DateRange.startingOn(LocalDate.of(2022, 5, 25)), null));
            s.persist(Assignment.toUnit(cadre, sample.villages.get(1), AssignmentRole.IN_CHARGE,
                    DateRange.startingOn(LocalDate.of(2022, 5, 25)), null));
            Household h = s.persist(new Household(sample.villages.get(2), "Lý Văn Sáu", 1960, 5, "ho_ngheo"));
            s.flush();
            s.persist(Assignment.toHousehold(other, h.id(), AssignmentRole.FOLLOW,
                    DateRange.of(LocalDate.of(2022, 5, 25), LocalDate.of(2023, 12, 31)), null));
            s.persist(new Concern(sample.villages.get(0), LocalDate.of(2023, 3, 1), 1L, "Đường vào thôn xuống cấp",
                    "UBND xã", LocalDate.of(2023, 4, 1)));
        });
        Map<Long, NodeFigures> on2023 = services.hierarchyQueries().figuresOn(LocalDate.of(2023, 6, 1));
        assertEquals(new NodeFigures(6, 2, 1, 1, 1), on2023.get(sample.province));
        assertEquals(new NodeFigures(2, 1, 1, 0, 1), on2023.get(sample.communes.get(0)));
        assertEquals(new NodeFigures(1, 1, 0, 1), on2023.get(sample.villages.get(2)));
        Map<Long, NodeFigures> on2024 = services.hierarchyQueries().figuresOn(LocalDate.of(2024, 6, 1));
        assertEquals(1, on2024.get(sample.province).cadresAssigned());
        assertEquals(0, services.hierarchyQueries().figuresOn(LocalDate.of(2023, 2, 1)).get(sample.province)
                .openConcerns());
    }
}
