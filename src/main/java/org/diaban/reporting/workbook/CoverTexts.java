package org.diaban.reporting.workbook;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.reporting.DocumentDetails;
import org.diaban.reporting.FormatProfile;
import org.diaban.reporting.PeriodWording;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.Resolution77Report.HierarchyPhase;

/**
 * Every text of the report sheet, worded from the report, the officer's details and the profile;
 * the sheet writer only lays them out.
 *
 * @param motto      the state's motto line, or null
 * @param star       "*" under the issuer, or null
 * @param phaseNote  the note that the period spans a reorganisation, or null
 */
public record CoverTexts(String parentBody, String issuer, String star, String number, String nationalTitle,
                         String motto, String placeDate, String title, String subtitle, String phaseNote,
                         List<String> tableHeader, List<SummaryLine> lines, String signerCapacity,
                         String signerTitle, String signerName, String recipientsHeading, List<String> recipients) {

    /** What an officer fills in by hand when the number is not known yet. */
    private static final String NUMBER_BLANK = "......";

    public static CoverTexts of(Resolution77Report r, DocumentDetails d, FormatProfile p, I18n i18n) {
        Resolution77Report.Scope scope = r.scope();
        String committee = scope.committeeName() == null ? scope.name() : scope.committeeName();
        String parent = scope.parentBodyName() == null ? "" : scope.parentBodyName();
        String code = scope.committeeCode() == null ? "" : scope.committeeCode();
        String number = format(p.numberPattern(), d.number().isEmpty() ? NUMBER_BLANK : d.number(), code);
        String placeDate = d.date() == null ? "" : format(p.placeDatePattern(), d.place() == null ? "" : d.place(),
                DocumentDetails.dayText(d.date()), DocumentDetails.monthText(d.date()), String.valueOf(d.date().getYear()));
        List<String> header = List.of(i18n.get("workbook.cover.col.0"), i18n.get("workbook.cover.col.1"),
                i18n.get("workbook.cover.col.2"), i18n.get("workbook.cover.col.3"));
        List<String> recipients = new ArrayList<>();
        for (String line : d.recipients()) {
            recipients.add("- " + line);
        }
        return new CoverTexts(upper(parent), upper(committee), p.showStarUnderIssuer() ? "*" : null, number,
                p.nationalTitle(), p.nationalMotto(), placeDate, i18n.get("workbook.cover.title"),
                subtitle(r, i18n), phaseNote(r, i18n), header,
                new SummaryLines(i18n).of(r), upper(nullToEmpty(d.signerCapacity())),
                upper(nullToEmpty(d.signerTitle())), nullToEmpty(d.signerName()),
                i18n.get("workbook.cover.recipients"), recipients);
    }

    /** The line under the title: what is reported, for which period. */
    public static String subtitle(Resolution77Report r, I18n i18n) {
        return i18n.format("workbook.cover.subtitle", new PeriodWording(i18n).of(r.period()));
    }

    /** For a period across a reorganisation, how its figures were counted; null otherwise. */
    public static String phaseNote(Resolution77Report r, I18n i18n) {
        if (r.phases().size() < 2) {
            return null;
        }
        List<String> stretches = new ArrayList<>();
        for (HierarchyPhase ph : r.phases()) {
            stretches.add(i18n.format("workbook.cover.phase", Formats.date(ph.from()), Formats.date(ph.to()),
                    Formats.number(ph.communes()), Formats.number(ph.villages())));
        }
        HierarchyPhase second = r.phases().get(1);
        String basis = second.changeBasis() == null ? "" : " (" + second.changeBasis() + ")";
        return i18n.format("workbook.cover.phases", Formats.date(second.from()), basis, String.join("; ", stretches));
    }

    private static String format(String pattern, Object... args) {
        return new MessageFormat(pattern, I18n.VIETNAMESE).format(args);
    }

    private static String upper(String s) {
        return s.toUpperCase(I18n.VIETNAMESE);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
