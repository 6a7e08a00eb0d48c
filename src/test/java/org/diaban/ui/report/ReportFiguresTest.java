package org.diaban.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.i18n.I18n;
import org.diaban.service.report.Resolution77Report;
import org.diaban.ui.dashboard.DashboardFigures;
import org.junit.jupiter.api.Test;

/** The summary rows of the preview and the dashboard's figures, worded from a hand-built report. */
class ReportFiguresTest {

    private static final ReportTexts TEXTS = new ReportTexts(new I18n(I18n.VIETNAMESE));
    private static final Resolution77Report REPORT = FakeReports.huuLung(
            ReportPeriod.custom(LocalDate.of(2022, 5, 22), LocalDate.of(2023, 6, 30)));

    @Test
    void theSummaryCarriesTheArticlesFigures() {
        List<SummaryRows.Row> rows = new SummaryRows(TEXTS).of(REPORT);
        SummaryRows.Row assigned = rows.get(0);
        assertEquals("1", assigned.number());
        assertEquals("Cán bộ được phân công phụ trách địa bàn", assigned.indicator());
        assertEquals("79", assigned.value());
        assertEquals("BTV 8, BCH 27, LĐQL 44", assigned.note());
        Map<String, SummaryRows.Row> byText = rows.stream()
                .collect(Collectors.toMap(r -> r.indicator().strip(), r -> r, (a, b) -> a));
        assertEquals("24/24 (100,0%)", byText.get("Xã, phường, thị trấn có cán bộ phụ trách").note());
        assertEquals("203", byText.get("Thôn, tổ dân phố có cán bộ phụ trách").value());
        assertEquals("3.150", byText.get("Hộ gia đình được phân công theo dõi").value(), "numbers as 1.234");
        assertEquals("448", byText.get("– Số cán bộ được cấp xã phân công").value());
        assertEquals("447", byText.get("Buổi làm việc tại cơ sở").value());
        assertEquals("105", byText.get("– Ủy viên BTV cấp Huyện").value());
        assertEquals("40", byText.get("Kiến nghị, vướng mắc tiếp nhận").value());
        assertEquals("23", byText.get("– Đã giải quyết").value());
        assertEquals("17", byText.get("– Đang giải quyết").value());
        assertEquals("4", byText.get("– Quá hạn").value());
        assertEquals("87,4%", byText.get("Năm 2023 (tính đến 30/06/2023)").value());
    }

    @Test
    void theDashboardShowsTheKeyFiguresAndTheChartData() {
        DashboardFigures f = DashboardFigures.of(REPORT, TEXTS);
        Map<String, DashboardFigures.Tile> tiles = f.tiles().stream()
                .collect(Collectors.toMap(DashboardFigures.Tile::id, t -> t));
        assertEquals("79", tiles.get("cadres").value());
        assertEquals("100,0%", tiles.get("communes").value());
        assertEquals("203/203", tiles.get("villages").note());
        assertEquals("447", tiles.get("sessions").value());
        assertEquals("17", tiles.get("concerns").value());
        assertEquals("40 tiếp nhận, 4 quá hạn", tiles.get("concerns").note());
        assertEquals(5, f.concerns().size());
        assertEquals("Đã giải quyết", f.concerns().get(3).label());
        assertEquals(List.of("Huyện", "Xã"), f.compliance().get(0).points().stream()
                .map(DashboardFigures.Slice::label).toList());
        assertEquals(85.7, f.compliance().get(0).points().get(0).value(), 0.05);
        assertEquals(List.of("Q2/2022", "Q3/2022", "Q4/2022", "Q1/2023", "Q2/2023"),
                f.sessions().stream().map(DashboardFigures.Slice::label).toList());
        assertEquals(447, f.sessions().stream().mapToDouble(DashboardFigures.Slice::value).sum(), 0.001);
        assertTrue(TEXTS.period(ReportPeriod.quarter(2023, 2)).equals("Quý II/2023"));
        assertEquals("6 tháng đầu năm 2023", TEXTS.period(ReportPeriod.halfYear(2023)));
        assertEquals("Từ 22/05/2022 đến 30/06/2023", TEXTS.period(REPORT.period()));
    }
}
