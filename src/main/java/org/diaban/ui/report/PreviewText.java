package org.diaban.ui.report;

import java.time.LocalDate;
import org.diaban.i18n.Formats;

/**
 * A workbook value as the preview writes it, in the workbook's formats: counts 1.234, days
 * dd/MM/yyyy, percentages with one decimal, text as it is ("24/24" stays a ratio).
 */
final class PreviewText {

    private PreviewText() {
    }

    /** A breakdown table's cell: percentage columns say "(%)" in their title, so the cell has no sign. */
    static String cell(Object value) {
        return of(value, "");
    }

    /** A value or note of the summary table: a percentage reads "98,7%". */
    static String summary(Object value) {
        return of(value, "%");
    }

    private static String of(Object value, String percentSign) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof LocalDate day) {
            return Formats.date(day);
        }
        if (value instanceof Double d) {
            return Formats.decimal(d, 1) + percentSign;
        }
        if (value instanceof Number n) {
            return Formats.number(n.longValue());
        }
        return value.toString();
    }
}
