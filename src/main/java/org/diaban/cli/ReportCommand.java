package org.diaban.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.reporting.DocumentDetails;
import org.diaban.reporting.FormatProfile;
import org.diaban.reporting.FormatProfiles;
import org.diaban.reporting.workbook.ReportWorkbookWriter;
import org.diaban.reporting.narrative.NarrativeWriter;
import org.diaban.service.Services;
import org.diaban.service.report.ReportControl;
import org.diaban.service.report.ReportRequest;
import org.diaban.service.report.Resolution77Report;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code diaban report (--period P | --from D --to D) [--scope KEY] [--profile party|state]
 * [--docx FILE] --out FILE.xlsx}: the Resolution 77 progress report as a print-ready workbook,
 * and optionally the narrative draft. Prints the headline figures so a script can check them.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    private DiaBanCommand root;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private PeriodOption period;

    static final class PeriodOption {
        @Option(names = "--period", paramLabel = "PERIOD", required = true, descriptionKey = "cli.report.option.period")
        String text;

        @ArgGroup(exclusive = false)
        Range range;
    }

    static final class Range {
        @Option(names = "--from", paramLabel = "DATE", required = true, converter = DateConverter.class,
                descriptionKey = "cli.report.option.from")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", required = true, converter = DateConverter.class,
                descriptionKey = "cli.report.option.to")
        LocalDate to;
    }

    @Option(names = "--scope", paramLabel = "KEY", descriptionKey = "cli.report.option.scope")
    private String scope;

    @Option(names = "--profile", paramLabel = "ID", defaultValue = "party", descriptionKey = "cli.report.option.profile")
    private String profileId;

    @Option(names = "--number", paramLabel = "N", descriptionKey = "cli.report.option.number")
    private String number;

    @Option(names = "--signer", paramLabel = "NAME", descriptionKey = "cli.report.option.signer")
    private String signer;

    @Option(names = "--date", paramLabel = "DATE", converter = DateConverter.class,
            descriptionKey = "cli.report.option.date")
    private LocalDate date;

    @Option(names = "--docx", paramLabel = "FILE", descriptionKey = "cli.report.option.docx")
    private Path docx;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.report.option.out")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        I18n i18n = root.i18n();
        ReportPeriod chosen = period.text != null ? ReportPeriod.parse(period.text)
                : ReportPeriod.custom(period.range.from, period.range.to);
        // the documents speak the command line's language: Vietnamese unless DIABAN_LANG=en
        I18n documentTexts = i18n;
        try (Services services = root.openServices()) {
            FormatProfile profile = new FormatProfiles(services.dataFolder()).byId(profileId);
            Path xlsx = out.toAbsolutePath();
            // computed while written: the annex goes on paper as the other figures are counted
            AtomicReference<DocumentDetails> details = new AtomicReference<>();
            Resolution77Report report = new ReportWorkbookWriter(documentTexts).write(
                    annexReady -> services.reports().compute(new ReportRequest(chosen, scope), ReportControl.NONE,
                            annexReady),
                    r -> {
                        details.set(details(r, profile, services));
                        return details.get();
                    }, profile, xlsx, ReportControl.NONE);
            w.println(i18n.format("cli.report.written", xlsx));
            if (docx != null) {
                Path doc = docx.toAbsolutePath();
                // the same number, date and signer as the workbook's
                new NarrativeWriter(documentTexts).write(report, details.get(), profile, doc, ReportControl.NONE);
                w.println(i18n.format("cli.report.written", doc));
            }
            printFigures(w, i18n, report);
        }
        w.flush();
        return DiaBanCommand.OK;
    }

    /** The document's details: the defaults for the report, with what the command line gave. */
    private DocumentDetails details(Resolution77Report report, FormatProfile profile, Services services) {
        DocumentDetails defaults = DocumentDetails.defaultsFor(report, profile, services.clock().today());
        return new DocumentDetails(number != null ? number : defaults.number(),
                date != null ? date : defaults.date(), defaults.place(), defaults.signerCapacity(), defaults.signerTitle(),
                signer != null ? signer : defaults.signerName(), defaults.recipients());
    }

    /** The headline figures, one line each, for the officer to check against the printout. */
    private static void printFigures(PrintWriter w, I18n i18n, Resolution77Report r) {
        w.println(i18n.format("cli.report.scope", r.scope().name(), Formats.date(r.period().from()),
                Formats.date(r.period().to())));
        for (Resolution77Report.TierAssignment t : r.assigned()) {
            w.println(i18n.format("cli.report.assigned", t.tier().title(i18n.isEnglish()),
                    Formats.number(t.total()), Formats.number(t.btv()), Formats.number(t.bch()),
                    Formats.number(t.leaders()), Formats.number(t.communes()), Formats.number(t.villages()),
                    Formats.number(t.households())));
        }
        // per tier: sessions of standing members and of the others (the article's "105 and 342")
        for (Resolution77Report.TierSessions t : r.sessionsByTier()) {
            w.println(i18n.format("cli.report.sessions", t.tier().title(i18n.isEnglish()),
                    Formats.number(t.total()), Formats.number(t.standing()), Formats.number(t.others())));
        }
        Resolution77Report.DecisionFigures d = r.decisions();
        w.println(i18n.format("cli.report.decisions", Formats.number(d.communesIssuing()), Formats.number(d.communes()),
                Formats.number(d.cadresInCommuneDecisions())));
        w.println(i18n.format("cli.report.concerns", Formats.number(r.concerns().received()),
                Formats.number(r.concerns().overdue())));
    }
}
