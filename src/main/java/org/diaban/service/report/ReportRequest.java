package org.diaban.service.report;

import java.util.Objects;

import org.diaban.domain.report.ReportPeriod;

/**
 * What to report on.
 *
 * @param scopeKey the external key of the unit ("huu-lung"), or null for the whole province
 */
public record ReportRequest(ReportPeriod period, String scopeKey) {

    public ReportRequest {
        Objects.requireNonNull(period, "period");
        scopeKey = scopeKey == null || scopeKey.isBlank() ? null : scopeKey.strip();
    }
}
