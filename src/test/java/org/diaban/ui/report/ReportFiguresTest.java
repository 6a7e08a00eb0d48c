package org.diaban.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.i18n.I18n;
import org.diaban.reporting.workbook.ReportTables;
import org.diaban.reporting.workbook.SheetSpec;
import org.diaban.reporting.workbook.SummaryLine;
import org.diaban.reporting.workbook.SummaryLines;
import org.diaban.reporting.workbook.Table;
import org.diaban.service.report.Resolution77Report;
import org.diaban.ui.dashboard.DashboardFigures;
import org.junit.jupiter.api.Test;

/** What the preview writes of the workbook's models, and the dashboard's figures, from a hand-built report. */
class ReportFiguresTest {

    private static final I18n VI = new I18n(I18n.VIETNAMESE);
    private static final ReportTexts TEXTS = new ReportTexts(VI);
    private static final Resolution77Report REPORT = FakeReports.huuLung(
            ReportPeriod.custom(LocalDate.of(2022, 5, 22), LocalDate.of(2023, 6, 30)));

    @Test
    void theSummaryReadsAsTheWorkbooksWithTheArticlesFigures() {
        List<SummaryLine> lines = new SummaryLines(VI).of(REPORT);
        Map<String, SummaryLine> byLabel = lines.stream()
                .collect(Collectors.toMap(SummaryLine::label, l -> l, (a, b) -> a));
        SummaryLine assigned = byLabel.get("Tổng số cán bộ được phân công");
        assertEquals("1", assigned.number());
        assertEquals("79", PreviewText.summary(assigned.value()));
        assertEquals("BTV 8, BCH 27, LĐQL 44", PreviewText.summary(assigned.note()));
        assertEquals("8", value(byLabel, "Ủy viên BTV"));
        assertEquals("27", value(byLabel, "Ủy viên BCH"));
        assertEquals("44", value(byLabel, "Lãnh đạo, quản lý"));
        SummaryLine communes = byLabel.get("Đơn vị cấp xã có cán bộ phụ trách");
        assertEquals("24/24", PreviewText.summary(communes.value()), "a ratio stays text");
        assertEquals("100,0%", PreviewText.summary(communes.note()));
        assertEquals("203/203", value(byLabel, "Thôn, tổ dân phố có cán bộ phụ trách"));
        assertEquals("3.150/12.480", value(byLabel, "Hộ gia đình có cán bộ phụ trách"), "numbers as 1.234");
        assertEquals("448", value(byLabel, "Cán bộ được phân công theo quyết định của cấp xã"));
        assertEquals("447", value(byLabel, "Buổi làm việc tại cơ sở"));
        assertEquals(String.valueOf(FakeReports.BTV_SESSIONS), value(byLabel, "Của Ủy viên Ban Thường vụ cấp huyện"));
        assertEquals(String.valueOf(FakeReports.OTHER_SESSIONS),
                value(byLabel, "Của cấp ủy viên, cán bộ lãnh đạo, quản lý khác cấp huyện"));
        assertEquals("85,7%", value(byLabel, "Tỷ lệ đạt định mức, cấp huyện, năm 2023"), "30 of 35");
        assertEquals("87,5%", value(byLabel, "Tỷ lệ đạt định mức, cấp xã, năm 2023"), "350 of 400");
        assertEquals("40", value(byLabel, "Kiến nghị tiếp nhận trong kỳ"));
        assertEquals("4", value(byLabel, "Kiến nghị quá hạn giải quyết"));
        assertEquals(List.of("I", "II", "III", "IV", "V", "VI"),
                lines.stream().filter(SummaryLine::section).map(SummaryLine::number).toList());
        assertEquals("", PreviewText.summary(lines.get(0).value()), "a section line has no value");
        assertFalse(lines.stream().anyMatch(l -> l.label().toLowerCase(VI.locale()).contains("cấp cấp")),
                "tier names from the database are not prefixed again");
    }

    @Test
    void tableCellsAreWrittenInTheWorkbooksFormats() {
        assertEquals("85,7", PreviewText.cell(30 * 100.0 / 35), "the column title says (%)");
        assertEquals("12.480", PreviewText.cell(12_480));
        assertEquals("22/05/2022", PreviewText.cell(LocalDate.of(2022, 5, 22)));
        assertEquals("=SUM(A1)", PreviewText.cell("=SUM(A1)"), "text from the database stays text");
        assertEquals("", PreviewText.cell(null));
    }

    @Test
    void theAnnexIsListedWithoutCopyingAndTotalsComeLast() {
        List<SheetSpec> sheets = new ReportTables(VI).sheets(REPORT);
        Table annex = sheets.get(6).tables().get(0);
        assertEquals(VI.get("workbook.sheet.annex"), sheets.get(6).name());
        List<Object[]> annexRows = PreviewRows.of(annex);
        assertSame(annex.rows(), annexRows, "the annex's own list, not a copy");
        assertEquals(REPORT.annex().size(), annexRows.size());
        assertEquals(REPORT.annex().get(0).cadreName(), annexRows.get(0)[1]);
        Table categories = sheets.get(1).tables().get(0);
        List<Object[]> rows = PreviewRows.of(categories);
        assertEquals(categories.size() + 1, rows.size());
        assertSame(categories.totals(), rows.get(rows.size() - 1));
        assertEquals(79, rows.get(rows.size() - 1)[3]);
        assertTrue(rows.stream().noneMatch(r -> r[1] instanceof String t && t.toLowerCase(VI.locale())
                .contains("cấp cấp")));
        assertEquals("Cấp huyện", rows.get(0)[1]);
    }

    private static String value(Map<String, SummaryLine> byLabel, String label) {
        return PreviewText.summary(byLabel.get(label).value());
    }

    @Test
    void theDashboardShowsTheKeyFiguresAndTheChartData() {
        DashboardFigures f = DashboardFigures.of(REPORT, TEXTS);
        Map<String, DashboardFigures.Tile> tiles = f.tiles().stream()
                .collect(Collectors.toMap(DashboardFigures.Tile::id, t -> t));
        assertEquals("79", tiles.get("cadres").value());
        assertEquals("BTV 8, BCH 27, LĐQL 44", tiles.get("cadres").note());
        assertEquals("100,0%", tiles.get("communes").value());
        assertEquals("203/203", tiles.get("villages").note());
        assertEquals("447", tiles.get("sessions").value());
        assertEquals("17", tiles.get("concerns").value());
        assertEquals("40 tiếp nhận, 4 quá hạn", tiles.get("concerns").note());
        assertEquals(5, f.concerns().size());
        assertEquals("Đã giải quyết", f.concerns().get(3).label());
        assertEquals(List.of("Cấp huyện", "Cấp xã"), f.compliance().get(0).points().stream()
                .map(DashboardFigures.Slice::label).toList(), "as the workbook's cells name the tiers");
        assertEquals(85.7, f.compliance().get(0).points().get(0).value(), 0.05);
        assertEquals(List.of("Q2/2022", "Q3/2022", "Q4/2022", "Q1/2023", "Q2/2023"),
                f.sessions().stream().map(DashboardFigures.Slice::label).toList());
        assertEquals(447, f.sessions().stream().mapToDouble(DashboardFigures.Slice::value).sum(), 0.001);
        assertEquals("Quý II/2023", TEXTS.period(ReportPeriod.quarter(2023, 2)));
        assertEquals("6 tháng đầu năm 2023", TEXTS.period(ReportPeriod.halfYear(2023)));
        assertEquals("Từ 22/05/2022 đến 30/06/2023", TEXTS.period(REPORT.period()));
    }
}
