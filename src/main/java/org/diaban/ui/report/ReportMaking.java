package org.diaban.ui.report;

import java.nio.file.Path;
import java.util.List;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.reporting.DocumentDetails;
import org.diaban.reporting.FormatProfile;
import org.diaban.service.report.ReportControl;
import org.diaban.service.report.ReportRequest;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.ScopeChoice;

/**
 * What the report dialog and the dashboard need from the report service and the writers; the
 * window is given an adapter, tests a fake. Every method may be slow and is called off the FX
 * thread. Failures are {@link org.diaban.domain.common.DomainException}s (worded by
 * {@link org.diaban.i18n.ErrorMessages}); a cancelled job throws
 * {@link org.diaban.service.report.ReportCancelledException}.
 */
public interface ReportMaking {

    /** The units a report can be made for in the period, as they stood then, top first. */
    List<ScopeChoice> scopes(ReportPeriod period);

    Resolution77Report compute(ReportRequest request, ReportControl control);

    /** The format profiles to choose from, the default first. */
    List<FormatProfile> profiles();

    /** What is wrong with the user's own profile files, each naming its file (none: empty). */
    List<String> profileProblems();

    /** The folder of the user's own profiles, with copies of the built-in ones there to edit. */
    Path profilesFolder();

    /** The number, date, place, signer and recipients proposed for the report in that format. */
    DocumentDetails defaultDetails(Resolution77Report report, FormatProfile profile);

    void writeWorkbook(Resolution77Report report, DocumentDetails details, FormatProfile profile, Path out,
                       ReportControl control);

    /** The narrative draft (.docx) for the officer to finish in Word. */
    void writeNarrative(Resolution77Report report, DocumentDetails details, FormatProfile profile, Path out,
                        ReportControl control);
}
