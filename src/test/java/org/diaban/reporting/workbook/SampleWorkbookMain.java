package org.diaban.reporting.workbook;

import java.nio.file.Path;
import java.time.LocalDate;

import org.diaban.reporting.DocumentDetails;
import org.diaban.reporting.FormatProfile;
import org.diaban.reporting.FormatProfiles;
import org.diaban.service.report.ReportControl;
import org.diaban.service.report.Resolution77Report;
import org.diaban.testing.SampleReports;

/** Writes the sample reports into a folder, to render and look at (not a test). */
public final class SampleWorkbookMain {

    private SampleWorkbookMain() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/sample-reports");
        FormatProfiles profiles = new FormatProfiles(null);
        write(SampleReports.huuLung(), profiles.byId("party"), folder.resolve("huu-lung-party.xlsx"), "12");
        write(SampleReports.reorganised2025(), profiles.byId("party"), folder.resolve("2025-party.xlsx"), "");
        write(SampleReports.huuLung(), profiles.byId("state"), folder.resolve("huu-lung-state.xlsx"), "12");
    }

    private static void write(Resolution77Report r, FormatProfile p, Path out, String number) {
        DocumentDetails d = DocumentDetails.defaultsFor(r, p, LocalDate.of(2023, 7, 5));
        d = new DocumentDetails(number, d.date(), d.place(), d.signerCapacity(), d.signerTitle(), "Nguyễn Văn Hùng",
                d.recipients());
        new ReportWorkbookWriter().write(r, d, p, out, ReportControl.NONE);
        System.out.println("wrote " + out);
    }
}
