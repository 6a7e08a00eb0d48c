package org.diaban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.i18n.I18n;
import org.diaban.reporting.workbook.ReportTables;
import org.diaban.reporting.workbook.SheetSpec;
import org.diaban.reporting.workbook.SummaryLine;
import org.diaban.reporting.workbook.SummaryLines;
import org.diaban.reporting.workbook.Table;
import org.diaban.service.Services;
import org.diaban.service.report.ReportRequest;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.ScopeChoice;
import org.diaban.testing.TestServices;
import org.diaban.ui.report.FakeReportMaking;
import org.diaban.ui.report.FakeReports;
import org.diaban.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The report dialog from the File menu and the dashboard tab, on a fake report port with the
 * article's figures: preview, export and open; a cancelled slow report; a failure in words.
 */
@ExtendWith(ApplicationExtension.class)
class ReportUiTest {

    private static final long WAIT = 30;
    private static final I18n VI = new I18n(I18n.VIETNAMESE);

    @TempDir
    static Path dir;
    @TempDir
    Path out;

    private static Services services;
    private MainWindow window;
    private Stage stage;
    private FakeReportMaking making;
    private final List<Path> opened = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void open() {
        services = TestServices.open(dir);
    }

    @AfterAll
    static void closeServices() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        making = new FakeReportMaking();
        window = new MainWindow(stage, VI, () -> "vi", lang -> { });
        window.setSaveChooser((owner, folder, name) -> out.resolve(name));
        window.setFileOpener(opened::add);
        window.attach(services, null, null, making);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void close() {
        window.shutdown();
    }

    @Test
    void aQuarterOfAUnitIsPreviewedExportedAndOpened(FxRobot robot) throws Exception {
        Parent dialog = openDialog(robot);
        ComboBox<Integer> year = robot.lookup("#report-year").queryAs(ComboBox.class);
        ComboBox<Integer> quarter = robot.lookup("#report-quarter").queryAs(ComboBox.class);
        ComboBox<ScopeChoice> scope = robot.lookup("#report-scope").queryAs(ComboBox.class);
        assertEquals(2026, year.getValue(), "the last quarter ended by 28/11/2026");
        assertEquals(3, quarter.getValue());
        robot.interact(() -> year.setValue(2023));
        robot.interact(() -> quarter.setValue(2));
        waitFor(() -> scope.getItems().stream().anyMatch(s -> s.key().equals("huu-lung")));
        // type-ahead without the marks
        robot.interact(scope::requestFocus);
        robot.write("huu l");
        waitFor(() -> scope.getValue() != null && scope.getValue().key().equals("huu-lung"));

        robot.type(KeyCode.ENTER);
        TableView<SummaryLine> summary = robot.lookup("#report-summary").queryAs(TableView.class);
        waitFor(() -> !summary.getItems().isEmpty());
        ReportRequest request = new ReportRequest(ReportPeriod.quarter(2023, 2), "huu-lung");
        assertEquals(request, making.computed.get(0));
        assertPreviewIsTheWorkbook(robot, FakeReports.report(request), VI);
        List<String> shown = robot.lookup("#report-summary .table-cell").queryAllAs(TableCell.class).stream()
                .map(TableCell::getText).toList();
        assertTrue(shown.containsAll(List.of("79", "BTV 8, BCH 27, LĐQL 44", "24/24", "100,0%")),
                "counts and shares written as in the workbook: " + shown);
        assertFalse(shown.stream().anyMatch(t -> t != null && t.toLowerCase().contains("cấp cấp")));
        assertEquals("Nguyễn Văn Bình", robot.lookup("#report-signer-name").queryAs(
                javafx.scene.control.TextField.class).getText(), "the signer proposed after computing");
        Snapshots.save(robot, dialog, "report-dialog-preview");
        // every sheet, for a person to compare with the printed workbook
        List<String> names = List.of("communes", "categories", "compliance", "groups", "concerns", "decisions",
                "annex", "charts");
        for (int i = 0; i < names.size(); i++) {
            robot.clickOn("#report-tab-" + (i + 1));
            Snapshots.save(robot, dialog, "report-dialog-" + names.get(i));
        }
        robot.clickOn("#report-tab-0");

        robot.clickOn("#report-signer-name").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Hoàng Văn Dũng");
        robot.clickOn("#report-also-narrative");
        robot.clickOn("#report-export");
        Path workbook = out.resolve("BaoCao_NQ77_huu-lung_2023-Q2.xlsx");
        waitFor(() -> !robot.lookup("#report-open").queryButton().isDisabled());
        assertEquals(1, making.workbooks.size());
        FakeReportMaking.Written w = making.workbooks.get(0);
        assertEquals(workbook, w.out());
        assertEquals("Hoàng Văn Dũng", w.details().signerName());
        assertEquals("party", w.profile().id());
        assertEquals("huu-lung", w.report().scope().key());
        assertEquals(out.resolve("BaoCao_NQ77_huu-lung_2023-Q2.docx"), making.narratives.get(0).out());
        assertTrue(Files.exists(workbook));
        Snapshots.save(robot, dialog, "report-dialog-exported");

        robot.clickOn("#report-open");
        waitFor(() -> opened.equals(List.of(workbook)));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#report-dialog").tryQuery().isEmpty());
    }

