package org.diaban.importing.legacy.values;

import java.util.ArrayList;
import java.util.List;
import org.diaban.domain.text.VietnameseText;

/**
 * The totals of one attendance row: the true total (the sum of the month counts), whether it meets
 * the norm, and the warnings where the file says otherwise.
 *
 * @param tong the true total
 * @param dinhMuc the required minimum for the cadre's level
 * @param dat whether {@code tong >= dinhMuc}
 * @param warnings {@link ProblemCode#TOTAL_MISMATCH} and {@link ProblemCode#ASSESSMENT_MISMATCH}
 */
public record AttendanceTotals(int tong, int dinhMuc, boolean dat, List<ValueProblem> warnings) {

    public AttendanceTotals {
        warnings = List.copyOf(warnings);
    }

    /**
     * Checks a row.
     *
     * @param months the counts per month
     * @param fileTotal the total the file shows (typed, or a formula's cached value); null if none
     * @param fileTotalIsFormula whether that total is a formula
     * @param assessment the file's Đánh giá text, or null where there is no such column
     * @param norm the required minimum
     */
    public static AttendanceTotals check(int[] months, Integer fileTotal, boolean fileTotalIsFormula,
            String assessment, int norm) {
        int tong = 0;
        for (int count : months) {
            tong += count;
        }
        boolean dat = tong >= norm;
        List<ValueProblem> warnings = new ArrayList<>();
        if (fileTotal != null && fileTotal != tong) {
            String how = fileTotalIsFormula ? "a formula" : "typed by hand";
            warnings.add(new ValueProblem(ProblemCode.TOTAL_MISMATCH, "tong", fileTotal,
                    "total in file is " + fileTotal + " (" + how + ") but the month cells add up to " + tong));
        }
        Boolean fileSaysDat = assessment(assessment);
        if (fileSaysDat != null && fileSaysDat != dat) {
            warnings.add(new ValueProblem(ProblemCode.ASSESSMENT_MISMATCH, "danh_gia_trong_file",
                    VietnameseText.clean(assessment), "the file says \"" + VietnameseText.clean(assessment)
                            + "\" but " + tong + " meetings against a norm of " + norm + " is "
                            + (dat ? "Đạt" : "Chưa đạt")));
        }
        return new AttendanceTotals(tong, norm, dat, warnings);
    }

    /**
     * Reads an assessment: Đạt gives true; Chưa đạt or Không đạt give false (any case, with or
     * without diacritics); anything else, or empty, gives null.
     */
    public static Boolean assessment(String text) {
        String folded = VietnameseText.fold(text).replaceAll("[.!]+$", "");
        return switch (folded) {
            case "dat" -> Boolean.TRUE;
            case "chua dat", "khong dat" -> Boolean.FALSE;
            default -> null;
        };
    }
}
