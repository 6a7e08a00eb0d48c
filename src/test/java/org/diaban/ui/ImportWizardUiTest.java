package org.diaban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.diaban.i18n.I18n;
import org.diaban.importing.hierarchy.HierarchyImporter;
import org.diaban.domain.audit.ImportBatchStatus;
import org.diaban.importing.legacy.commit.FileImportResult;
import org.diaban.importing.legacy.commit.ImportBatchView;
import org.diaban.importing.legacy.commit.LegacyImportService;
import org.diaban.importing.legacy.commit.MatchAnswers;
import org.diaban.service.Services;
import org.diaban.testing.TestServices;
import org.diaban.ui.importing.ImportWizardViewModel;
import org.diaban.ui.importing.LegacyImports;
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
 * The import wizard from the File menu on the fixture province: two assignment lists analysed
 * (records, the detected district, the rejected rows by row number), a cancelled analysis of the
 * large household list, and an import that the history then undoes.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWizardUiTest {

    private static final long WAIT = 60;
    static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "legacy");

    @TempDir
    static Path dir;

    private static Services services;
    private MainWindow window;
    private LegacyImportService importer;
    private Stage stage;

    @BeforeAll
    static void importHierarchy() {
        services = TestServices.open(dir);
        new HierarchyImporter(services.database(), services.reference(), services.changes(), services.clock())
                .importFile(FIXTURES.resolve("hierarchy.json"));
    }

    @AfterAll
    static void closeServices() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, new I18n(I18n.VIETNAMESE), () -> "vi", lang -> { });
        importer = new LegacyImportService(services.database(), services.hierarchyQueries(), services.changes());
        window.attach(services, null, importer);
        stage.setWidth(1200);
        stage.setHeight(760);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w.isShowing()) {
                    w.hide();
                }
            }
            return null;
        });
        window.shutdown();
    }

    @Test
    void analysesTwoAssignmentListsAndShowsRecordsAndRejectedRows(FxRobot robot) throws Exception {
        ImportWizardViewModel model = openWizard(robot);
        fx(() -> {
            model.addFiles(List.of(FIXTURES.resolve("phan_cong_HuuLung_2022.xls"),
                    FIXTURES.resolve("loi_phan_cong_ChiLang_2023.xlsx")));
            return null;
        });
        robot.clickOn("#import-next");
        waitFor(() -> model.stepProperty().get() == ImportWizardViewModel.Step.REVIEW);

        ListView<ImportWizardViewModel.Entry> entries = robot.lookup("#import-entries").queryAs(ListView.class);
        assertEquals(2, entries.getItems().size());
        TableView<?> records = robot.lookup("#import-records").queryAs(TableView.class);
        waitFor(() -> records.getItems().size() == 28);
        assertEquals("Danh sách phân công phụ trách", robot.lookup("#import-shape").queryAs(Label.class).getText());
        ComboBox<LegacyImports.District> district = robot.lookup("#import-district").queryAs(ComboBox.class);
        waitFor(() -> district.getValue() != null && district.getValue().key().equals("huu-lung"));
        assertTrue(records.getColumns().stream().anyMatch(c -> c.getText().equals("Họ và tên")));
        Snapshots.save(robot, root(robot), "import-wizard-huu-lung");

        // another district for the Hữu Lũng list: read again, its communes are then unknown
        ImportWizardViewModel.Entry huuLung = entries.getItems().get(0);
        fx(() -> {
            district.getSelectionModel().select(district.getItems().stream()
                    .filter(d -> d.key().equals("chi-lang")).findFirst().orElseThrow());
            return null;
        });
        waitFor(() -> !model.runningProperty().get()
                && "chi-lang".equals(huuLung.preview().report().get("district_id")));
        assertEquals("chi-lang", huuLung.districtKeyProperty().get());
        assertTrue(huuLung.preview().report().errors().stream().anyMatch(f -> "UNKNOWN_COMMUNE".equals(f.code())));
        Snapshots.save(robot, root(robot), "import-wizard-other-district");

        // the Chi Lăng list: five rows rejected, each with its row number
        robot.clickOn(robot.from(entries).lookup("loi_phan_cong_ChiLang_2023.xlsx").queryAs(Node.class));
        waitFor(() -> district.getValue() != null && district.getValue().key().equals("chi-lang"));
        assertEquals(19, records.getItems().size());
        robot.clickOn("Lỗi (5) và cảnh báo (0)");
        TableView<?> findings = robot.lookup("#import-findings").queryAs(TableView.class);
        waitFor(() -> findings.getItems().size() == 5);
        List<Object> rows = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> (Object) findings.getColumns().get(2).getCellData(i)).toList();
        assertEquals(List.of(24, 27, 28, 35, 37), rows);
        assertTrue(robot.from(findings).lookup("Ngày không hợp lệ").tryQuery().isPresent());
        robot.clickOn(robot.from(findings).lookup("Không có thôn này").queryAs(Node.class));
        Snapshots.save(robot, root(robot), "import-wizard-chi-lang-errors");
        robot.clickOn(robot.lookup(".tab").match(n -> n.lookup(".tab-label") instanceof Label l
                && l.getText().startsWith("Cần xác nhận")).queryAs(Node.class));
        Snapshots.save(robot, root(robot), "import-wizard-chi-lang-people");
    }

    @Test
    void analysisOfTheLargeHouseholdListCanBeCancelled(FxRobot robot) throws Exception {
        ImportWizardViewModel model = openWizard(robot);
        fx(() -> {
            model.addFiles(List.of(FIXTURES.resolve("ho_gia_dinh_phu_trach_HuuLung_2024.xlsx")));
            return null;
        });
        Snapshots.save(robot, root(robot), "import-wizard-files");
        robot.clickOn("#import-next");
        waitFor(() -> model.runningProperty().get());
        // the read reports how far it has come
        waitFor(() -> model.progressProperty().get() > 0);
        Snapshots.save(robot, root(robot), "import-wizard-progress");
        robot.clickOn("#import-cancel");
        waitFor(() -> !model.runningProperty().get());
        assertEquals(ImportWizardViewModel.Step.FILES, model.stepProperty().get());
        Label message = robot.lookup("#import-message").queryAs(Label.class);
        waitFor(() -> "Đã dừng phân tích. Có thể chọn lại tệp và phân tích lại.".equals(message.getText()));
        Button next = robot.lookup("#import-next").queryButton();
        waitFor(() -> !next.isDisabled());

        // usable again: the same file analysed to the end shows its summary
        robot.clickOn(next);
        waitFor(() -> model.stepProperty().get() == ImportWizardViewModel.Step.REVIEW);
        Label summary = robot.lookup("#import-summary").queryAs(Label.class);
        waitFor(() -> summary.isVisible() && summary.getText().startsWith("50.000 hộ"));
        Snapshots.save(robot, root(robot), "import-wizard-households");
    }

    @Test
    void importsAListSeesItInTheHistoryAndUndoesIt(FxRobot robot) throws Exception {
        ImportWizardViewModel model = openWizard(robot);
        Path file = FIXTURES.resolve("phan_cong_HuuLung_2022.xls");
        fx(() -> {
            model.addFiles(List.of(file));
            return null;
        });
        robot.clickOn("#import-next");
        waitFor(() -> model.stepProperty().get() == ImportWizardViewModel.Step.REVIEW);
        robot.clickOn("#import-next");
        robot.clickOn("Có");
        waitFor(() -> model.stepProperty().get() == ImportWizardViewModel.Step.RESULT);
        TableView<FileImportResult> results = robot.lookup("#import-results").queryAs(TableView.class);
        assertEquals(1, results.getItems().size());
        FileImportResult result = results.getItems().get(0);
        assertTrue(result.committed(), () -> result.refusal() + " " + result.detail());
        assertEquals(28, result.report().records().size());
        assertTrue(result.stored().get("assignment") >= 28, "one assignment per commune or village");
        Snapshots.save(robot, root(robot), "import-wizard-result");

        // the same file again: the review says it was imported already
        robot.clickOn("#import-back");
        robot.clickOn("#import-next");
        waitFor(() -> model.stepProperty().get() == ImportWizardViewModel.Step.REVIEW);
        Label earlier = robot.lookup("#import-earlier").queryAs(Label.class);
        waitFor(() -> earlier.isVisible() && earlier.getText().contains("đã được nhập"));
        Snapshots.save(robot, root(robot), "import-wizard-imported-before");

        // later lists of the same district name the same people: known ones are matched, uncertain
        // ones asked (a different person unless the user says otherwise)
        robot.clickOn("#import-back");
        fx(() -> {
            model.files().setAll(List.of());
            model.addFiles(List.of(FIXTURES.resolve("to_cong_tac_HuuLung_2021.xlsx"),
                    FIXTURES.resolve("sinh_hoat_chi_bo_HuuLung_2023.xlsx")));
            return null;
        });
        robot.clickOn("#import-next");
        waitFor(() -> model.stepProperty().get() == ImportWizardViewModel.Step.REVIEW);
        assertTrue(model.entries().stream().allMatch(e -> e.preview().knownCadres() > 0));
        ImportWizardViewModel.Entry asking = model.entries().stream()
                .filter(e -> !e.preview().questions().isEmpty()).findFirst().orElse(model.entries().get(1));
        fx(() -> {
            model.selectedProperty().set(asking);
            return null;
        });
        robot.clickOn(robot.lookup(".tab").match(n -> n.lookup(".tab-label") instanceof Label l
                && l.getText().startsWith("Cần xác nhận")).queryAs(Node.class));
        if (!asking.preview().questions().isEmpty()) {
            var question = asking.preview().questions().get(0);
            assertEquals(MatchAnswers.NEW, model.answerTo(question), "a different person unless the user says so");
            robot.clickOn(robot.lookup("#import-questions .radio-button").queryAs(Node.class));
            assertEquals(question.candidates().get(0).ref(), model.answerTo(question));
        }
        Snapshots.save(robot, root(robot), "import-wizard-questions-real");
        robot.clickOn(robot.lookup(".tab").match(n -> n.lookup(".tab-label") instanceof Label l
                && l.getText().startsWith("Bản ghi")).queryAs(Node.class));
        Snapshots.save(robot, root(robot), "import-wizard-attendance");

        // the history from the File menu
        robot.clickOn("#menu-file").clickOn("Lịch sử nhập…");
        waitFor(() -> robot.lookup("#import-history").tryQuery().isPresent());
        TableView<ImportBatchView> history = robot.lookup("#import-history").queryAs(TableView.class);
        waitFor(() -> history.getItems().stream().anyMatch(b -> b.id() == result.batchId()));
        ImportBatchView batch = history.getItems().stream().filter(b -> b.id() == result.batchId()).findFirst()
                .orElseThrow();
        assertEquals(28, batch.recordCount());
        assertEquals("phan_cong_HuuLung_2022.xls", batch.sourceName());
        // the row is in the items before its cells are laid out: wait for the cell itself
        robot.interact(() -> history.scrollTo(batch));
        waitFor(() -> robot.from(history).lookup("phan_cong_HuuLung_2022.xls").tryQuery().isPresent());
        robot.clickOn(robot.from(history).lookup("phan_cong_HuuLung_2022.xls").queryAs(Node.class));
        Snapshots.save(robot, robot.lookup("#import-history-window").queryAs(Parent.class), "import-history");
        robot.clickOn("#import-history-undo");
        robot.clickOn("Có");
        waitFor(() -> history.getItems().stream().anyMatch(b -> b.id() == result.batchId()
                && b.status() == ImportBatchStatus.UNDONE));
        assertTrue(importer.previouslyImported(file).isEmpty(), "the file can be imported again");
        assertTrue(robot.lookup("#import-history-undo").queryButton().isDisabled());
        Snapshots.save(robot, robot.lookup("#import-history-window").queryAs(Parent.class), "import-history-undone");
    }

    @Test
    void aColumnWithAnUnknownHeaderIsMappedByHandAndTheFileReadAgain(FxRobot robot) throws Exception {
        Path file = unknownNameHeader(dir.resolve("phan_cong_nguoi_duoc_phan_cong.xlsx"));
        ImportWizardViewModel model = openWizard(robot);
        fx(() -> {
            model.addFiles(List.of(file));
            return null;
        });
        robot.clickOn("#import-next");
        waitFor(() -> model.stepProperty().get() == ImportWizardViewModel.Step.REVIEW);
        assertEquals("reject", model.entries().get(0).preview().report().outcome());

        // no table without a name column: the header row is offered, "Người được phân công" mapped to the name
        waitFor(() -> robot.lookup("#import-mapping").tryQuery().map(Node::isVisible).orElse(false));
        Node row = robot.lookup("#import-mapping").lookup("“Người được phân công”").queryAs(Node.class);
        javafx.scene.layout.GridPane grid = (javafx.scene.layout.GridPane) row.getParent();
        ComboBox<?> kind = (ComboBox<?>) grid.getChildren().stream()
                .filter(n -> n instanceof ComboBox<?> && javafx.scene.layout.GridPane.getRowIndex(n)
                        .equals(javafx.scene.layout.GridPane.getRowIndex(row)))
                .findFirst().orElseThrow();
        Snapshots.save(robot, root(robot), "import-wizard-mapping");
        robot.clickOn(kind);
        // the item of the open list, not a "Họ và tên" elsewhere (a column header of a hidden tab)
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("Họ và tên")).queryAs(Node.class));
        waitFor(() -> kind.getValue() != null);
        robot.clickOn("#import-map-save");
        waitFor(() -> !model.runningProperty().get() && !model.entries().isEmpty()
                && "assignment_list".equals(model.entries().get(0).preview().report().get("shape")));
        assertEquals(3, model.entries().get(0).preview().report().records().size()
                + model.entries().get(0).preview().report().errors().size());
        assertTrue(importer.columnMappings().kindOf(org.diaban.importing.legacy.table.TableShape.ASSIGNMENT_LIST,
                "Người được phân công").isPresent(), "saved for later imports");
        Snapshots.save(robot, root(robot), "import-wizard-mapped");
    }

    /** An assignment list of Hữu Lũng whose name column is headed "Người được phân công". */
    private static Path unknownNameHeader(Path file) throws java.io.IOException {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = java.nio.file.Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("PC 2022");
            String[][] cells = {
                {"DANH SÁCH PHÂN CÔNG CẤP ỦY VIÊN PHỤ TRÁCH ĐỊA BÀN NĂM 2022"},
                {"HUYỆN ỦY HỮU LŨNG"},
                {},
                {"STT", "Người được phân công", "Chức vụ", "Xã", "Thôn", "Số quyết định"},
                {"1", "Nguyễn Văn An", "Bí thư Huyện ủy", "Hồ Sơn", "", "125-QĐ/HU"},
                {"2", "Lê Thị Bình", "Phó Bí thư Huyện ủy", "Yên Thịnh", "", "125-QĐ/HU"},
                {"3", "Hoàng Văn Cường", "Trưởng Ban Tổ chức", "Thiện Tân", "", "125-QĐ/HU"}};
            for (int r = 0; r < cells.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c + 1).setCellValue(cells[r][c]);
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private ImportWizardViewModel openWizard(FxRobot robot) throws Exception {
        waitFor(() -> window.readyProperty().get());
        robot.clickOn("#menu-file").clickOn("Nhập sổ sách cũ (Excel)…");
        waitFor(() -> robot.lookup("#import-wizard").tryQuery().isPresent());
        return (ImportWizardViewModel) root(robot).getProperties().get(ImportWizardViewModel.class);
    }

    private static Parent root(FxRobot robot) {
        return robot.lookup("#import-wizard").queryAs(Parent.class);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(WAIT, TimeUnit.SECONDS);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        FxConditions.waitFor(WAIT, condition);
    }
}
