package org.diaban.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.persistence.DataLocation;
import org.diaban.service.Services;
import org.diaban.service.common.Clock;
import org.diaban.service.report.ReportControl;
import org.diaban.service.report.ReportRequest;
import org.diaban.service.report.Resolution77Report;

/**
 * Benchmarks of the issue targets, run from the built jar:
 * {@code java -cp target/diaban.jar org.diaban.bench.BenchMain [search|tree|compliance|activities|coverage|report|startup|all] --data-dir DIR [--runs N]}
 * or {@code ./mvnw -Pbench verify -Dbench.args="all --data-dir DIR"}. The data folder should hold the
 * province-scale set ({@code diaban --data-dir DIR demo --scale province}). The start-up part needs a display.
 * {@code legacy-import [--file F] [--hierarchy H] [--district KEY] [--runs N]} is not part of {@code all}: it
 * needs no data folder, only the legacy fixtures (by default those of the project folder it is run from).
 * {@code report-write [--rows N] [--runs N]} is not part of {@code all} either: it times the report workbook
 * against a bare SXSSF write of the same cells, on a synthetic province report of N annex rows (30,000).
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        String what = a.isEmpty() || a.get(0).startsWith("--") ? "all" : a.get(0);
        Path dataDir = Path.of(option(a, "--data-dir", System.getProperty("java.io.tmpdir") + "/diaban-bench"));
        int runs = Integer.parseInt(option(a, "--runs", "5"));
        Path jar = Path.of(option(a, "--jar", BenchMain.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI().getPath()));
        if (what.equals("legacy-import")) {
            // needs no province-scale data: it prepares its own data folders from the fixtures
            boolean ok = new LegacyImportBenchmark(Path.of(option(a, "--file", LegacyImportBenchmark.DEFAULT_FILE)),
                    Path.of(option(a, "--hierarchy", LegacyImportBenchmark.DEFAULT_HIERARCHY)),
                    option(a, "--district", "huu-lung"), runs).run();
            System.exit(ok ? 0 : 1);
        }
        if (what.equals("report-write")) {
            // needs no data folder: the report is made up in memory
            int rows = Integer.parseInt(option(a, "--rows", "30000"));
            boolean ok = new ReportWriteBenchmark(SyntheticReport.province(rows), runs).run();
            System.exit(ok ? 0 : 1);
        }
        if (!Files.exists(dataDir)) {
            throw new IllegalArgumentException("No data folder " + dataDir
                    + ": create it with: java -jar diaban.jar --data-dir " + dataDir + " demo --scale province");
        }
        System.out.println("Địa Bàn benchmarks on " + dataDir + " (" + Runtime.getRuntime().availableProcessors()
                + " cores, max heap " + Runtime.getRuntime().maxMemory() / 1_048_576 + " MB)");
        if (what.equals("search") || what.equals("tree") || what.equals("all")) {
            try (Services services = Services.open(new DataLocation(dataDir), Clock.system())) {
                if (!what.equals("tree")) {
                    new SearchBenchmark(services).run();
                }
                if (!what.equals("search")) {
                    new TreeBenchmark(services).run();
                }
            }
        }
        if (what.equals("compliance") || what.equals("all")) {
            try (Services services = Services.open(new DataLocation(dataDir), Clock.system())) {
                new ComplianceBenchmark(services, runs).run();
            }
        }
        if (what.equals("activities") || what.equals("all")) {
            try (Services services = Services.open(new DataLocation(dataDir), Clock.system())) {
                new ActivityListBenchmark(services, runs).run();
            }
        }
        if (what.equals("coverage") || what.equals("all")) {
            try (Services services = Services.open(new DataLocation(dataDir), Clock.system())) {
                new CoverageBenchmark(services, runs).run();
            }
        }
        if (what.equals("report") || what.equals("all")) {
            // a year's province report: computed from the database and written, against a bare
            // SXSSF write of the same cells
            try (Services services = Services.open(new DataLocation(dataDir), Clock.system())) {
                ReportPeriod year = ReportPeriod.parse(option(a, "--period",
                        String.valueOf(services.clock().today().getYear() - 1)));
                ReportRequest request = new ReportRequest(year, null);
                Resolution77Report made = services.reports().compute(request, ReportControl.NONE);
                new ReportWriteBenchmark("report " + year.year() + " province", made,
                        annexReady -> services.reports().compute(request, ReportControl.NONE, annexReady), runs).run();
            }
        }
        if (what.equals("startup") || what.equals("all")) {
            new StartupBenchmark(jar, dataDir, runs).run();
        }
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }
}
