package org.diaban.importing.legacy.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diaban.importing.legacy.places.PlaceResolution;
import org.diaban.importing.legacy.places.PlaceResolver;
import org.diaban.importing.legacy.places.ResolvedPlace;
import org.diaban.importing.legacy.table.ColumnKind;
import org.diaban.importing.legacy.table.TableCell;
import org.diaban.importing.legacy.table.TableLayout;
import org.diaban.importing.legacy.table.TableRow;
import org.diaban.importing.legacy.text.LegacyText;
import org.diaban.importing.legacy.values.AttendanceMark;
import org.diaban.importing.legacy.values.AttendanceMarks;
import org.diaban.importing.legacy.values.AttendanceTotals;
import org.diaban.importing.legacy.values.Level;
import org.diaban.importing.legacy.values.NormTable;
import org.diaban.importing.legacy.values.ProblemCode;
import org.diaban.importing.legacy.values.ValueProblem;
import org.diaban.importing.legacy.values.ValueResult;

/**
 * attendance_matrix: one record per cadre row. The month cells give the true total; the file's
 * total and assessment only give warnings. Errors reject the row: INVALID_LEVEL, INVALID_MARK,
 * INVALID_DATE, MISSING_NAME, UNKNOWN_COMMUNE, UNKNOWN_VILLAGE, DUPLICATE_ROW (name and chi bộ).
 */
final class AttendanceMatrixReader implements ShapeReader {

    private final PlaceResolver places;
    private final List<ResolvedPlace> communes;
    private final NormTable norms;
    private final int year;
    private final Set<String> seen = new HashSet<>();

    AttendanceMatrixReader(PlaceResolver places, List<ResolvedPlace> communes, NormTable norms, int year) {
        this.places = places;
        this.communes = communes;
        this.norms = norms;
        this.year = year;
    }

    @Override
    public void row(TableLayout layout, TableRow row, DryRunReport report) {
        String sheet = row.sheet();
        // Duplicates compare the row's own texts, so a repeat of a rejected row is still a repeat.
        String name = LegacyText.stripHonorific(row.text(ColumnKind.HO_TEN));
        String chiBo = row.text(ColumnKind.CHI_BO);
        if (name != null && !seen.add(RecordValues.personKey(name) + "|" + LegacyText.unitKey(String.valueOf(chiBo)))) {
            report.addError(Finding.duplicate(layout, row, ColumnKind.HO_TEN, name,
                    "same cadre and chi bộ as an earlier row; the first occurrence is kept"));
            return;
        }
        ValueResult<Level> level = Level.parse(row.text(ColumnKind.CAP), "cap");
        if (!level.isOk()) {
            report.addError(Finding.of(layout, row, ColumnKind.CAP, level.problem()));
            return;
        }
        int[] months = new int[12];
        List<String> dates = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            TableCell cell = row.cell(ColumnKind.month(m));
            Object value = cell == null ? null : cell.isDate() ? cell.raw().date() : cell.text();
            ValueResult<AttendanceMark> mark = AttendanceMarks.parse(value, year, AttendanceMarks.monthField(m));
            if (!mark.isOk()) {
                report.addError(Finding.of(layout, row, ColumnKind.month(m), mark.problem()));
                return;
            }
            if (mark.value() != null) {
                months[m - 1] = mark.value().count();
                for (LocalDate date : mark.value().dates()) {
                    dates.add(date.toString());
                }
            }
        }
        if (name == null) {
            report.addError(Finding.missingName(layout, row, ColumnKind.HO_TEN, "ho_ten"));
            return;
        }
        String communeText = row.text(ColumnKind.XA);
        ResolvedPlace xa = null;
        ResolvedPlace thon = null;
        if (communeText != null) {
            Optional<ResolvedPlace> found = places.commune(communeText).found();
            if (found.isEmpty()) {
                report.addError(Finding.unknownCommune(layout, row, communeText));
                return;
            }
            xa = found.get();
            thon = chiBo == null ? null : places.village(xa, chiBo).found().orElse(null);
        } else if (chiBo != null) {
            for (ResolvedPlace commune : communes) {
                PlaceResolution village = places.village(commune, chiBo);
                if (village.found().isPresent()) {
                    xa = commune;
                    thon = village.found().get();
                    break;
                }
            }
        }
        if (thon == null) {
            report.addError(Finding.unknownVillage(layout, row, ColumnKind.CHI_BO, "chi_bo", chiBo,
                    "the file's district"));
            return;
        }
        TableCell totalCell = row.cell(ColumnKind.TONG);
        Integer fileTotal = totalCell == null ? null : RecordValues.integer(totalCell.text());
        if (fileTotal == null && totalCell != null && totalCell.raw() != null) {
            fileTotal = (int) Math.round(totalCell.raw().number());
        }
        boolean formula = totalCell != null && totalCell.raw() != null && totalCell.raw().isFormula();
        boolean hasAssessment = layout.columns().containsKey(ColumnKind.DANH_GIA);
        String assessment = hasAssessment ? row.text(ColumnKind.DANH_GIA) : null;
        AttendanceTotals totals = AttendanceTotals.check(months, fileTotal, formula, assessment,
                norms.normFor(level.value()));
        for (ValueProblem warning : totals.warnings()) {
            ColumnKind judged = warning.code() == ProblemCode.TOTAL_MISMATCH ? ColumnKind.TONG : ColumnKind.DANH_GIA;
            report.addWarning(Finding.of(layout, row, judged, warning));
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("sheet", sheet);
        record.put("row", row.row());
        record.put("ho_ten", name);
        record.put("chuc_vu", row.text(ColumnKind.CHUC_VU));
        record.put("cap", level.value().key());
        record.put("chi_bo", chiBo);
        record.put("xa_id", xa.externalKey());
        record.put("thon_id", thon.externalKey());
        record.put("thang", Arrays.stream(months).boxed().toList());
        record.put("tong", totals.tong());
        record.put("tong_trong_file", fileTotal);
        record.put("tong_la_cong_thuc", formula);
        record.put("dinh_muc", totals.dinhMuc());
        record.put("dat", totals.dat());
        record.put("ngay_du", dates);
        if (hasAssessment) {
            record.put("danh_gia_trong_file", assessment);
        }
        report.addRecord(record);
    }
}
