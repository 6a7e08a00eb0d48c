package org.diaban.reporting.narrative;

import java.time.LocalDate;
import java.util.List;

import org.diaban.domain.report.ReportPeriod;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.reporting.PeriodWording;
import org.diaban.service.report.Resolution77Report.TierRef;

/**
 * The small pieces every sentence of the draft is made of: bundle texts, Vietnamese numbers and
 * dates, the period's wording and the words that depend on a tier (tiers are data, so the words
 * are looked up by the tier's code with a general fallback).
 */
final class Wording {


    private final I18n i18n;

    Wording(I18n i18n) {
        this.i18n = i18n;
    }

    boolean english() {
        return i18n.isEnglish();
    }

    String text(String key, Object... args) {
        return i18n.format(key, args);
    }

    /** 1.234 (numbers go into the templates as text so MessageFormat cannot regroup them). */
    String number(long n) {
        return Formats.number(n);
    }

    /** 92,6 or 100: one decimal only when it says something. */
    String percent(int part, int whole) {
        double p = whole == 0 ? 0 : 100.0 * part / whole;
        return percent(p);
    }

    String percent(double p) {
        double rounded = Math.round(p * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Formats.number((long) rounded) : Formats.decimal(rounded, 1);
    }

    String date(LocalDate day) {
        return Formats.date(day);
    }

    /** "quý II năm 2023", "6 tháng đầu năm 2023": worded as in the workbook's title. */
    String period(ReportPeriod p) {
        return new PeriodWording(i18n).of(p);
    }

    /** "Huyện ủy viên" for members of the committee of a tier. */
    String member(TierRef tier) {
        return byTier("narrative.member", tier);
    }

    /** "xã, thị trấn": the commune-level units under a scope of this tier. */
    String communes(TierRef scopeTier) {
        return byTier("narrative.units.communes", scopeTier);
    }

    String villages() {
        return text("narrative.units.villages");
    }

    String households() {
        return text("narrative.units.households");
    }

    /** "cấp huyện": the tier's own name, lower-cased to sit inside a sentence. */
    String tierName(TierRef tier) {
        return tier.inSentence(english());
    }

    /** "a, b và c". */
    String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        String head = String.join(", ", items.subList(0, items.size() - 1));
        return head + " " + text("narrative.and") + " " + items.get(items.size() - 1);
    }

    private String byTier(String key, TierRef tier) {
        String specific = tier == null ? null : key + "." + tier.code();
        return specific != null && i18n.has(specific) ? text(specific) : text(key);
    }
}