    @Test
    void cancellingASlowReportReturnsToIdleWithNoFile(FxRobot robot) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        making.gate = gate;
        openDialog(robot);
        robot.clickOn("#report-preview-button");
        assertTrue(making.started.await(WAIT, TimeUnit.SECONDS));
        Button cancel = robot.lookup("#report-cancel").queryButton();
        waitFor(cancel::isVisible);
        assertTrue(robot.lookup("#report-progress").query().isVisible());
        Snapshots.save(robot, robot.lookup("#report-dialog").queryAs(Parent.class), "report-dialog-busy");
        robot.clickOn(cancel);
        waitFor(() -> !cancel.isVisible());
        gate.countDown();
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> robot.lookup("#report-preview-button").queryButton().isDisabled() == false);
        assertTrue(robot.lookup("#report-summary").queryAs(TableView.class).getItems().isEmpty());
        assertTrue(robot.lookup("#report-export").queryButton().isDisabled());
        assertFalse(robot.lookup("#report-error").query().isVisible(), "a cancel is no error");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(0, files.count());
        }
        assertTrue(making.workbooks.isEmpty());
    }

    @Test
    void aFailureIsShownInTheDialog(FxRobot robot) throws Exception {
        making.failure = new DomainException("unit.error.notExistingOn", "Huyện Hữu Lũng", LocalDate.of(2026, 1, 1));
        openDialog(robot);
        robot.clickOn("#report-preview-button");
        Label error = robot.lookup("#report-error").queryAs(Label.class);
        waitFor(error::isVisible);
        assertEquals("Đơn vị Huyện Hữu Lũng không tồn tại vào ngày 01/01/2026.", error.getText());
        assertNull(window.stage().getScene().lookup("#report-summary"), "the dialog is its own window");
    }

    @Test
    void theDashboardShowsTheFiguresAndCharts(FxRobot robot) throws Exception {
        waitFor(() -> window.readyProperty().get());
        robot.clickOn("#tab-dashboard");
        waitFor(() -> robot.lookup("#dashboard-tile-cadres").tryQuery().isPresent());
        assertEquals("79", robot.lookup("#dashboard-tile-cadres").queryAs(Label.class).getText());
        assertEquals("447", robot.lookup("#dashboard-tile-sessions").queryAs(Label.class).getText());
        assertEquals(new ReportRequest(ReportPeriod.custom(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 28)),
                "lang-son"), making.computed.get(0));
        PieChart pie = robot.lookup("#dashboard-concerns-chart").queryAs(PieChart.class);
        assertEquals(5, pie.getData().size());
        assertEquals(20, pie.getData().get(3).getPieValue(), 0.001);
        BarChart<String, Number> compliance = robot.lookup("#dashboard-compliance-chart").queryAs(BarChart.class);
        assertEquals(2, compliance.getData().get(0).getData().size());
        BarChart<String, Number> sessions = robot.lookup("#dashboard-sessions-chart").queryAs(BarChart.class);
        assertEquals(4, sessions.getData().get(0).getData().size(), "four quarters of 2026");
        Snapshots.save(robot, stage.getScene().getRoot(), "dashboard");

        // a past year for one unit, then the report dialog on the same
        ComboBox<ReportPeriod> period = robot.lookup("#dashboard-period").queryAs(ComboBox.class);
        robot.interact(() -> period.setValue(ReportPeriod.year(2023)));
        ComboBox<ScopeChoice> scope = robot.lookup("#dashboard-scope").queryAs(ComboBox.class);
        waitFor(() -> scope.getItems().stream().anyMatch(s -> s.key().equals("huu-lung")));
        robot.interact(() -> scope.setValue(scope.getItems().stream().filter(s -> s.key().equals("huu-lung"))
                .findFirst().orElseThrow()));
        waitFor(() -> making.computed.contains(new ReportRequest(ReportPeriod.year(2023), "huu-lung")));
        robot.clickOn("#dashboard-make-report");
        waitFor(() -> robot.lookup("#report-dialog").tryQuery().isPresent());
        ComboBox<ScopeChoice> dialogScope = robot.lookup("#report-scope").queryAs(ComboBox.class);
        waitFor(() -> dialogScope.getValue() != null && dialogScope.getValue().key().equals("huu-lung"));
        assertEquals(2023, robot.lookup("#report-year").queryAs(ComboBox.class).getValue());
        assertEquals(ReportPeriod.Kind.YEAR, robot.lookup("#report-kind").queryAs(ComboBox.class).getValue());
    }

    @Test
    void inEnglishACustomRangeIsChosenWithTwoDays(FxRobot robot) throws Exception {
        waitFor(() -> window.readyProperty().get());
        robot.clickOn("#menu-view").clickOn("Ngôn ngữ").clickOn("English");
        waitFor(() -> robot.lookup("#tab-dashboard").tryQuery().isPresent() && window.readyProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#report-dialog").tryQuery().isPresent());
        Parent dialog = robot.lookup("#report-dialog").queryAs(Parent.class);
        robot.targetWindow(dialog.getScene().getWindow());
        ComboBox<ReportPeriod.Kind> kind = robot.lookup("#report-kind").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(ReportPeriod.Kind.CUSTOM));
        javafx.scene.control.DatePicker from = robot.lookup("#report-from").queryAs(
                javafx.scene.control.DatePicker.class);
        assertTrue(from.isVisible());
        assertFalse(robot.lookup("#report-year").query().isVisible(), "no year for a range of days");
        robot.clickOn(from.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("22/5/2022").type(KeyCode.TAB);
        javafx.scene.control.DatePicker to = robot.lookup("#report-to").queryAs(javafx.scene.control.DatePicker.class);
        robot.clickOn(to.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("30/06/2023").type(KeyCode.TAB);
        waitFor(() -> LocalDate.of(2023, 6, 30).equals(to.getValue()));
        assertEquals(LocalDate.of(2022, 5, 22), from.getValue());
        ComboBox<ScopeChoice> scope = robot.lookup("#report-scope").queryAs(ComboBox.class);
        waitFor(() -> scope.getItems().stream().anyMatch(s -> s.key().equals("huu-lung")));
        robot.interact(() -> scope.setValue(scope.getItems().stream().filter(s -> s.key().equals("huu-lung"))
                .findFirst().orElseThrow()));
        robot.clickOn("#report-preview-button");
        TableView<SummaryLine> summary = robot.lookup("#report-summary").queryAs(TableView.class);
        waitFor(() -> !summary.getItems().isEmpty());
        ReportRequest request = new ReportRequest(ReportPeriod.custom(LocalDate.of(2022, 5, 22),
                LocalDate.of(2023, 6, 30)), "huu-lung");
        assertEquals(request, making.computed.get(making.computed.size() - 1));
        assertPreviewIsTheWorkbook(robot, FakeReports.report(request), new I18n(I18n.ENGLISH));
        Snapshots.save(robot, dialog, "report-dialog-en");
        robot.clickOn("#report-close");
        waitFor(() -> robot.lookup("#report-dialog").tryQuery().isEmpty());
    }

    /** The summary lines of the workbook's report sheet, then one tab per breakdown sheet with its tables. */
    private static void assertPreviewIsTheWorkbook(FxRobot robot, Resolution77Report report, I18n i18n) {
        TableView<SummaryLine> summary = robot.lookup("#report-summary").queryAs(TableView.class);
        assertEquals(new SummaryLines(i18n).of(report), summary.getItems());
        TabPane tabs = robot.lookup("#report-preview").queryAs(TabPane.class);
        List<SheetSpec> sheets = new ReportTables(i18n).sheets(report);
        assertEquals(sheets.size() + 1, tabs.getTabs().size());
        assertEquals(i18n.get("workbook.sheet.cover"), tabs.getTabs().get(0).getText());
        for (int i = 0; i < sheets.size(); i++) {
            SheetSpec sheet = sheets.get(i);
            Tab tab = tabs.getTabs().get(i + 1);
            assertEquals(sheet.name(), tab.getText());
            Node body = ((ScrollPane) tab.getContent()).getContent();
            for (int j = 0; j < sheet.tables().size(); j++) {
                Table table = sheet.tables().get(j);
                TableView<Object[]> view = (TableView<Object[]>) body.lookup("#report-table-" + (i + 1) + "-" + j);
                String where = sheet.name() + " table " + j;
                assertEquals(table.columns().stream().map(c -> c.title()).toList(), view.getColumns().stream()
                        .map(ReportUiTest::heading).toList(), where);
                assertEquals(table.size() + (table.totals() == null ? 0 : 1), view.getItems().size(), where);
            }
        }
    }

    private static String heading(TableColumn<?, ?> column) {
        return column.getGraphic() instanceof Label l ? l.getText() : column.getText();
    }

    private Parent openDialog(FxRobot robot) throws Exception {
        waitFor(() -> window.readyProperty().get());
        robot.clickOn("#menu-file").clickOn("Báo cáo kết quả Nghị quyết 77…");
        waitFor(() -> robot.lookup("#report-dialog").tryQuery().isPresent());
        Parent dialog = robot.lookup("#report-dialog").queryAs(Parent.class);
        waitFor(() -> !robot.lookup("#report-preview-button").queryButton().isDisabled());
        robot.targetWindow(dialog.getScene().getWindow());
        return dialog;
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        FxConditions.waitFor(WAIT, condition);
    }
}
