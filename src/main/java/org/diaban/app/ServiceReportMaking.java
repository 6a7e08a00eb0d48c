package org.diaban.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.i18n.I18n;
import org.diaban.reporting.DocumentDetails;
import org.diaban.reporting.FormatProfile;
import org.diaban.reporting.FormatProfiles;
import org.diaban.reporting.ProfileProblem;
import org.diaban.reporting.narrative.NarrativeWriter;
import org.diaban.reporting.workbook.ReportWorkbookWriter;
import org.diaban.service.Services;
import org.diaban.service.report.ReportControl;
import org.diaban.service.report.ReportRequest;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.ScopeChoice;
import org.diaban.ui.report.ReportMaking;

/**
 * The report dialog's and dashboard's port on the real report service and writers. Documents are
 * written in the window's language (Vietnamese unless the officer chose English), so that the
 * preview shows what the file will hold. Profiles are read again on each call so that an edited
 * profile file is used without a restart.
 */
final class ServiceReportMaking implements ReportMaking {

    private final Services services;
    private final Supplier<String> language;

    /** @param language the window's language setting ("vi", "en"), read when a document is written */
    ServiceReportMaking(Services services, Supplier<String> language) {
        this.services = services;
        this.language = language;
    }

    private I18n documentTexts() {
        return new I18n(I18n.localeFor(language.get()));
    }

    @Override
    public List<ScopeChoice> scopes(ReportPeriod period) {
        return services.reports().scopes(period);
    }

    @Override
    public Resolution77Report compute(ReportRequest request, ReportControl control) {
        return services.reports().compute(request, control);
    }

    @Override
    public List<FormatProfile> profiles() {
        return new FormatProfiles(services.dataFolder()).all();
    }

    @Override
    public List<String> profileProblems() {
        return new FormatProfiles(services.dataFolder()).problems().stream().map(ProfileProblem::message).toList();
    }

    @Override
    public Path profilesFolder() {
        return new FormatProfiles(services.dataFolder()).editableFolder();
    }

    @Override
    public DocumentDetails defaultDetails(Resolution77Report report, FormatProfile profile) {
        return DocumentDetails.defaultsFor(report, profile, services.clock().today(), documentTexts());
    }

    @Override
    public void writeWorkbook(Resolution77Report report, DocumentDetails details, FormatProfile profile, Path out,
                              ReportControl control) {
        new ReportWorkbookWriter(documentTexts()).write(report, details, profile, out, control);
    }

    @Override
    public void writeNarrative(Resolution77Report report, DocumentDetails details, FormatProfile profile, Path out,
                               ReportControl control) {
        new NarrativeWriter(documentTexts()).write(report, details, profile, out, control);
    }
}
