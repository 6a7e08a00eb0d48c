package org.diaban.service.concerns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.domain.people.PositionKind;
import org.diaban.service.Services;
import org.diaban.service.activity.ActivityDraft;
import org.diaban.service.activity.ActivityFilter;
import org.diaban.service.activity.ActivityRow;
import org.diaban.service.activity.ActivityService;
import org.diaban.testing.SampleCadres;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concerns raised at an activity: the link, the activities near a concern, and the counts per activity. */
class ConcernAtActivityTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);

    @TempDir
    Path dir;

    private Services services;
    private ConcernService concerns;
    private ActivityService activities;
    private SampleHierarchy places;
    private Long cadre;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        places = SampleHierarchy.create(services);
        concerns = services.concerns();
        activities = services.activities();
        cadre = SampleCadres.create(services, "Nguyễn Văn An", PositionKind.SECRETARY, places.district);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Long activity(ActivityKind kind, LocalDate day, Long unit) {
        return activities.record(new ActivityDraft(kind, day, unit, null, null, List.of(cadre), null, "Đối thoại",
                null));
    }

    private Long raise(Long activityId, Long unit, LocalDate day, String content) {
        return concerns.raise(new ConcernDraft(activityId, unit, null, null, day, null, content, null, null));
    }

    @Test
    void aConcernRaisedAtAnActivityShowsItInItsDetail() {
        Long dialogue = activity(ActivityKind.DIALOGUE, DAY, places.communes.get(0));
        Long id = raise(dialogue, places.communes.get(0), DAY, "Chậm đền bù giải phóng mặt bằng");

        ConcernDetail detail = concerns.detail(id);
        assertEquals(dialogue, detail.summary().activityId());
        assertEquals(new ActivityRef(dialogue, ActivityKind.DIALOGUE, DAY, "Xã Hồ Sơn"), detail.activity());
        assertNull(concerns.detail(raise(null, places.communes.get(0), DAY, "Đường hỏng")).activity());

        // unlinked by a correction, linked again by another
        concerns.update(id, new ConcernDraft(null, places.communes.get(0), null, null, DAY, null, "Chậm đền bù",
                null, null));
        assertNull(concerns.detail(id).activity());
    }

    @Test
    void theActivitiesNearAConcernAreThoseAtItsPlaceInTheSixtyDaysBefore() {
        Long commune = places.communes.get(0);
        Long atCommune = activity(ActivityKind.WORK_SESSION, DAY.minusDays(10), commune);
        Long atVillage = activity(ActivityKind.CELL_MEETING, DAY.minusDays(60), places.villages.get(0));
        Long tooOld = activity(ActivityKind.SURVEY, DAY.minusDays(61), commune);
        activity(ActivityKind.DIALOGUE, DAY.plusDays(1), commune);
        activity(ActivityKind.DIALOGUE, DAY, places.communes.get(1));

        assertEquals(List.of(atCommune, atVillage), ids(concerns.activitiesNear(commune, DAY, null)));
        // the one linked stays offered, however far it is
        assertEquals(List.of(tooOld, atCommune, atVillage), ids(concerns.activitiesNear(commune, DAY, tooOld)));
        assertEquals(List.of(atVillage), ids(concerns.activitiesNear(places.villages.get(0), DAY, null)));
        assertEquals(List.of(), concerns.activitiesNear(null, DAY, null));
    }

    @Test
    void theActivityListCountsTheConcernsRaisedAtEachActivity() {
        Long dialogue = activity(ActivityKind.DIALOGUE, DAY, places.communes.get(0));
        Long session = activity(ActivityKind.WORK_SESSION, DAY.minusDays(1), places.villages.get(0));
        Long quiet = activity(ActivityKind.SURVEY, DAY.minusDays(2), places.communes.get(1));
        raise(dialogue, places.communes.get(0), DAY, "Một");
        raise(dialogue, places.communes.get(0), DAY, "Hai");
        Long withdrawn = raise(dialogue, places.communes.get(0), DAY, "Nhầm");
        raise(session, places.villages.get(0), DAY, "Ba");
        raise(null, places.communes.get(1), DAY, "Không tại hoạt động");
        concerns.withdraw(withdrawn);

        Map<Long, Long> counts = activities.list(ActivityFilter.period(null, null), 100).rows().stream()
                .collect(Collectors.toMap(ActivityRow::id, ActivityRow::concerns));
        assertEquals(Map.of(dialogue, 2L, session, 1L, quiet, 0L), counts);
    }

    private static List<Long> ids(List<ActivityRef> refs) {
        return refs.stream().map(ActivityRef::id).toList();
    }
}
