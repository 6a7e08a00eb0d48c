package org.diaban.service.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.service.Services;
import org.diaban.service.demo.ProgressListener;
import org.diaban.service.demo.ScaleParameters;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lists stay quick (a few seconds at worst, in the background) on the province-scale data set:
 * about 100,000 activities.
 */
class ActivityScaleTest {

    @TempDir
    static Path dir;

    private static Services services;

    @BeforeAll
    static void load() {
        services = TestServices.open(dir);
        services.demo().loadScale(ScaleParameters.province(), true, ProgressListener.NONE, () -> false);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void filteredListsWithTotalsStayQuick() {
        ActivityService activities = services.activities();
        ActivityList all = timed(() -> activities.list(ActivityFilter.period(null, null), 500));
        assertTrue(all.total() >= 90_000, "total " + all.total());
        assertEquals(500, all.rows().size());
        assertEquals(all.total(), all.totalsByKind().values().stream().mapToLong(Long::longValue).sum());

        UnitState top = services.hierarchyQueries().snapshotOn(TestServices.TODAY).roots().get(0);
        UnitState commune = services.hierarchyQueries().snapshotOn(TestServices.TODAY).units().stream()
                .filter(UnitState::isCommuneTier).findFirst().orElseThrow();
        ActivityList province = timed(() -> activities.list(ActivityFilter.period(null, null).withUnit(top.unitId()),
                500));
        assertEquals(all.total(), province.total());
        ActivityList inCommune = timed(() -> activities.list(ActivityFilter.period(null, null)
                .withUnit(commune.unitId()), 500));
        assertTrue(inCommune.total() > 0);
        timed(() -> activities.list(ActivityFilter.period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31))
                .withKind(ActivityKind.CELL_MEETING), 500));
        Long someone = inCommune.rows().isEmpty() ? null : activities.draft(inCommune.rows().get(0).id())
                .participantIds().get(0);
        timed(() -> activities.list(ActivityFilter.period(null, null).withCadre(someone), 500));
    }

    private static <T> T timed(java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("activity list took " + ms + " ms");
        assertTrue(ms < 3_000, "took " + ms + " ms");
        return result;
    }
}
