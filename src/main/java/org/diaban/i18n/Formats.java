package org.diaban.i18n;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Dates as dd/MM/yyyy and numbers as 1.234,5: the Vietnamese conventions the users expect. */
public final class Formats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LENIENT_INPUT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Formats() {
    }

    public static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** Reads "5/7/2025", "05/07/2025" (day first); throws for a date that cannot exist. */
    public static LocalDate parseDate(String text) {
        String t = text == null ? "" : text.strip().replace('-', '/').replace('.', '/');
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t, LENIENT_INPUT);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a date: " + text, e);
        }
    }

    public static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(n);
    }

    public static String decimal(double n, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(n);
    }
}
