package org.diaban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.diaban.i18n.I18n;
import org.diaban.reporting.DocumentDetails;
import org.diaban.reporting.FormatProfile;
import org.diaban.reporting.FormatProfiles;
import org.diaban.reporting.workbook.ReportSource;
import org.diaban.reporting.workbook.ReportWorkbookWriter;
import org.diaban.service.report.ReportControl;
import org.diaban.service.report.Resolution77Report;

/**
 * The report workbook against a bare SXSSF write of the same cells, alternating runs in one JVM
 * (after a warm-up of each) so that both see the same machine; target: within 1.5×. With a
 * {@code source} (the real report on a data folder) the report side is the whole job as the
 * command line does it: the figures computed from the database while the workbook is written
 * (the annex sheet from the moment it is known).
 */
final class ReportWriteBenchmark {

    static final double TARGET = 1.5;

    private final String label;
    private final Resolution77Report report;
    private final ReportSource source;
    private final int runs;

    /** The writer alone on a report made up in memory. */
    ReportWriteBenchmark(Resolution77Report report, int runs) {
        this("report-write", report, null, runs);
    }

    /**
     * @param source makes the report again on each run (counted on the report side), or null to
     *               time the writer alone on {@code report}
     */
    ReportWriteBenchmark(String label, Resolution77Report report, ReportSource source, int runs) {
        this.label = label;
        this.report = report;
        this.source = source;
        this.runs = runs;
    }

    /** Prints the medians and the ratio; true when within the target. */
    boolean run() throws IOException {
        I18n i18n = new I18n(I18n.VIETNAMESE);
        FormatProfile party = new FormatProfiles(null).byId(FormatProfiles.PARTY);
        DocumentDetails details = DocumentDetails.defaultsFor(report, party, LocalDate.now());
        ReportWorkbookWriter writer = new ReportWorkbookWriter(i18n);
        BareSxssfWrite bare = new BareSxssfWrite(i18n);
        Path folder = Files.createTempDirectory("diaban-report-bench");
        Path styled = folder.resolve("report.xlsx");
        Path plain = folder.resolve("bare.xlsx");
        List<Long> styledMs = new ArrayList<>();
        List<Long> bareMs = new ArrayList<>();
        try {
            for (int i = -1; i < runs; i++) {
                long t0 = System.nanoTime();
                bare.write(report, details, party, plain);
                long t1 = System.nanoTime();
                writer.write(source == null ? ReportSource.of(report) : source, made -> details, party, styled,
                        ReportControl.NONE);
                long t2 = System.nanoTime();
                Files.delete(plain);
                if (i >= 0) {
                    // the first round warms both up and is not counted
                    bareMs.add((t1 - t0) / 1_000_000);
                    styledMs.add((t2 - t1) / 1_000_000);
                }
            }
        } finally {
            Files.deleteIfExists(styled);
            Files.deleteIfExists(plain);
            Files.deleteIfExists(folder);
        }
        long b = Stats.median(bareMs);
        long s = Stats.median(styledMs);
        double ratio = b == 0 ? 0 : (double) s / b;
        System.out.printf("%s (%,d annex rows, %,d summary/breakdown rows, %d runs, load %.1f): bare SXSSF median %d ms, "
                + "report median %d ms (%s), ratio %.2fx (target %.1fx) %s%n", label,
                report.annex().size(), report.communes().size(), runs, Stats.load(), b, s,
                source == null ? "writing" : "computing and writing", ratio, TARGET, ratio <= TARGET ? "OK" : "OVER");
        return ratio <= TARGET;
    }
}
