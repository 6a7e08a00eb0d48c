package org.diaban.importing.legacy.table;

/** What a column of a legacy table holds, whatever its header says. */
public enum ColumnKind {
    STT, HO_TEN, NAM_SINH, CHUC_VU, CAP_UY, XA, THON, SO_QUYET_DINH, NGAY_QUYET_DINH, GHI_CHU,
    CAP, CHI_BO, THANG_1, THANG_2, THANG_3, THANG_4, THANG_5, THANG_6, THANG_7, THANG_8, THANG_9, THANG_10,
    THANG_11, THANG_12, TONG, DANH_GIA,
    NGAY, NOI_DUNG, KIEN_NGHI, KET_QUA, TINH_TRANG,
    TEN_TO, NAM_THANH_LAP, TO_TRUONG, THANH_VIEN,
    CAN_BO, CHU_HO, NHAN_KHAU, DIEN;

    /** The key of the kind's name for people in the {@code importing} bundle, e.g. "column.HO_TEN". */
    public String labelKey() {
        return "column." + name();
    }

    /** The month column 1..12. */
    public static ColumnKind month(int month) {
        return valueOf("THANG_" + month);
    }
}
