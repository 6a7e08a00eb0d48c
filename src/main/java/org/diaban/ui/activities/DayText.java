package org.diaban.ui.activities;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Set;
import org.diaban.domain.text.VietnameseText;
import org.diaban.i18n.Formats;

/**
 * A day as an officer types it: "05/03/2024", "5/3/2024", "5/3/24", or "h" / "nay" / "hôm nay"
 * for today and "qua" for yesterday.
 */
final class DayText {

    private static final DateTimeFormatter SHORT_YEAR = DateTimeFormatter.ofPattern("d/M/uu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> TODAY = Set.of("h", "n", "nay", "hom nay", "today", "t");
    private static final Set<String> YESTERDAY = Set.of("qua", "hom qua", "yesterday", "y");

    private DayText() {
    }

    /** The day, or null when the text is blank or not a day. */
    static LocalDate parse(String text, LocalDate today) {
        String t = text == null ? "" : VietnameseText.fold(text).strip();
        if (t.isEmpty()) {
            return null;
        }
        if (TODAY.contains(t)) {
            return today;
        }
        if (YESTERDAY.contains(t)) {
            return today.minusDays(1);
        }
        String slashed = t.replace('-', '/').replace('.', '/');
        if (slashed.matches("\\d{1,2}/\\d{1,2}/\\d{2}")) {
            try {
                return LocalDate.parse(slashed, SHORT_YEAR);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        try {
            return Formats.parseDate(slashed);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
