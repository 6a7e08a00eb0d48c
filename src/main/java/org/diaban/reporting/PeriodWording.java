package org.diaban.reporting;

import java.time.LocalDate;

import org.diaban.domain.report.ReportPeriod;
import org.diaban.i18n.I18n;

/**
 * A period as a report's title says it: "quý II năm 2023", "6 tháng đầu năm 2023",
 * "từ ngày 22/5/2022 đến ngày 30/6/2023". Shared by the workbook and the narrative.
 */
public final class PeriodWording {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private final I18n i18n;

    public PeriodWording(I18n i18n) {
        this.i18n = i18n;
    }

    public String of(ReportPeriod period) {
        // years go in as text: MessageFormat would group 2023 as "2.023"
        String year = String.valueOf(period.year());
        return switch (period.kind()) {
            case MONTH -> i18n.format("reporting.period.month", String.valueOf(period.index()), year);
            case QUARTER -> i18n.format("reporting.period.quarter", roman(period.index()), year);
            case HALF_YEAR -> i18n.format("reporting.period.halfYear", year);
            case NINE_MONTHS -> i18n.format("reporting.period.nineMonths", year);
            case YEAR -> i18n.format("reporting.period.year", year);
            case CUSTOM -> i18n.format("reporting.period.custom", shortDate(period.from()), shortDate(period.to()));
        };
    }

    /** "II" for 2: quarters and the numbered parts of a report; beyond ten, the number. */
    public static String roman(int oneBased) {
        return oneBased >= 1 && oneBased <= ROMAN.length ? ROMAN[oneBased - 1] : String.valueOf(oneBased);
    }

    /** "22/5/2022": the way officers write a day inside a sentence. */
    public static String shortDate(LocalDate day) {
        return day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
    }
}
