package org.diaban.reporting.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.diaban.domain.report.ReportPeriod;
import org.diaban.i18n.I18n;
import org.junit.jupiter.api.Test;

class WordingTest {

    private final Wording vi = new Wording(new I18n(I18n.VIETNAMESE));

    @Test
    void periodsAreWordedAsInAPartyReport() {
        assertEquals("quý II năm 2023", vi.period(ReportPeriod.parse("2023-Q2")));
        assertEquals("6 tháng đầu năm 2023", vi.period(ReportPeriod.parse("2023-H1")));
        assertEquals("9 tháng đầu năm 2023", vi.period(ReportPeriod.parse("2023-9M")));
        assertEquals("năm 2023", vi.period(ReportPeriod.parse("2023")));
        assertEquals("tháng 5 năm 2023", vi.period(ReportPeriod.parse("2023-05")));
        assertEquals("từ ngày 22/5/2022 đến ngày 30/6/2023",
                vi.period(ReportPeriod.custom(LocalDate.of(2022, 5, 22), LocalDate.of(2023, 6, 30))));
    }

    @Test
    void numbersPercentsAndListsAreVietnamese() {
        assertEquals("1.234", vi.number(1234));
        assertEquals("100", vi.percent(24, 24));
        assertEquals("80,7", vi.percent(46, 57));
        assertEquals("0", vi.percent(0, 0));
        assertEquals("a, b và c", vi.list(List.of("a", "b", "c")));
    }

    @Test
    void tierWordsComeFromTheTiersCodeWithAFallback() {
        assertEquals("Tỉnh ủy viên", vi.member(NarrativeSamples.PROVINCE));
        assertEquals("Huyện ủy viên", vi.member(NarrativeSamples.DISTRICT));
        assertEquals("Đảng ủy viên", vi.member(NarrativeSamples.COMMUNE));
        assertEquals("Cấp ủy viên", vi.member(new org.diaban.service.report.Resolution77Report.TierRef("vung", 2,
                "Cấp vùng", "Region")));
        assertEquals("cấp huyện", vi.tierName(NarrativeSamples.DISTRICT));
    }
}
