package org.diaban.reporting;

import java.time.LocalDate;
import java.util.List;

import org.diaban.i18n.I18n;
import org.diaban.service.report.Resolution77Report;

/**
 * What the officer fills in for one report document: its number ("12", blank to write by hand
 * after printing), the day and place of the place-date line, who signs and who receives it.
 *
 * @param signerCapacity "T/M BAN THƯỜNG VỤ" (from the profile unless changed)
 * @param signerTitle    "BÍ THƯ", "PHÓ BÍ THƯ"
 * @param recipients     the "Nơi nhận" lines
 */
public record DocumentDetails(String number, LocalDate date, String place, String signerCapacity,
                              String signerTitle, String signerName, List<String> recipients) {

    public DocumentDetails {
        number = number == null ? "" : number.strip();
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /**
     * The details a new report starts with: no number yet, dated today at the scope's place, signed
     * as the profile says, sent to the usual recipients (Vietnamese; the document is Vietnamese).
     */
    public static DocumentDetails defaultsFor(Resolution77Report report, FormatProfile profile, LocalDate today) {
        return defaultsFor(report, profile, today, new I18n(I18n.VIETNAMESE));
    }

    /** As {@link #defaultsFor(Resolution77Report, FormatProfile, LocalDate)} with the recipients in a language. */
    public static DocumentDetails defaultsFor(Resolution77Report report, FormatProfile profile, LocalDate today,
                                              I18n i18n) {
        Resolution77Report.Scope scope = report.scope();
        String committee = scope.committeeName() == null ? scope.name() : scope.committeeName();
        List<String> recipients = List.of(
                i18n.get("reporting.recipient.parentOffice"),
                i18n.get("reporting.recipient.standing"),
                i18n.format("reporting.recipient.archive", committee));
        return new DocumentDetails("", today, scope.placeName(), profile.signerCapacity(), profile.signerTitle(), "",
                recipients);
    }

    /**
     * The day on the place-date line: two digits, so that nobody can add one (Hướng dẫn 36 and
     * Nghị định 30 write "ngày 05").
     */
    public static String dayText(LocalDate date) {
        return String.format("%02d", date.getDayOfMonth());
    }

    /** The month on the place-date line: a leading zero for January and February only ("tháng 02", "tháng 7"). */
    public static String monthText(LocalDate date) {
        int month = date.getMonthValue();
        return month < 3 ? "0" + month : String.valueOf(month);
    }
}
