package org.diaban.service.report;

import java.util.List;

import org.diaban.domain.report.ReportPeriod;
import org.diaban.service.report.Resolution77Report.AssignmentRow;
import org.diaban.service.report.Resolution77Report.Scope;

/**
 * The annex of a report still being computed: every assignment in scope, in the report's order,
 * with the period and scope it is for. Handed over before the other figures are counted, so that a
 * writer can put the annex (by far the longest part of a report) on paper meanwhile.
 */
public record AnnexPart(ReportPeriod period, Scope scope, List<AssignmentRow> rows) {

    /** The annex of a finished report. */
    public static AnnexPart of(Resolution77Report report) {
        return new AnnexPart(report.period(), report.scope(), report.annex());
    }
}
