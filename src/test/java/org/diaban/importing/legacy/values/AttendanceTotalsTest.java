package org.diaban.importing.legacy.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceTotalsTest {

    @Test
    void aMatchingTotalHasNoWarning() {
        // loi_sinh_hoat_chi_bo_BacSon_2022.xls, row 11: tỉnh, 2 meetings, formula total 2
        AttendanceTotals totals = AttendanceTotals.check(new int[] {0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0}, 2, true,
                null, 1);
        assertEquals(new AttendanceTotals(2, 1, true, List.of()), totals);
    }

    @Test
    void aHandTypedWrongTotalIsAWarning() {
        // loi_sinh_hoat_chi_bo_BacSon_2022.xls, row 15: huyện, typed 4, cells add up to 2
        AttendanceTotals totals = AttendanceTotals.check(new int[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, 4, false,
                null, 2);
        assertEquals(2, totals.tong());
        assertTrue(totals.dat());
        assertEquals(List.of(new ValueProblem(ProblemCode.TOTAL_MISMATCH, "tong", 4,
                "total in file is 4 (typed by hand) but the month cells add up to 2")), totals.warnings());
    }

    @Test
    void aCountaFormulaThatCountsATwoAsOneIsAWarning() {
        // sinh_hoat_chi_bo_HuuLung_2023.xlsx, row 37: xã, formula 6, cells add up to 7
        AttendanceTotals totals = AttendanceTotals.check(new int[] {0, 1, 1, 1, 2, 0, 0, 0, 1, 1, 0, 0}, 6, true,
                null, 4);
        assertEquals(7, totals.tong());
        assertEquals(4, totals.dinhMuc());
        assertTrue(totals.dat());
        assertEquals(1, totals.warnings().size());
        assertEquals(ProblemCode.TOTAL_MISMATCH, totals.warnings().get(0).code());
        assertEquals(6, totals.warnings().get(0).value());
    }

    @Test
    void noTotalInTheFileIsNoWarning() {
        assertEquals(List.of(), AttendanceTotals.check(new int[] {1, 1}, null, false, null, 2).warnings());
    }

    @Test
    void aContradictingAssessmentIsAWarning() {
        AttendanceTotals totals = AttendanceTotals.check(new int[] {1, 0, 1}, 2, false, "Chưa đạt", 2);
        assertTrue(totals.dat());
        assertEquals(List.of(ProblemCode.ASSESSMENT_MISMATCH),
                totals.warnings().stream().map(ValueProblem::code).toList());
        assertEquals("danh_gia_trong_file", totals.warnings().get(0).field());
        assertEquals("Chưa đạt", totals.warnings().get(0).value());

        AttendanceTotals under = AttendanceTotals.check(new int[] {1, 0, 1}, 3, false, "ĐẠT", 4);
        assertFalse(under.dat());
        assertEquals(List.of(ProblemCode.TOTAL_MISMATCH, ProblemCode.ASSESSMENT_MISMATCH),
                under.warnings().stream().map(ValueProblem::code).toList());
    }

    @Test
    void anAgreeingOrUnreadableAssessmentIsNoWarning() {
        assertEquals(List.of(), AttendanceTotals.check(new int[] {4}, 4, false, "đạt", 4).warnings());
        assertEquals(List.of(), AttendanceTotals.check(new int[] {1}, 1, false, "chua dat", 4).warnings());
        assertEquals(List.of(), AttendanceTotals.check(new int[] {1}, 1, false, "Không đạt.", 4).warnings());
        assertEquals(List.of(), AttendanceTotals.check(new int[] {1}, 1, false, "xem lại", 4).warnings());
    }

    @Test
    void assessmentsAreReadInAnyCaseWithOrWithoutDiacritics() {
        assertEquals(Boolean.TRUE, AttendanceTotals.assessment("Đạt"));
        assertEquals(Boolean.TRUE, AttendanceTotals.assessment(" DAT "));
        assertEquals(Boolean.FALSE, AttendanceTotals.assessment("Chưa đạt"));
        assertEquals(Boolean.FALSE, AttendanceTotals.assessment("CHƯA  ĐẠT"));
        assertEquals(Boolean.FALSE, AttendanceTotals.assessment("Không đạt"));
        assertNull(AttendanceTotals.assessment(""));
        assertNull(AttendanceTotals.assessment(null));
        assertNull(AttendanceTotals.assessment("Tốt"));
    }
}
