package org.diaban.ui.report;

import org.diaban.domain.activity.ConcernStatus;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.report.Resolution77Report.TierRef;

/** How the report's codes and numbers read in the window's language (numbers as 1.234,5). */
public final class ReportTexts {

    private final I18n i18n;

    public ReportTexts(I18n i18n) {
        this.i18n = i18n;
    }

    public I18n i18n() {
        return i18n;
    }

    /** "Cấp huyện": a tier's name standing alone, as the workbook's cells have it. */
    public String tier(TierRef tier) {
        return tier == null ? "" : tier.title(i18n.isEnglish());
    }

    public String status(ConcernStatus status) {
        return status == null ? "" : i18n.get("concerns.status." + status.name());
    }

    /** "Quý II/2023", "6 tháng đầu năm 2023", "Từ 22/05/2022 đến 30/06/2023". */
    public String period(ReportPeriod p) {
        return switch (p.kind()) {
            case MONTH -> i18n.format("reports.period.name.MONTH", p.index(), String.valueOf(p.year()));
            case QUARTER -> i18n.format("reports.period.name.QUARTER", i18n.get("reports.period.roman." + p.index()),
                    String.valueOf(p.year()));
            case CUSTOM -> i18n.format("reports.period.name.CUSTOM", date(p.from()), date(p.to()));
            default -> i18n.format("reports.period.name." + p.kind().name(), String.valueOf(p.year()));
        };
    }

    public static String number(long n) {
        return Formats.number(n);
    }

    /** "87,5%": one decimal, as in the party's reports. */
    public static String percent(double value) {
        return Formats.decimal(value, 1) + "%";
    }

    /** Part of a whole as a percentage; 0 when the whole is empty. */
    public static double share(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    public static String date(java.time.LocalDate day) {
        return Formats.date(day);
    }
}
