package org.diaban.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.i18n.I18n;
import org.diaban.reporting.workbook.CoverTexts;
import org.diaban.reporting.workbook.SummaryLine;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.Resolution77Report.AssignmentRow;
import org.diaban.service.report.Resolution77Report.HierarchyPhase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The preview on its own: a long annex, text that looks like a formula, emptied and shown again. */
@ExtendWith(ApplicationExtension.class)
class ReportPreviewTest {

    private static final int ANNEX = 40_000;
    private static final I18n VI = new I18n(I18n.VIETNAMESE);

    private ReportPreview preview;

    @Start
    void start(Stage stage) {
        preview = new ReportPreview(VI);
        Scene scene = new Scene((Parent) preview.view(), 1100, 600);
        scene.getStylesheets().add(ReportPreview.class.getResource("/org/diaban/ui/report/reports.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aLongAnnexIsListedWholeAndTheSameTabStaysInFront(FxRobot robot) {
        Resolution77Report small = FakeReports.huuLung(ReportPeriod.year(2023));
        Resolution77Report r = withAnnex(small, ANNEX);
        robot.interact(() -> preview.show(r));
        TabPane tabs = robot.lookup("#report-preview").queryAs(TabPane.class);
        robot.clickOn("#report-tab-7");
        TableView<Object[]> annex = table(tabs, 7, 0);
        assertEquals(ANNEX, annex.getItems().size());
        assertEquals("=Cán bộ 40000", annex.getItems().get(ANNEX - 1)[1]);
        robot.interact(() -> annex.scrollTo(ANNEX - 1));
        List<String> shown = robot.lookup("#report-table-7-0 .table-cell").queryAllAs(TableCell.class).stream()
                .map(TableCell::getText).toList();
        assertTrue(shown.contains("=Cán bộ 40000"), "a name starting with = is shown as it is");
        assertTrue(shown.contains("40.000"), "the serial number grouped as in the workbook");

        robot.interact(() -> preview.show(null));
        assertTrue(robot.lookup("#report-summary").queryAs(TableView.class).getItems().isEmpty());
        assertEquals(1, tabs.getTabs().size(), "no tables of a report no longer chosen");
        robot.interact(() -> preview.show(small));
        assertEquals(9, tabs.getTabs().size());
        assertEquals(7, tabs.getSelectionModel().getSelectedIndex(), "the annex is in front again");
        TableView<SummaryLine> summary = robot.lookup("#report-summary").queryAs(TableView.class);
        assertEquals("79", PreviewText.summary(summary.getItems().get(1).value()));
        assertEquals(small.annex().size(), table(tabs, 7, 0).getItems().size());
    }

    @Test
    void aPeriodAcrossTheReorganisationSaysSoAboveTheSummary(FxRobot robot) {
        Resolution77Report year = FakeReports.huuLung(ReportPeriod.year(2025));
        Label note = robot.lookup("#report-preview-phases").queryAs(Label.class);
        robot.interact(() -> preview.show(year));
        assertFalse(note.isVisible(), "one stretch, nothing to say");
        assertEquals(CoverTexts.subtitle(year, VI),
                robot.lookup("#report-preview-subtitle").queryAs(Label.class).getText());
        List<HierarchyPhase> two = List.of(
                new HierarchyPhase(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
                        List.of(FakeReports.DISTRICT, FakeReports.COMMUNE), 24, 203, null),
                new HierarchyPhase(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31),
                        List.of(FakeReports.COMMUNE), 9, 203, "Nghị quyết 1672/NQ-UBTVQH15"));
        Resolution77Report across = new Resolution77Report(year.period(), year.scope(), year.computedOn(), two,
                year.assigned(), year.coverage(), year.decisions(), year.sessions(), year.sessionsByQuarter(),
                year.activities(), year.workingGroups(), year.compliance(), year.concerns(), year.communes(),
                year.annex());
        robot.interact(() -> preview.show(across));
        assertTrue(note.isVisible());
        assertEquals(CoverTexts.phaseNote(across, VI), note.getText());
        assertTrue(note.getText().contains("01/07/2025"), note.getText());
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object[]> table(TabPane tabs, int sheet, int table) {
        ScrollPane scroll = (ScrollPane) tabs.getTabs().get(sheet).getContent();
        return (TableView<Object[]>) scroll.getContent().lookup("#report-table-" + sheet + "-" + table);
    }

    private static Resolution77Report withAnnex(Resolution77Report r, int count) {
        AssignmentRow first = r.annex().get(0);
        List<AssignmentRow> annex = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            annex.add(new AssignmentRow("=Cán bộ " + i, 1970 + i % 30, first.category(), first.tier(),
                    first.positionTitle(), first.unitName(), first.communeName(), first.role(), first.decisionSymbol(),
                    LocalDate.of(2023, 1, 1), null));
        }
        return new Resolution77Report(r.period(), r.scope(), r.computedOn(), r.phases(), r.assigned(), r.coverage(),
                r.decisions(), r.sessions(), r.sessionsByQuarter(), r.activities(), r.workingGroups(), r.compliance(),
                r.concerns(), r.communes(), annex);
    }
}
