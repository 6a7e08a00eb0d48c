package org.diaban.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.diaban.domain.report.ReportPeriod;
import org.diaban.i18n.I18n;
import org.diaban.testing.SampleReports;
import org.junit.jupiter.api.Test;

class DocumentDetailsTest {

    @Test
    void defaultsComeFromTheScopeAndTheProfile() {
        FormatProfile party = new FormatProfiles(null).byId("party");
        LocalDate today = LocalDate.of(2023, 7, 5);
        DocumentDetails d = DocumentDetails.defaultsFor(SampleReports.huuLung(), party, today);
        assertEquals("", d.number());
        assertEquals(today, d.date());
        assertEquals("Hữu Lũng", d.place());
        assertEquals("T/M BAN THƯỜNG VỤ", d.signerCapacity());
        assertEquals("BÍ THƯ", d.signerTitle());
        assertEquals(List.of("Ban Tổ chức Tỉnh ủy (b/c),", "Các đồng chí Ủy viên Ban Thường vụ,",
                "Lưu Văn phòng Huyện ủy Hữu Lũng."), d.recipients());
    }

    @Test
    void periodsAreWordedAsReportTitlesSayThem() {
        PeriodWording vi = new PeriodWording(new I18n(I18n.VIETNAMESE));
        assertEquals("quý II năm 2023", vi.of(ReportPeriod.parse("2023-Q2")));
        assertEquals("6 tháng đầu năm 2023", vi.of(ReportPeriod.parse("2023-H1")));
        assertEquals("9 tháng đầu năm 2023", vi.of(ReportPeriod.parse("2023-9M")));
        assertEquals("năm 2023", vi.of(ReportPeriod.parse("2023")));
        assertEquals("tháng 5 năm 2023", vi.of(ReportPeriod.parse("2023-05")));
        assertEquals("từ ngày 22/5/2022 đến ngày 30/6/2023",
                vi.of(ReportPeriod.custom(LocalDate.of(2022, 5, 22), LocalDate.of(2023, 6, 30))));
        assertEquals("quarter II of 2023", new PeriodWording(new I18n(I18n.ENGLISH)).of(ReportPeriod.parse("2023-Q2")));
    }
}
