package org.diaban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.diaban.i18n.I18n;
import org.diaban.importing.legacy.commit.FileImportResult;
import org.diaban.importing.legacy.commit.FilePreview;
import org.diaban.importing.legacy.commit.FileRequest;
import org.diaban.importing.legacy.commit.ImportBatchView;
import org.diaban.importing.legacy.commit.LegacyImportService;
import org.diaban.importing.legacy.commit.MatchAnswers;
import org.diaban.importing.legacy.commit.MatchCandidate;
import org.diaban.importing.legacy.commit.MatchQuestion;
import org.diaban.importing.legacy.records.DryRunReport;
import org.diaban.importing.legacy.workbook.ReadControl;
import org.diaban.ui.common.TaskRunner;
import org.diaban.ui.common.form.Background;
import org.diaban.ui.importing.ImportWizard;
import org.diaban.ui.importing.ImportWizardViewModel;
import org.diaban.ui.importing.LegacyImports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The people to confirm, on an importer that asks about one name with two candidates: "a different
 * person" is chosen until the user picks, and the import gets the user's answer.
 */
@ExtendWith(ApplicationExtension.class)
class MatchQuestionsUiTest {

    private final TaskRunner tasks = new TaskRunner();
    private final AskingImports imports = new AskingImports();
    private ImportWizardViewModel model;

    @Start
    void start(Stage stage) {
        model = new ImportWizardViewModel(imports, Background.on(tasks), Platform::runLater, new I18n(I18n.VIETNAMESE));
        new ImportWizard(null, new I18n(I18n.VIETNAMESE), model, () -> { }).show();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void theUserConfirmsOneOfTwoCandidates(FxRobot robot) throws Exception {
        fx(() -> model.addFiles(List.of(Path.of("phan_cong_TrangDinh_2023.xls"))));
        robot.clickOn("#import-next");
        waitFor(() -> model.stepProperty().get() == ImportWizardViewModel.Step.REVIEW);
        robot.clickOn(robot.lookup(".tab").match(n -> n.lookup(".tab-label") instanceof Label l
                && l.getText().equals("Cần xác nhận (1)")).queryAs(Node.class));
        MatchQuestion question = model.entries().get(0).preview().questions().get(0);
        assertEquals(MatchAnswers.NEW, model.answerTo(question));
        robot.clickOn("Cùng một người với: Hoàng Văn Tú, sinh 1968, Phó Bí thư Huyện ủy, xã Hùng Sơn");
        assertEquals("db:12", model.answerTo(question));
        Snapshots.save(robot, robot.lookup("#import-wizard").queryAs(Node.class), "import-wizard-questions");

        robot.clickOn("#import-next");
        robot.clickOn("Có");
        waitFor(() -> model.stepProperty().get() == ImportWizardViewModel.Step.RESULT);
        assertEquals(Map.of(question.key(), "db:12"), imports.answers.asMap());
    }

    private static void fx(Runnable work) throws Exception {
        WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        FxConditions.waitFor(20, condition);
    }

    /** Asks about Hoàng Văn Tú: two stored cadres of that name, nothing in the row to tell them apart. */
    private static final class AskingImports implements LegacyImports {
        volatile MatchAnswers answers;

        @Override
        public List<FilePreview> preview(List<FileRequest> files, MatchAnswers given, ReadControl control) {
            return files.stream().map(f -> new FilePreview(f.file(), report(), List.of(new MatchQuestion(
                    "phan_cong_TrangDinh_2023.xls!PC!14", "phan_cong_TrangDinh_2023.xls", "PC", 14, "Hoàng Văn Tú",
                    "Ủy viên Ban Thường vụ, xã Hùng Sơn", List.of(
                    new MatchCandidate("db:12", "Hoàng Văn Tú, sinh 1968, Phó Bí thư Huyện ủy, xã Hùng Sơn"),
                    new MatchCandidate("db:31", "Hoàng Văn Tú, sinh 1979, Chủ tịch UBND xã Đào Viên")))), 3, 9))
                    .toList();
        }

        private static DryRunReport report() {
            DryRunReport r = new DryRunReport();
            r.put("shape", "assignment_list");
            r.put("district_id", "trang-dinh");
            r.addRecord(Map.of("row", 14, "ho_ten", "Hoàng Văn Tú", "chuc_vu", "Ủy viên Ban Thường vụ"));
            return r;
        }

        @Override
        public List<FileImportResult> commit(List<FileRequest> files, MatchAnswers given, ReadControl control) {
            answers = given;
            return files.stream().map(f -> new FileImportResult(f.file(), report(), 5L, Map.of("assignment", 1),
                    null, null, List.of())).toList();
        }

        @Override
        public List<ImportBatchView> history() {
            return List.of();
        }

        @Override
        public LegacyImportService.UndoSummary undo(long batchId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<District> districts() {
            return List.of(new District("trang-dinh", "Huyện Tràng Định"));
        }
    }
}
