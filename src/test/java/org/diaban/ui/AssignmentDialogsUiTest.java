package org.diaban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.assignment.AssignmentRecord;
import org.diaban.service.assignment.CoverageReport;
import org.diaban.service.cadres.CadreSummary;
import org.diaban.service.demo.ProgressListener;
import org.diaban.testing.TestServices;
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

/**
 * The assignment dialogs on the demo province in mid-2023, when many villages had nobody in
 * charge: villages picked for a cadre from the registry, the cadre's history, ending and
 * cancelling an assignment from it, and the coverage rules. Takes screenshots of each.
 */
@ExtendWith(ApplicationExtension.class)
class AssignmentDialogsUiTest {

    private static final long WAIT = 30;
    private static final LocalDate DAY = LocalDate.of(2023, 6, 1);

    @TempDir
    static Path dir;

    private static Services services;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void loadDemo() {
        services = TestServices.open(dir);
        services.demo().load(ProgressListener.NONE, () -> false);
    }

    @AfterAll
    static void closeServices() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, new I18n(I18n.VIETNAMESE), () -> "vi", lang -> { });
        window.viewDateProperty().set(DAY);
        window.attach(services);
        stage.setWidth(1200);
        stage.setHeight(760);
        stage.show();
    }

    @AfterEach
    void close() {
        window.shutdown();
    }

    @Test
    void pickVillagesThenEndAndCancelFromTheHistory(FxRobot robot) throws Exception {
        waitFor(() -> window.readyProperty().get());
        TreeView<UnitState> tree = robot.lookup("#hierarchy-tree").queryAs(TreeView.class);
        robot.clickOn("#hierarchy-side-toggle");
        ListView<CoverageReport.Gap> uncovered = robot.lookup("#coverage-uncovered").queryAs(ListView.class);
        waitFor(() -> robot.from(uncovered).lookup(".list-cell").match(n -> !((ListCell<?>) n).isEmpty())
                .tryQuery().isPresent());
        // a click on an uncovered unit shows it in the tree
        robot.clickOn(robot.from(uncovered).lookup(".list-cell").match(n -> !((ListCell<?>) n).isEmpty())
                .queryAs(Node.class));
        Long shown = uncovered.getSelectionModel().getSelectedItem().unit().unitId();
        waitFor(() -> tree.getSelectionModel().getSelectedItem() != null
                && tree.getSelectionModel().getSelectedItem().getValue().unitId().equals(shown));
        TreeItem<UnitState> unit = tree.getSelectionModel().getSelectedItem();
        robot.interact(() -> unit.setExpanded(true));
        waitFor(() -> robot.lookup("#hierarchy-tree .coverage-badge").queryAll().stream().anyMatch(Node::isVisible));
        Snapshots.save(robot, stage.getScene().getRoot(), "assign-demo-2023");

        // a decision of the committee above the unit shown, its number proposed
        long decisions = services.database().read(s -> s.decisions().count());
        robot.clickOn("#decision-new");
        waitFor(() -> robot.lookup("#decision").tryQuery().isPresent());
        waitFor(() -> !robot.lookup("#decision-number").queryTextInputControl().getText().isEmpty()
                && !robot.lookup("#decision-ok").queryButton().isDisabled());
        robot.write("Phân công cấp ủy viên phụ trách thôn");
        Snapshots.save(robot, robot.lookup("#decision").query(), "assign-decision-dialog");
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#decision").tryQuery().isEmpty());
        assertEquals(decisions + 1, (long) services.database().read(s -> s.decisions().count()));

        // the registry: villages for the selected cadre
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        TableView<CadreSummary> table = robot.lookup("#cadre-table").queryAs(TableView.class);
        waitFor(() -> !table.getItems().isEmpty());
        robot.clickOn(robot.from(table).lookup(".table-row-cell").queryAs(Node.class));
        waitFor(() -> table.getSelectionModel().getSelectedItem() != null);
        CadreSummary cadre = table.getSelectionModel().getSelectedItem();
        int before = services.assignments().historyOfCadre(cadre.id()).size();
        robot.clickOn("#cadre-assign-villages");
        waitFor(() -> robot.lookup("#pick-villages").tryQuery().isPresent());
        robot.write("ban");
        ListView<?> villages = robot.lookup("#pick-villages").queryAs(ListView.class);
        waitFor(() -> villages.getItems().size() > 2);
        robot.type(KeyCode.DOWN).type(KeyCode.SPACE).type(KeyCode.DOWN).type(KeyCode.SPACE);
        Snapshots.save(robot, robot.lookup("#pick-villages-dialog").query(), "assign-pick-villages");
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof Button b && "Tiếp tục…".equals(b.getText()))
                .queryAs(Node.class));
        waitFor(() -> robot.lookup("#assign").tryQuery().isPresent());
        waitFor(() -> !robot.lookup("#assign-ok").queryButton().isDisabled());
        Snapshots.save(robot, robot.lookup("#assign").query(), "assign-dialog-two-villages");
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#assign").tryQuery().isEmpty());
        waitFor(() -> services.assignments().historyOfCadre(cadre.id()).size() == before + 2);

        // the cadre's history: end one of the new assignments, cancel the other
        robot.clickOn("#cadre-assignment-history");
        TableView<AssignmentRecord> history = robot.lookup("#assignment-history").queryAs(TableView.class);
        waitFor(() -> history.getItems().size() == before + 2);
        selectNew(robot, history, 0);
        robot.clickOn("#history-end");
        waitFor(() -> robot.lookup("#change-assignment").tryQuery().isPresent());
        robot.clickOn("#change-reason").write("Kiện toàn tổ công tác");
        Snapshots.save(robot, robot.lookup("#change-assignment").query(), "assign-end-dialog");
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#change-assignment").tryQuery().isEmpty());
        waitFor(() -> history.getItems().stream().anyMatch(r -> DAY.equals(r.range().to())));

        // a transfer, looked at and left
        selectNew(robot, history, 1);
        robot.clickOn("#history-transfer");
        waitFor(() -> robot.lookup("#change-assignment").tryQuery().isPresent());
        robot.clickOn("#change-target").write("xa bac quynh");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitFor(() -> !robot.lookup("#change-assignment-ok").queryButton().isDisabled());
        Snapshots.save(robot, robot.lookup("#change-assignment").query(), "assign-transfer-dialog");
        robot.clickOn("#change-assignment-cancel");
        waitFor(() -> robot.lookup("#change-assignment").tryQuery().isEmpty());

        selectNew(robot, history, 1);
        robot.clickOn("#history-cancel");
        waitFor(() -> robot.lookup("#change-assignment").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        Node yes = waitForButton(robot, "Có");
        Snapshots.save(robot, yes.getScene().getRoot(), "assign-cancel-confirm");
        robot.clickOn(yes);
        waitFor(() -> robot.lookup("#change-assignment").tryQuery().isEmpty());
        waitFor(() -> history.getItems().stream().anyMatch(AssignmentRecord::cancelled));
        Snapshots.save(robot, robot.lookup("#assignment-history-dialog").query(), "assign-history");
        List<AssignmentRecord> rows = services.assignments().historyOfCadre(cadre.id());
        assertEquals(1, rows.stream().filter(AssignmentRecord::cancelled).count());
        assertTrue(rows.stream().anyMatch(r -> "Kiện toàn tổ công tác".equals(r.endReason())));
        robot.type(KeyCode.ESCAPE);

        // the coverage rules
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.clickOn("#coverage-rules-button");
        waitFor(() -> robot.lookup("#coverage-rules").tryQuery().isPresent());
        Snapshots.save(robot, robot.lookup("#coverage-rules").query(), "assign-rules");
        robot.type(KeyCode.ESCAPE);
    }

    /** Selects the n-th assignment started on the view date (the ones just made). */
    private static void selectNew(FxRobot robot, TableView<AssignmentRecord> history, int n) throws Exception {
        List<AssignmentRecord> made = history.getItems().stream().filter(r -> DAY.equals(r.range().from())).toList();
        assertEquals(2, made.size());
        robot.interact(() -> {
            history.getSelectionModel().select(made.get(n));
            history.requestFocus();
        });
        waitFor(() -> history.getSelectionModel().getSelectedItem() != null);
    }

    private static Node waitForButton(FxRobot robot, String text) throws Exception {
        waitFor(() -> robot.lookup(".button").match(n -> n instanceof Button b && text.equals(b.getText()))
                .tryQuery().isPresent());
        return robot.lookup(".button").match(n -> n instanceof Button b && text.equals(b.getText())).query();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        FxConditions.waitFor(WAIT, condition);
    }
}
