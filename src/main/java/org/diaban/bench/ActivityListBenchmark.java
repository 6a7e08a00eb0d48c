package org.diaban.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.service.Services;
import org.diaban.service.activity.ActivityFilter;
import org.diaban.service.activity.ActivityList;
import org.diaban.service.hierarchy.HierarchyQueries;

/**
 * The Activities tab's lists with their totals by kind, on the whole data set: everything, the
 * top unit, one commune, one kind in a quarter, one cadre. Each timed over N runs after a warm-up.
 */
final class ActivityListBenchmark {

    private static final int LIMIT = 500;

    private final Services services;
    private final int runs;

    ActivityListBenchmark(Services services, int runs) {
        this.services = services;
        this.runs = runs;
    }

    void run() {
        HierarchyQueries hierarchy = services.hierarchyQueries();
        LocalDate today = services.clock().today();
        UnitState top = hierarchy.snapshotOn(today).roots().get(0);
        UnitState commune = hierarchy.snapshotOn(today).units().stream().filter(UnitState::isCommuneTier)
                .findFirst().orElseThrow();
        ActivityFilter all = ActivityFilter.period(null, null);
        ActivityList inCommune = services.activities().list(all.withUnit(commune.unitId()), LIMIT);
        Long someone = inCommune.rows().isEmpty() ? null
                : services.activities().draft(inCommune.rows().get(0).id()).participantIds().get(0);
        LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);

        time("everything", () -> services.activities().list(all, LIMIT));
        time("top unit " + top.fullName(), () -> services.activities().list(all.withUnit(top.unitId()), LIMIT));
        time("commune " + commune.fullName(), () -> services.activities().list(all.withUnit(commune.unitId()),
                LIMIT));
        time("chi-bộ meetings this quarter", () -> services.activities().list(
                ActivityFilter.period(quarter, quarter.plusMonths(3).minusDays(1)).withKind(ActivityKind.CELL_MEETING),
                LIMIT));
        if (someone != null) {
            time("one cadre", () -> services.activities().list(all.withCadre(someone), LIMIT));
        }
    }

    private void time(String what, Supplier<ActivityList> list) {
        long t0 = System.nanoTime();
        ActivityList first = list.get();
        long coldMs = (System.nanoTime() - t0) / 1_000_000;
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < Math.max(1, runs); i++) {
            long s = System.nanoTime();
            list.get();
            micros.add((System.nanoTime() - s) / 1_000);
        }
        System.out.printf("activities, %s: %,d of %,d rows, first %d ms; over %d runs: median %.1f ms, p95 %.1f ms%n",
                what, first.rows().size(), first.total(), coldMs, micros.size(), Stats.median(micros) / 1000.0,
                Stats.percentile(micros, 95) / 1000.0);
    }
}
