package org.diaban.service.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.hierarchy.Household;
import org.diaban.domain.people.PositionKind;
import org.diaban.service.Services;
import org.diaban.service.hierarchy.NewUnit;
import org.diaban.service.hierarchy.UnitEdit;
import org.diaban.testing.SampleCadres;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityServiceTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);

    @TempDir
    Path dir;

    private Services services;
    private ActivityService activities;
    private SampleHierarchy places;
    private Long an;
    private Long binh;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        places = SampleHierarchy.create(services);
        activities = services.activities();
        an = SampleCadres.create(services, "Nguyễn Văn An", PositionKind.SECRETARY, places.district);
        binh = SampleCadres.create(services, "Lê Thị Bình", PositionKind.EXECUTIVE_MEMBER, places.district);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private ActivityDraft draft(ActivityKind kind, LocalDate day, Long unit, List<Long> people) {
        return new ActivityDraft(kind, day, unit, null, "Nhà văn hóa", people, null, "Làm việc với chi bộ",
                null);
    }

    @Test
    void recordsListsAndTotalsByKindOverAPeriod() {
        Long village = places.villages.get(0);
        activities.record(draft(ActivityKind.WORK_SESSION, DAY, village, List.of(an, binh)));
        activities.record(draft(ActivityKind.WORK_SESSION, DAY.plusDays(3), places.communes.get(0), List.of(an)));
        activities.record(draft(ActivityKind.CELL_MEETING, DAY.plusDays(5), village, List.of(binh)));
        activities.record(draft(ActivityKind.DIALOGUE, DAY.minusYears(1), places.communes.get(1), List.of(an)));

        ActivityList march = activities.list(ActivityFilter.period(LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 3, 31)), 100);
        assertEquals(3, march.total());
        assertEquals(Map.of(ActivityKind.WORK_SESSION, 2L, ActivityKind.CELL_MEETING, 1L), march.totalsByKind());
        ActivityRow latest = march.rows().get(0);
        assertEquals(DAY.plusDays(5), latest.heldOn());
        assertEquals("Thôn Đồng Tiến – Xã Hồ Sơn", latest.place());
        assertEquals("Lê Thị Bình", latest.participants());

        // by unit (its villages included), by cadre, by kind, capped
        ActivityFilter all = ActivityFilter.period(null, null);
        assertEquals(3, activities.list(all.withUnit(places.communes.get(0)), 100).total());
        assertEquals(4, activities.list(all.withUnit(places.district), 100).total());
        assertEquals(3, activities.list(all.withCadre(an), 100).total());
        assertEquals(1, activities.list(all.withKind(ActivityKind.DIALOGUE), 100).total());
        ActivityList capped = activities.list(all, 2);
        assertEquals(2, capped.rows().size());
        assertEquals(4, capped.total());
        assertTrue(capped.isCapped());
    }

    @Test
    void refusesWhatCannotHaveHappened() {
        DomainException none = assertThrows(DomainException.class,
                () -> activities.record(draft(ActivityKind.WORK_SESSION, DAY, places.villages.get(0), List.of())));
        assertEquals("activity.error.participantRequired", none.messageKey());
        DomainException future = assertThrows(DomainException.class, () -> activities.record(
                draft(ActivityKind.WORK_SESSION, TestServices.TODAY.plusDays(1), places.villages.get(0), List.of(an))));
        assertEquals("activities.error.future", future.messageKey());
        // today itself is fine
        activities.record(draft(ActivityKind.WORK_SESSION, TestServices.TODAY, places.villages.get(0), List.of(an)));

        Long young = services.hierarchyEditing().create(new NewUnit("huu-lung.moi", new UnitEdit("xa", "Mới",
                "Xã Mới", null, null, null, null, places.district), LocalDate.of(2025, 1, 1), null));
        DomainException notYet = assertThrows(DomainException.class,
                () -> activities.record(draft(ActivityKind.WORK_SESSION, DAY, young, List.of(an))));
        assertEquals("activities.error.placeNotOnDate", notYet.messageKey());
        assertEquals("Xã Mới", notYet.arguments().get(0));
    }

    @Test
    void deleteIsSoftAndRestorable() {
        Long id = activities.record(draft(ActivityKind.WORK_SESSION, DAY, places.villages.get(0), List.of(an)));
        ActivityFilter all = ActivityFilter.period(null, null);
        activities.retire(id);
        assertEquals(0, activities.list(all, 10).total());
        assertTrue(activities.isRetired(id));
        assertEquals(DAY, activities.draft(id).heldOn());
        activities.restore(id);
        assertEquals(1, activities.list(all, 10).total());
        assertFalse(activities.isRetired(id));
    }

    @Test
    void anEditCanBeTakenBack() {
        Long id = activities.record(draft(ActivityKind.WORK_SESSION, DAY, places.villages.get(0), List.of(an)));
        ActivityDraft changed = new ActivityDraft(ActivityKind.SURVEY, DAY.minusDays(1), places.communes.get(2), null,
                null, List.of(an, binh), null, "Khảo sát", "Tốt");
        ActivityDraft before = activities.update(id, changed);
        assertEquals(changed.kind(), activities.draft(id).kind());
        assertEquals(2, activities.draft(id).participantIds().size());
        activities.update(id, before);
        ActivityDraft back = activities.draft(id);
        assertEquals(ActivityKind.WORK_SESSION, back.kind());
        assertEquals(List.of(an), back.participantIds());
        assertEquals("Nhà văn hóa", back.placeDetail());
    }

    @Test
    void theLastValuesAreTheNextDefaultsAcrossRestarts() {
        ActivityDraft first = activities.defaults();
        assertEquals(ActivityKind.WORK_SESSION, first.kind());
        assertEquals(TestServices.TODAY, first.heldOn());
        assertTrue(first.participantIds().isEmpty());

        activities.record(new ActivityDraft(ActivityKind.CELL_MEETING, DAY, places.villages.get(1), null, null,
                List.of(binh, an), null, "Dự sinh hoạt", null));
        services.close();
        services = TestServices.open(dir);
        ActivityDraft next = services.activities().defaults();
        assertEquals(ActivityKind.CELL_MEETING, next.kind());
        assertEquals(DAY, next.heldOn());
        assertEquals(places.villages.get(1), next.unitId());
        assertEquals(List.of(binh, an), next.participantIds());
    }

    @Test
    void aVisitToAHouseholdOfTheVillage() {
        Long village = places.villages.get(0);
        Long household = services.database().write(store -> store.households()
                .save(new Household(village, "Hoàng Văn Hộ", 1960, 4, null)).id());
        assertEquals(List.of(new Option(household, "Hoàng Văn Hộ (1960)")), activities.households(village));
        DomainException elsewhere = assertThrows(DomainException.class, () -> activities.record(new ActivityDraft(
                ActivityKind.HOUSEHOLD_VISIT, DAY, places.villages.get(1), household, null, List.of(an), null, null,
                null)));
        assertEquals("activities.error.householdElsewhere", elsewhere.messageKey());
        activities.record(new ActivityDraft(ActivityKind.HOUSEHOLD_VISIT, DAY, village, household, null, List.of(an),
                null, "Thăm hỏi", null));
        ActivityRow row = activities.list(ActivityFilter.period(null, null), 10).rows().get(0);
        assertEquals("Hoàng Văn Hộ", row.household());
        assertEquals("Thôn Đồng Tiến – Xã Hồ Sơn", row.place());
    }

    @Test
    void placesNameTheCommuneOfEachVillage() {
        List<Option> places = activities.places(DAY);
        assertEquals("Xã Hòa Sơn", places.get(0).label());
        assertTrue(places.stream().anyMatch(o -> o.label().equals("Thôn Làng Đông – Xã Tân Thành")));
        assertTrue(activities.people(DAY).stream().anyMatch(o -> o.label().startsWith("Nguyễn Văn An (1970)")));
    }
}
