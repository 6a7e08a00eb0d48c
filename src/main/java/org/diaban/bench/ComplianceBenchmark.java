package org.diaban.bench;

import java.util.ArrayList;
import java.util.List;
import org.diaban.domain.compliance.Standing;
import org.diaban.service.Services;
import org.diaban.service.compliance.ComplianceReport;

/**
 * The Regulation 1764 list of the whole province (two queries and the work in memory), for the
 * current year and for 2024, timed over N runs after a warm-up.
 */
final class ComplianceBenchmark {

    private final Services services;
    private final int runs;

    ComplianceBenchmark(Services services, int runs) {
        this.services = services;
        this.runs = runs;
    }

    void run() {
        int thisYear = services.clock().today().getYear();
        for (int year : new int[] {thisYear, 2024}) {
            long t0 = System.nanoTime();
            ComplianceReport first = services.compliance().report(year);
            long coldMs = (System.nanoTime() - t0) / 1_000_000;
            for (int i = 0; i < 2; i++) {
                services.compliance().report(year);
            }
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < Math.max(1, runs); i++) {
                long s = System.nanoTime();
                services.compliance().report(year);
                micros.add((System.nanoTime() - s) / 1_000);
            }
            System.out.printf("compliance %d: %,d rows (%,d behind), first run %d ms; over %d runs: median %.1f ms, "
                            + "p95 %.1f ms (target well under 1 s)%n", year, first.rows().size(),
                    first.count(Standing.BEHIND), coldMs, micros.size(), Stats.median(micros) / 1000.0,
                    Stats.percentile(micros, 95) / 1000.0);
        }
    }
}
