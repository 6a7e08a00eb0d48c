package org.diaban.service.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.domain.people.PositionKind;
import org.diaban.service.Services;
import org.diaban.testing.SampleCadres;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingGroupServiceTest {

    private static final LocalDate FORMED = LocalDate.of(2023, 3, 10);

    @TempDir
    Path dir;

    private Services services;
    private WorkingGroupService groups;
    private SampleHierarchy places;
    private Long secretary;
    private Long member;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        places = SampleHierarchy.create(services);
        groups = services.workingGroups();
        secretary = SampleCadres.create(services, "Nguyễn Văn An", PositionKind.SECRETARY, places.district);
        member = SampleCadres.create(services, "Lê Thị Bình", PositionKind.EXECUTIVE_MEMBER, places.district);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aLeaderOutsideTheStandingCommitteeIsOnlyAWarning() {
        assertTrue(groups.leaderIsStanding(secretary, places.district, FORMED));
        assertFalse(groups.leaderIsStanding(member, places.district, FORMED));
        assertFalse(groups.leaderIsStanding(secretary, places.district, LocalDate.of(2026, 1, 1)));
        Long id = groups.create(new GroupDraft("Tổ công tác số 1", places.district, FORMED, null, member,
                List.of(secretary), places.communes.subList(0, 2)));
        GroupRow row = groups.list(places.district, 2023).get(0);
        assertEquals(id, row.id());
        assertFalse(row.leaderStanding());
        assertEquals("Lê Thị Bình", row.leader());
        assertEquals(2, row.memberCount());
        assertEquals("Hòa Sơn, Hồ Sơn", row.communes());
    }

    @Test
    void activitiesRollUpToTheirGroup() {
        Long id = groups.create(new GroupDraft("Tổ công tác số 2", places.district, FORMED, null, secretary,
                List.of(member), List.of(places.communes.get(0))));
        ActivityService activities = services.activities();
        for (int i = 0; i < 3; i++) {
            activities.record(new ActivityDraft(ActivityKind.WORK_SESSION, FORMED.plusDays(i), places.communes.get(0),
                    null, null, List.of(secretary), id, "Làm việc", null));
        }
        Long deleted = activities.record(new ActivityDraft(ActivityKind.WORK_SESSION, FORMED, places.communes.get(0),
                null, null, List.of(member), id, null, null));
        activities.retire(deleted);
        assertEquals(3, groups.list(places.district, 2023).get(0).activities());
        assertEquals(3, activities.list(ActivityFilter.period(null, null).withGroup(id), 10).total());
        assertTrue(groups.list(places.district, 2024).isEmpty());
        assertEquals(1, activities.groups(FORMED).size());
    }

    @Test
    void editDissolveAndUndo() {
        Long id = groups.create(new GroupDraft("Tổ 3", places.district, FORMED, null, secretary, List.of(),
                List.of()));
        GroupDraft before = groups.update(id, new GroupDraft("Tổ công tác số 3", places.district, FORMED, null,
                secretary, List.of(member), List.of(places.communes.get(2))));
        assertEquals("Tổ 3", before.name());
        assertEquals("Tân Thành", groups.list(places.district, null).get(0).communes());
        assertNull(groups.dissolve(id, LocalDate.of(2024, 1, 1)));
        assertEquals(LocalDate.of(2024, 1, 1), groups.list(places.district, 2023).get(0).dissolvedOn());
        groups.dissolve(id, null);
        assertNull(groups.list(places.district, 2023).get(0).dissolvedOn());
        groups.update(id, before);
        assertEquals("Tổ 3", groups.draft(id).name());
        groups.deleteCreated(id);
        assertTrue(groups.list(places.district, null).isEmpty());
    }
}
