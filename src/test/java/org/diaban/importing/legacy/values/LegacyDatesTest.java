package org.diaban.importing.legacy.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyDatesTest {

    private static final String FIELD = "ngay_quyet_dinh";

    @Test
    void realDateCellsPassThrough() {
        LocalDate date = LocalDate.of(2022, 5, 22);
        assertEquals(date, LegacyDates.parse(date, FIELD).value());
        assertEquals(date, LegacyDates.parse(date.atTime(0, 0), FIELD).value());
        assertEquals(date, LegacyDates.parse(LocalDateTime.of(2022, 5, 22, 13, 5), FIELD).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "22/5/2022|2022-05-22",
        "2/5/2022|2022-05-02",
        "05/03/2023|2023-03-05",
        "05-03-2023|2023-03-05",
        "5.3.2023|2023-03-05",
        "05/03/23|2023-03-05",
        "29/02/2024|2024-02-29",
        "ngày 22 tháng 5 năm 2022|2022-05-22",
        "Ngày 22 tháng 5 năm 2022|2022-05-22",
        "NGÀY 05 THÁNG 03 NĂM 2023|2023-03-05",
        "  ngày  22   tháng 5  năm   2022 |2022-05-22",
        "22 tháng 5 năm 2022|2022-05-22",
        "ngay 22 thang 5 nam 2022|2022-05-22",
        " 22/5/2022\u00a0|2022-05-22",
    })
    void dayFirstTextIsRead(String text, String iso) {
        ValueResult<LocalDate> result = LegacyDates.parse(text, FIELD);
        assertTrue(result.isOk(), () -> result.toString());
        assertEquals(LocalDate.parse(iso), result.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2023", "31/4/2023", "29/02/2023", "29/02/1900", "32/1/2023", "1/13/2023",
        "ngày 30 tháng 2 năm 2024"})
    void impossibleDatesAreInvalid(String text) {
        ValueResult<LocalDate> result = LegacyDates.parse(text, FIELD);
        assertFalse(result.isOk());
        assertNull(result.value());
        assertEquals(new ValueProblem(ProblemCode.INVALID_DATE, FIELD, text, "this date cannot exist: " + text),
                result.problem());
    }

    @Test
    void theChiLangKeysInvalidDate() {
        // loi_phan_cong_ChiLang_2023.xlsx, row 35
        ValueProblem problem = LegacyDates.parse("31/02/2023", "ngay_quyet_dinh").problem();
        assertEquals(ProblemCode.INVALID_DATE, problem.code());
        assertEquals("ngay_quyet_dinh", problem.field());
        assertEquals("31/02/2023", problem.value());
    }

    @Test
    void textThatIsNoDateIsInvalidAndNumbersAreNoDates() {
        assertEquals(ProblemCode.INVALID_DATE, LegacyDates.parse("tháng 5", FIELD).problem().code());
        assertEquals(ProblemCode.INVALID_DATE, LegacyDates.parse("125-QĐ/HU", FIELD).problem().code());
        ValueResult<LocalDate> number = LegacyDates.parse(44000.0, FIELD);
        assertEquals(ProblemCode.INVALID_DATE, number.problem().code());
        assertEquals(44000.0, number.problem().value());
    }

    @Test
    void emptyIsNull() {
        for (Object empty : new Object[] {null, "", "   ", "\u00a0"}) {
            ValueResult<LocalDate> result = LegacyDates.parse(empty, FIELD);
            assertTrue(result.isOk());
            assertNull(result.value());
        }
    }

    @Test
    void dayAndMonthTakeTheGivenYear() {
        assertEquals(LocalDate.of(2023, 10, 3), LegacyDates.parseInYear("3/10", 2023, "thang_10").value());
        assertEquals(LocalDate.of(2023, 10, 3), LegacyDates.parseInYear(" 03 / 10 ", 2023, "thang_10").value());
        assertEquals(LocalDate.of(2022, 1, 8), LegacyDates.parseInYear("8/1/2022", 2023, "thang_1").value());
        assertEquals(ProblemCode.INVALID_DATE, LegacyDates.parseInYear("29/2", 2023, "thang_2").problem().code());
        assertTrue(LegacyDates.parseInYear("29/2", 2024, "thang_2").isOk());
    }

    @Test
    void severalDatesSeparatedBySemicolons() {
        assertEquals(List.of(LocalDate.of(2023, 5, 6), LocalDate.of(2023, 5, 20)),
                LegacyDates.parseList("6/5; 20/5", 2023, "thang_5").value());
        assertEquals(List.of(LocalDate.of(2023, 5, 6), LocalDate.of(2023, 5, 20)),
                LegacyDates.parseList("6/5/2023;20/5/2023;", 2023, "thang_5").value());
        ValueResult<List<LocalDate>> bad = LegacyDates.parseList("6/5; 31/5; 31/6", 2023, "thang_5");
        assertEquals(new ValueProblem(ProblemCode.INVALID_DATE, "thang_5", "6/5; 31/5; 31/6",
                "this date cannot exist: 31/6"), bad.problem());
        assertEquals(List.of(), LegacyDates.parseList(null, 2023, "thang_5").value());
    }
}
