package org.diaban.service.report;

import java.nio.file.Files;
import java.nio.file.Path;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.service.Services;
import org.diaban.service.demo.ProgressListener;
import org.diaban.service.demo.ScaleParameters;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints how long the report's figures take on the province-scale data set (no timed
 * assertion: the benchmark compares with a bare workbook write). Run on demand:
 * {@code ./mvnw -o test -Dtest=ProvinceScaleTiming -Dr77.scaleDir=DIR}; the data set
 * is generated into that folder once and reused.
 */
@EnabledIfSystemProperty(named = "r77.scaleDir", matches = ".+")
class ProvinceScaleTiming {

    /** CPU time of this thread: the machine is shared, wall time varies with the others' load. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private static void time(String what, java.util.function.IntSupplier work) {
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        int n = work.getAsInt();
        System.out.printf("  %s: %d rows in %d ms (cpu %d ms)%n", what, n, (System.nanoTime() - t0) / 1_000_000,
                (CPU.getCurrentThreadCpuTime() - c0) / 1_000_000);
    }

    @Test
    void computeAYearOfTheProvince() throws Exception {
        Path dir = Path.of(System.getProperty("r77.scaleDir"));
        boolean fresh = !Files.exists(dir);
        try (Services services = TestServices.open(dir)) {
            if (fresh) {
                long t0 = System.nanoTime();
                services.demo().loadScale(ScaleParameters.province(), false, ProgressListener.NONE, () -> false);
                System.out.printf("loaded the province-scale data set in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            }
            var range = ReportPeriod.parse("2026").range();
            for (int i = 0; i < 3; i++) {
                time("assignments", () -> services.database().read(s -> s.reports().assignments(range)).size());
                time("positions", () -> services.database().read(s -> s.reports().positions(range)).size());
                time("households", () -> services.database().read(s -> s.reports().householdsByVillage(range)).size());
                time("activities", () -> services.database().read(s -> s.reports().activities(range)).activities().size());
                time("concerns", () -> services.database().read(s -> s.reports().concerns(range)).size());
                time("statuses", () -> services.database().read(s -> s.reports().concernStatusesOn(range,
                        TestServices.TODAY)).size());
                time("compliance", () -> services.compliance().report(2026, null, TestServices.TODAY).rows().size());
            }
            for (String text : new String[] {"2026", "2026", "2026", "2026", "2026", "2026-H1"}) {
                ReportPeriod period = ReportPeriod.parse(text);
                long t0 = System.nanoTime();
                StringBuilder steps = new StringBuilder();
                long c0 = CPU.getCurrentThreadCpuTime();
                long[] last = {c0};
                ReportControl control = new ReportControl() {
                    @Override
                    public void progress(long done, long total, String messageKey) {
                        long now = CPU.getCurrentThreadCpuTime();
                        steps.append(String.format(" %d:%dms", done, (now - last[0]) / 1_000_000));
                        last[0] = now;
                    }
                };
                Resolution77Report r = services.reports().compute(new ReportRequest(period, null), control);
                System.out.println("cpu per step" + steps + ", cpu total " + (CPU.getCurrentThreadCpuTime() - c0) / 1_000_000
                        + " ms");
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("report %s: %d ms (%d work sessions, %d annex rows, %d concerns, %d communes)%n", text,
                        ms, r.activities().workSessions(), r.annex().size(), r.concerns().received(), r.communes().size());
            }
        }
    }
}
