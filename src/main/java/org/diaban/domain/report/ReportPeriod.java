package org.diaban.domain.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diaban.domain.common.DateRange;
import org.diaban.domain.common.DomainException;

/**
 * The period a progress report covers: a month, a quarter, the first six or nine months of a
 * year, a year, or any range of days. Both ends are inclusive, as officers write them.
 *
 * @param kind  what sort of period it is (the report's title is worded from it)
 * @param year  the year of a calendar period (for a custom range, the year of its last day)
 * @param index the month (1–12) or quarter (1–4); 0 when the kind has none
 */
public record ReportPeriod(Kind kind, int year, int index, LocalDate from, LocalDate to) {

    public enum Kind { MONTH, QUARTER, HALF_YEAR, NINE_MONTHS, YEAR, CUSTOM }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])", Pattern.CASE_INSENSITIVE);
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H1", Pattern.CASE_INSENSITIVE);
    private static final Pattern NINE = Pattern.compile("(\\d{4})-9M", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new DomainException("report.error.periodEndsBeforeStart", to, from);
        }
    }

    public static ReportPeriod month(int year, int month) {
        YearMonth m = YearMonth.of(year, month);
        return new ReportPeriod(Kind.MONTH, year, month, m.atDay(1), m.atEndOfMonth());
    }

    public static ReportPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new DomainException("report.error.badPeriod", year + "-Q" + quarter);
        }
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new ReportPeriod(Kind.QUARTER, year, quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /** The first six months (báo cáo sơ kết 6 tháng đầu năm). */
    public static ReportPeriod halfYear(int year) {
        return new ReportPeriod(Kind.HALF_YEAR, year, 0, LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
    }

    /** The first nine months. */
    public static ReportPeriod nineMonths(int year) {
        return new ReportPeriod(Kind.NINE_MONTHS, year, 0, LocalDate.of(year, 1, 1), LocalDate.of(year, 9, 30));
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(Kind.YEAR, year, 0, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static ReportPeriod custom(LocalDate from, LocalDate to) {
        return new ReportPeriod(Kind.CUSTOM, to.getYear(), 0, from, to);
    }

    /**
     * Reads the command line's forms: {@code 2023}, {@code 2023-Q2}, {@code 2023-H1},
     * {@code 2023-9M}, {@code 2023-05}.
     */
    public static ReportPeriod parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            Matcher m;
            if ((m = YEAR.matcher(t)).matches()) {
                return year(Integer.parseInt(m.group(1)));
            }
            if ((m = QUARTER.matcher(t)).matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = HALF.matcher(t)).matches()) {
                return halfYear(Integer.parseInt(m.group(1)));
            }
            if ((m = NINE.matcher(t)).matches()) {
                return nineMonths(Integer.parseInt(m.group(1)));
            }
            if ((m = MONTH.matcher(t)).matches()) {
                return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        } catch (DateTimeException e) {
            // falls through to the message below
        }
        throw new DomainException("report.error.badPeriod", t);
    }

    public DateRange range() {
        return new DateRange(from, to);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The calendar years the period touches, in order (compliance is judged per calendar year). */
    public List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            years.add(y);
        }
        return years;
    }

    /** The calendar quarters the period touches, clipped to it, in order. */
    public List<ReportPeriod> quarters() {
        List<ReportPeriod> list = new ArrayList<>();
        ReportPeriod q = quarter(from.getYear(), (from.getMonthValue() - 1) / 3 + 1);
        while (!q.from().isAfter(to)) {
            LocalDate first = q.from().isBefore(from) ? from : q.from();
            LocalDate last = q.to().isAfter(to) ? to : q.to();
            list.add(new ReportPeriod(Kind.QUARTER, q.year(), q.index(), first, last));
            q = q.index() == 4 ? quarter(q.year() + 1, 1) : quarter(q.year(), q.index() + 1);
        }
        return list;
    }
}
