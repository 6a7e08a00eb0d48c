package org.diaban.importing.legacy.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.diaban.importing.legacy.values.CommitteeCategory;
import org.junit.jupiter.api.Test;

/** What a data row holds: decoded text, merged values carried down, sections, dates, title lines. */
class TableRowViewsTest {

    private static Map<Integer, TableRow> rows(String file, TableReadResult[] result) throws Exception {
        Map<Integer, TableRow> rows = new HashMap<>();
        result[0] = new LegacyTableReader().read(TableFixturesTest.fixture(file), (layout, row) -> rows.put(row.row(),
                row));
        return rows;
    }

    @Test
    void anAssignmentRowCarriesItsMergedCadreDown() throws Exception {
        TableReadResult[] result = new TableReadResult[1];
        Map<Integer, TableRow> rows = rows("phan_cong_HuuLung_2022.xls", result);

        TableRow second = rows.get(13);
        assertEquals("Triệu Ngọc Mạnh", second.text(ColumnKind.HO_TEN));
        assertEquals("Bí thư Huyện ủy", second.text(ColumnKind.CHUC_VU));
        assertEquals("Thiện Tân", second.text(ColumnKind.XA));
        assertEquals("125-QĐ/HU", second.text(ColumnKind.SO_QUYET_DINH));
        assertEquals(LocalDate.of(2022, 5, 22), second.cell(ColumnKind.NGAY_QUYET_DINH).raw().date());
        assertEquals(Optional.of(CommitteeCategory.BTV), second.section());
        assertEquals(Optional.of(CommitteeCategory.LDQL), rows.get(43).section());
        assertTrue(result[0].tables().get(0).titleLines().contains("HUYỆN ỦY HỮU LŨNG"));
    }

    @Test
    void tcvn3CellsAreDecoded() throws Exception {
        TableReadResult[] result = new TableReadResult[1];
        Map<Integer, TableRow> rows = rows("phan_cong_DinhLap_2021_TCVN3.xls", result);

        assertEquals("Phó Bí thư Thường trực Huyện uỷ", rows.get(14).text(ColumnKind.CHUC_VU));
        assertNull(rows.get(12).text(ColumnKind.THON));
        assertTrue(result[0].tables().get(0).titleLines().contains("HUYỆN UỶ ĐÌNH LẬP"));
    }

    @Test
    void theAttendanceYearIsInTheTitleLines() throws Exception {
        TableReadResult[] result = new TableReadResult[1];
        Map<Integer, TableRow> rows = rows("sinh_hoat_chi_bo_DinhLap_2022_VNI.xls", result);

        assertTrue(result[0].tables().get(0).titleLines()
                .contains("THEO DÕI CẤP ỦY VIÊN DỰ SINH HOẠT CHI BỘ NĂM 2022"));
        TableRow first = rows.get(11);
        assertEquals("Chi bộ thôn Khe Pất", first.text(ColumnKind.CHI_BO));
        assertEquals("x", first.text(ColumnKind.THANG_2));
        assertEquals("1", first.text(ColumnKind.THANG_6));
        assertEquals("2", first.text(ColumnKind.TONG));
        assertNull(first.cell(ColumnKind.THANG_1));
    }
}
