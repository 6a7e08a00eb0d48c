package org.diaban.importing.legacy.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttendanceMarksTest {

    private static AttendanceMark mark(Object cell) {
        ValueResult<AttendanceMark> result = AttendanceMarks.parse(cell, 2023, "thang_4");
        assertEquals(null, result.problem());
        return result.value();
    }

    @Test
    void emptyDashAndZeroCountNothing() {
        for (Object cell : new Object[] {null, "", " ", "-", " - ", "0", 0.0, 0}) {
            assertEquals(new AttendanceMark(0, List.of()), mark(cell), () -> "cell " + cell);
        }
    }

    @Test
    void crossesCountOne() {
        assertEquals(new AttendanceMark(1, List.of()), mark("x"));
        assertEquals(new AttendanceMark(1, List.of()), mark("X"));
        assertEquals(new AttendanceMark(1, List.of()), mark(" X "));
    }

    @Test
    void numbersCountThemselves() {
        assertEquals(2, mark(2.0).count());
        assertEquals(2, mark(2).count());
        assertEquals(2, mark("2").count());
        assertEquals(1, mark(1.0).count());
    }

    @Test
    void aRealDateCellIsOneMeetingThatDay() {
        LocalDate day = LocalDate.of(2023, 4, 7);
        assertEquals(new AttendanceMark(1, List.of(day)), mark(day));
        assertEquals(new AttendanceMark(1, List.of(day)), mark(day.atStartOfDay()));
    }

    @Test
    void dayMonthTextIsOneMeetingInTheSheetsYear() {
        assertEquals(new AttendanceMark(1, List.of(LocalDate.of(2023, 4, 7))), mark("7/4"));
        assertEquals(new AttendanceMark(1, List.of(LocalDate.of(2023, 4, 7))), mark("07/04"));
    }

    @Test
    void severalTextDatesCountOneEach() {
        assertEquals(new AttendanceMark(2, List.of(LocalDate.of(2023, 4, 7), LocalDate.of(2023, 4, 21))),
                mark("7/4; 21/4"));
        assertEquals(new AttendanceMark(2, List.of(LocalDate.of(2023, 4, 7), LocalDate.of(2023, 4, 21))),
                mark("7/4;21/4/2023"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"?", "v", "xx", "có", "1,5", "x;x", "2 lần", "/"})
    void anythingElseIsAnInvalidMark(String text) {
        ValueResult<AttendanceMark> result = AttendanceMarks.parse(text, 2022, "thang_2");
        assertFalse(result.isOk());
        assertEquals(ProblemCode.INVALID_MARK, result.problem().code());
        assertEquals("thang_2", result.problem().field());
        assertEquals(text, result.problem().value());
    }

    @Test
    void theBacSonKeysInvalidMark() {
        // loi_sinh_hoat_chi_bo_BacSon_2022.xls, row 17, February
        ValueProblem problem = AttendanceMarks.parse("?", 2022, AttendanceMarks.monthField(2)).problem();
        assertEquals(new ValueProblem(ProblemCode.INVALID_MARK, "thang_2", "?",
                "a month cell must be empty, x/X, a count, or date(s); \"?\" is none of these"), problem);
    }

    @Test
    void oddNumbersAreInvalidMarks() {
        assertEquals(ProblemCode.INVALID_MARK, AttendanceMarks.parse(1.5, 2022, "thang_1").problem().code());
        assertEquals(ProblemCode.INVALID_MARK, AttendanceMarks.parse(-1.0, 2022, "thang_1").problem().code());
    }

    @Test
    void anImpossibleDateMarkIsAnInvalidDate() {
        ValueResult<AttendanceMark> result = AttendanceMarks.parse("30/2", 2023, "thang_2");
        assertEquals(new ValueProblem(ProblemCode.INVALID_DATE, "thang_2", "30/2", "this date cannot exist: 30/2"),
                result.problem());
    }

    @Test
    void aHuuLungRowAddsUpLikeTheKey() {
        // sinh_hoat_chi_bo_HuuLung_2023.xlsx, row 26: thang [0,0,0,1,1,0,0,1,0,0,0,1],
        // ngay_du 2023-04-07, 2023-08-06, 2023-12-06 (cells below are of the kinds the file uses)
        Object[] cells = {null, "-", "0", "7/4", "x", null, "", LocalDate.of(2023, 8, 6), null, null, "", "6/12"};
        int[] months = new int[12];
        List<LocalDate> dates = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            AttendanceMark mark = AttendanceMarks.parse(cells[m], 2023, AttendanceMarks.monthField(m + 1)).value();
            months[m] = mark.count();
            dates.addAll(mark.dates());
        }
        assertEquals(List.of(0, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1), java.util.Arrays.stream(months).boxed().toList());
        assertEquals(List.of(LocalDate.of(2023, 4, 7), LocalDate.of(2023, 8, 6), LocalDate.of(2023, 12, 6)), dates);
    }
}
