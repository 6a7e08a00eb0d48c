package org.diaban.importing.legacy.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DryRunValuesTest {

    @Test
    void theYearComesFromTheTitleNotFromThePlaceAndDateLine() {
        assertEquals(Optional.of(2022), LegacyDryRun.yearOf(List.of("HUYỆN ỦY BẮC SƠN",
                "Bắc Sơn, ngày 5 tháng 1 năm 2023", "THEO DÕI CẤP ỦY VIÊN DỰ SINH HOẠT CHI BỘ NĂM 2022")));
        assertEquals(Optional.of(2021), LegacyDryRun.yearOf(List.of("Số 12-QĐ/HU", "Quyết định 2021")));
        assertEquals(Optional.empty(), LegacyDryRun.yearOf(List.of("DANH SÁCH")));
    }

    @Test
    void householdCategories() {
        assertEquals("binh_thuong", HouseholdFollowupReader.dien(null));
        assertEquals("ho_ngheo", HouseholdFollowupReader.dien("Hộ nghèo"));
        assertEquals("ho_can_ngheo", HouseholdFollowupReader.dien("hộ cận nghèo"));
        assertEquals("ho_chinh_sach", HouseholdFollowupReader.dien("Hộ chính sách"));
        assertEquals("ho_kho_khan", HouseholdFollowupReader.dien("Hộ khó khăn"));
    }

    @Test
    void cellNumbers() {
        assertEquals(12, RecordValues.integer("12"));
        assertEquals(12, RecordValues.integer("12.0"));
        assertNull(RecordValues.integer("x"));
        assertEquals(RecordValues.personKey("Lò Thị Thuý"), RecordValues.personKey("LÒ THỊ THÚY"));
    }

    @Test
    void outcomeFollowsTheFindings() {
        DryRunReport report = new DryRunReport();
        assertEquals("accept", report.outcome());
        report.addWarning(new Finding("S", 3, "TOTAL_MISMATCH", "tong", 2, "m"));
        assertEquals("accept", report.outcome());
        report.addError(new Finding("S", 4, "INVALID_DATE", "ngay", "31/02/2023", "m"));
        assertEquals("partial", report.outcome());
        report.addError(new Finding(null, null, "UNREADABLE_FILE", null, null, "m"));
        assertEquals("reject", report.outcome());
    }
}
