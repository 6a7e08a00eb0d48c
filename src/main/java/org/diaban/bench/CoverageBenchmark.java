package org.diaban.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diaban.service.Services;
import org.diaban.service.assignment.CoverageReport;

/**
 * Coverage of the whole province on a day (the tree's badges and the coverage panel), before and
 * after the reform, timed over N runs after a warm-up.
 */
final class CoverageBenchmark {

    private final Services services;
    private final int runs;

    CoverageBenchmark(Services services, int runs) {
        this.services = services;
        this.runs = runs;
    }

    void run() {
        for (LocalDate day : new LocalDate[] {LocalDate.of(2023, 6, 1), services.clock().today()}) {
            long t0 = System.nanoTime();
            CoverageReport first = services.coverage().coverageOn(day);
            long coldMs = (System.nanoTime() - t0) / 1_000_000;
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < Math.max(1, runs); i++) {
                long s = System.nanoTime();
                services.coverage().coverageOn(day);
                micros.add((System.nanoTime() - s) / 1_000);
            }
            System.out.printf("coverage on %s: %,d/%,d villages covered, %,d gaps, first %d ms; over %d runs: "
                            + "median %.1f ms, p95 %.1f ms%n", day, first.villagesCovered(), first.villages(),
                    first.gaps().size(), coldMs, micros.size(), Stats.median(micros) / 1000.0,
                    Stats.percentile(micros, 95) / 1000.0);
        }
    }
}
