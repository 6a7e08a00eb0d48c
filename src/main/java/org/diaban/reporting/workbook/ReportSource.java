package org.diaban.reporting.workbook;

import java.util.function.Consumer;

import org.diaban.service.report.AnnexPart;
import org.diaban.service.report.Resolution77Report;

/** Computes the report to write, handing its annex to the writer as soon as it is known. */
@FunctionalInterface
public interface ReportSource {

    Resolution77Report compute(Consumer<AnnexPart> annexReady);

    /** A report already computed: nothing to overlap, so the annex is written in turn. */
    static ReportSource of(Resolution77Report report) {
        return annexReady -> report;
    }
}
