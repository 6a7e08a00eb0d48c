package org.diaban.importing.legacy.values;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diaban.domain.text.VietnameseText;

/**
 * Dates in legacy files: real date cells pass through; text is day-first ({@code d/m/yyyy},
 * {@code dd/mm/yyyy}, {@code dd-mm-yyyy}, {@code d.m.yyyy}, {@code dd/mm/yy} meaning 20yy, or
 * {@code ngày d tháng m năm yyyy}). A date that cannot exist is {@link ProblemCode#INVALID_DATE}.
 */
public final class LegacyDates {

    private static final Pattern NUMERIC =
            Pattern.compile("(?:ngay\\s*)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4}|\\d{2})\\.?");
    private static final Pattern WORDS =
            Pattern.compile("(?:ngay\\s*)?(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*,?\\s*nam\\s*(\\d{4})\\.?");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})");

    private LegacyDates() {
    }

    /**
     * A date cell: a {@link LocalDate} (or {@link LocalDateTime}) passes through, empty gives a null
     * value, text is read day-first; anything else is an {@link ProblemCode#INVALID_DATE}.
     */
    public static ValueResult<LocalDate> parse(Object cell, String field) {
        if (cell instanceof LocalDate date) {
            return ValueResult.of(date);
        }
        if (cell instanceof LocalDateTime dateTime) {
            return ValueResult.of(dateTime.toLocalDate());
        }
        if (cell == null) {
            return ValueResult.empty();
        }
        if (!(cell instanceof CharSequence)) {
            return ValueResult.problem(ProblemCode.INVALID_DATE, field, cell, "not a date: " + cell);
        }
        String text = VietnameseText.clean(cell.toString());
        if (text.isEmpty()) {
            return ValueResult.empty();
        }
        String folded = VietnameseText.fold(text);
        Matcher m = NUMERIC.matcher(folded);
        if (!m.matches()) {
            m = WORDS.matcher(folded);
        }
        if (!m.matches()) {
            return ValueResult.problem(ProblemCode.INVALID_DATE, field, text, "not a day-first date: " + text);
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += 2000;
        }
        return date(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), field, text);
    }

    /**
     * A text date that may leave out the year ({@code d/m}); the year is then the given one (the
     * sheet's year, for attendance date marks). Full dates are accepted too.
     */
    public static ValueResult<LocalDate> parseInYear(String text, int year, String field) {
        String cleaned = VietnameseText.clean(text);
        if (cleaned == null || cleaned.isEmpty()) {
            return ValueResult.empty();
        }
        Matcher m = DAY_MONTH.matcher(cleaned);
        if (m.matches()) {
            return date(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), field, cleaned);
        }
        return parse(cleaned, field);
    }

    /**
     * Several text dates separated by {@code ;}, each with or without its year. Empty items are
     * skipped; the first bad item makes the whole cell a problem.
     */
    public static ValueResult<List<LocalDate>> parseList(String text, int year, String field) {
        List<LocalDate> dates = new ArrayList<>();
        if (text == null) {
            return ValueResult.of(dates);
        }
        for (String item : text.split(";")) {
            ValueResult<LocalDate> one = parseInYear(item, year, field);
            if (!one.isOk()) {
                return ValueResult.problem(ProblemCode.INVALID_DATE, field, VietnameseText.clean(text),
                        one.problem().message());
            }
            if (one.value() != null) {
                dates.add(one.value());
            }
        }
        return ValueResult.of(dates);
    }

    /** Whether the text looks like one or more {@code ;}-separated dates, readable or not. */
    static boolean looksLikeDates(String text) {
        for (String item : text.split(";")) {
            String s = VietnameseText.fold(item);
            if (!s.isEmpty() && !DAY_MONTH.matcher(s).matches() && !NUMERIC.matcher(s).matches()
                    && !WORDS.matcher(s).matches()) {
                return false;
            }
        }
        return text.chars().anyMatch(Character::isDigit);
    }

    private static ValueResult<LocalDate> date(int year, int month, int day, String field, String text) {
        try {
            return ValueResult.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return ValueResult.problem(ProblemCode.INVALID_DATE, field, text, "this date cannot exist: " + text);
        }
    }
}
