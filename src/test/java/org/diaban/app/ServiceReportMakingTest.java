package org.diaban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.reporting.DocumentDetails;
import org.diaban.reporting.FormatProfile;
import org.diaban.service.Services;
import org.diaban.service.report.ReportControl;
import org.diaban.service.report.ReportRequest;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.ScopeChoice;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's report port on the real service and writers, end to end on a real H2 file. */
class ServiceReportMakingTest {

    @TempDir
    Path dir;

    @Test
    void scopesComputeAndBothDocumentsForADistrictBeforeTheReform() throws Exception {
        try (Services services = TestServices.withFixtureHierarchy(dir)) {
            ServiceReportMaking reports = new ServiceReportMaking(services, () -> "vi");
            ReportPeriod period = ReportPeriod.parse("2023-Q2");
            List<ScopeChoice> scopes = reports.scopes(period);
            assertTrue(scopes.stream().anyMatch(s -> s.key().equals("huu-lung")), scopes.toString());

            Resolution77Report report = reports.compute(new ReportRequest(period, "huu-lung"), ReportControl.NONE);
            assertEquals("huu-lung", report.scope().key());
            List<FormatProfile> profiles = reports.profiles();
            assertEquals("party", profiles.get(0).id(), "the party's format first");
            DocumentDetails details = reports.defaultDetails(report, profiles.get(0));
            assertEquals(services.clock().today(), details.date());

            Path xlsx = dir.resolve("bao-cao.xlsx");
            Path docx = dir.resolve("bao-cao.docx");
            reports.writeWorkbook(report, details, profiles.get(0), xlsx, ReportControl.NONE);
            reports.writeNarrative(report, details, profiles.get(0), docx, ReportControl.NONE);
            assertTrue(Files.size(xlsx) > 0 && Files.size(docx) > 0);
            try (var listing = Files.list(dir)) {
                assertFalse(listing.anyMatch(p -> p.getFileName().toString().startsWith(".")),
                        "no temporary file left beside the documents");
            }
        }
    }
}
