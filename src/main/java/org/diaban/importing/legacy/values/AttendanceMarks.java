package org.diaban.importing.legacy.values;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.diaban.domain.text.VietnameseText;

/**
 * Attendance month cells: empty, {@code -} or {@code 0} mean 0; {@code x}/{@code X} mean 1; a number
 * n means n; a real date cell means one meeting that day; text {@code d/m} (the sheet's year) and
 * several such dates separated by {@code ;} count one meeting each. Anything else is an
 * {@link ProblemCode#INVALID_MARK}; a well-formed date that cannot exist is an
 * {@link ProblemCode#INVALID_DATE}.
 */
public final class AttendanceMarks {

    private AttendanceMarks() {
    }

    /** The key field name of a month column: {@code thang_1} .. {@code thang_12}. */
    public static String monthField(int month) {
        return "thang_" + month;
    }

    public static ValueResult<AttendanceMark> parse(Object cell, int year, String field) {
        if (cell == null) {
            return ValueResult.of(AttendanceMark.count(0));
        }
        if (cell instanceof LocalDate date) {
            return ValueResult.of(new AttendanceMark(1, List.of(date)));
        }
        if (cell instanceof LocalDateTime dateTime) {
            return ValueResult.of(new AttendanceMark(1, List.of(dateTime.toLocalDate())));
        }
        if (cell instanceof Number number) {
            return count(number.doubleValue(), field, cell);
        }
        String text = VietnameseText.clean(cell.toString());
        if (text.isEmpty() || text.equals("-")) {
            return ValueResult.of(AttendanceMark.count(0));
        }
        if (text.equalsIgnoreCase("x")) {
            return ValueResult.of(AttendanceMark.count(1));
        }
        if (text.matches("\\d{1,3}")) {
            return ValueResult.of(AttendanceMark.count(Integer.parseInt(text)));
        }
        if (LegacyDates.looksLikeDates(text)) {
            ValueResult<List<LocalDate>> dates = LegacyDates.parseList(text, year, field);
            if (!dates.isOk()) {
                return dates.asFailure();
            }
            return ValueResult.of(new AttendanceMark(dates.value().size(), dates.value()));
        }
        return invalid(field, text);
    }

    private static ValueResult<AttendanceMark> count(double n, String field, Object cell) {
        if (n < 0 || n != Math.rint(n) || n > 1000) {
            return invalid(field, cell);
        }
        return ValueResult.of(AttendanceMark.count((int) n));
    }

    private static ValueResult<AttendanceMark> invalid(String field, Object value) {
        return ValueResult.problem(ProblemCode.INVALID_MARK, field, value,
                "a month cell must be empty, x/X, a count, or date(s); \"" + value + "\" is none of these");
    }
}
