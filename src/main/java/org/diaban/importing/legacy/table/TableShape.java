package org.diaban.importing.legacy.table;

import static org.diaban.importing.legacy.table.ColumnSpec.optional;
import static org.diaban.importing.legacy.table.ColumnSpec.required;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The five table shapes of the legacy files, each defined as data: its columns and the header
 * texts that name them (folded: "Họ và tên" is "ho va ten"). Columns may come in any order; a
 * sheet is of a shape when all its required columns are found, and the shape with the most
 * columns found wins.
 */
public enum TableShape {
    ASSIGNMENT_LIST("assignment_list", List.of(
            optional(ColumnKind.STT, "stt", "tt", "so tt", "so thu tu"),
            required(ColumnKind.HO_TEN, "ho va ten", "ho ten", "ten can bo", "dong chi", "can bo"),
            optional(ColumnKind.NAM_SINH, "nam sinh"),
            optional(ColumnKind.CHUC_VU, "chuc vu", "chuc danh"),
            optional(ColumnKind.CAP_UY, "cap uy"),
            required(ColumnKind.XA, "don vi phu trach > xa", "don vi phu trach > xa thi tran", "xa", "xa phu trach",
                    "phuong", "thi tran"),
            optional(ColumnKind.THON, "don vi phu trach > thon", "thon", "to dan pho", "thon phu trach"),
            optional(ColumnKind.SO_QUYET_DINH, "so quyet dinh", "quyet dinh so", "so qd", "quyet dinh phan cong > so",
                    "quyet dinh > so", "so hieu"),
            optional(ColumnKind.NGAY_QUYET_DINH, "ngay quyet dinh", "ngay qd", "quyet dinh phan cong > ngay",
                    "quyet dinh > ngay", "ngay ky", "ngay ban hanh"),
            optional(ColumnKind.GHI_CHU, "ghi chu"))),
    ATTENDANCE_MATRIX("attendance_matrix", attendanceColumns()),
    WORK_SESSION_LOG("work_session_log", List.of(
            optional(ColumnKind.STT, "stt", "tt", "so tt"),
            required(ColumnKind.NGAY, "ngay", "thoi gian"),
            required(ColumnKind.HO_TEN, "dong chi", "ho va ten", "ho ten", "can bo", "nguoi lam viec"),
            optional(ColumnKind.CHUC_VU, "chuc vu"),
            optional(ColumnKind.XA, "xa", "dia ban > xa", "phuong", "thi tran"),
            optional(ColumnKind.THON, "thon", "dia ban > thon", "to dan pho"),
            required(ColumnKind.NOI_DUNG, "noi dung"),
            optional(ColumnKind.KIEN_NGHI, "y kien", "kien nghi", "y kien kien nghi"),
            optional(ColumnKind.KET_QUA, "ket qua"),
            optional(ColumnKind.TINH_TRANG, "tinh trang", "trang thai"),
            optional(ColumnKind.GHI_CHU, "ghi chu"))),
    WORKING_GROUPS("working_groups", List.of(
            optional(ColumnKind.STT, "stt", "tt"),
            required(ColumnKind.TEN_TO, "ten to", "to cong tac"),
            optional(ColumnKind.NAM_THANH_LAP, "nam thanh lap", "thanh lap"),
            required(ColumnKind.TO_TRUONG, "to truong", "ho ten to truong", "ho va ten to truong"),
            optional(ColumnKind.THANH_VIEN, "thanh vien", "cac thanh vien"),
            optional(ColumnKind.XA, "xa", "phuong", "thi tran", "dia ban phu trach"),
            optional(ColumnKind.GHI_CHU, "ghi chu"))),
    HOUSEHOLD_FOLLOWUP("household_followup", List.of(
            optional(ColumnKind.STT, "stt", "tt"),
            required(ColumnKind.CHU_HO, "ho ten chu ho", "chu ho", "ten chu ho", "ho va ten chu ho"),
            required(ColumnKind.CAN_BO, "can bo", "dang vien phu trach", "nguoi phu trach", "ho ten can bo"),
            optional(ColumnKind.CHUC_VU, "chuc vu"),
            optional(ColumnKind.XA, "xa", "phuong", "thi tran"),
            optional(ColumnKind.THON, "thon", "to dan pho"),
            optional(ColumnKind.NAM_SINH, "nam sinh"),
            optional(ColumnKind.NHAN_KHAU, "so nhan khau", "nhan khau", "so khau"),
            optional(ColumnKind.DIEN, "dien", "loai ho", "phan loai"),
            optional(ColumnKind.GHI_CHU, "ghi chu")));

    private final String code;
    private final List<ColumnSpec> columns;

    TableShape(String code, List<ColumnSpec> columns) {
        this.code = code;
        this.columns = List.copyOf(columns);
    }

    /** The shape's name in the answer keys, e.g. "assignment_list". */
    public String code() {
        return code;
    }

    /** The columns, most specific first: a header cell goes to the first column that names it. */
    public List<ColumnSpec> columns() {
        return columns;
    }

    /** The key of the shape's name for people in the {@code importing} bundle. */
    public String labelKey() {
        return "import.legacy.shape." + code;
    }

    /** The kinds of the shape's columns, in the order of {@link #columns()}. */
    public List<ColumnKind> kinds() {
        return columns.stream().map(ColumnSpec::kind).toList();
    }

    /** The kinds a sheet must have to be of this shape. */
    public List<ColumnKind> requiredKinds() {
        return columns.stream().filter(ColumnSpec::required).map(ColumnSpec::kind).toList();
    }

    /** The shape of an answer-key code such as "assignment_list". */
    public static Optional<TableShape> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    private static List<ColumnSpec> attendanceColumns() {
        List<ColumnSpec> columns = new ArrayList<>(List.of(
                optional(ColumnKind.STT, "stt", "tt"),
                required(ColumnKind.HO_TEN, "ho va ten", "ho ten", "ten can bo", "dong chi"),
                optional(ColumnKind.CHUC_VU, "chuc vu"),
                optional(ColumnKind.CAP, "cap", "cap uy vien"),
                required(ColumnKind.CHI_BO, "chi bo"),
                optional(ColumnKind.XA, "xa", "phuong", "thi tran")));
        for (int m = 1; m <= 12; m++) {
            columns.add(new ColumnSpec(ColumnKind.month(m), m == 1 || m == 12,
                    List.of("theo thang > " + m, "sinh hoat > " + m, "thang > " + m, "thang " + m, "t" + m, "t " + m)));
        }
        columns.add(optional(ColumnKind.TONG, "tong", "cong", "tong so", "tong cong"));
        columns.add(optional(ColumnKind.DANH_GIA, "danh gia", "ket qua danh gia", "ket qua"));
        columns.add(optional(ColumnKind.GHI_CHU, "ghi chu"));
        return columns;
    }
}
