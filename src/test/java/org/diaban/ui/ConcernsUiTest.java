package org.diaban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.diaban.domain.activity.ConcernStatus;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.concerns.ConcernSummary;
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
 * The demo province on 28/11/2026: the window says how many concerns are overdue, the notice opens
 * them, one is resolved through the status dialog and the count drops; Ctrl+Z brings it back.
 */
@ExtendWith(ApplicationExtension.class)
class ConcernsUiTest {

    private static final long WAIT = 30;

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
        window.attach(services);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void close() {
        window.shutdown();
    }

    @Test
    void theOverdueNoticeOpensTheListAndResolvingOneLowersTheCount(FxRobot robot) throws Exception {
        long overdue = services.concerns().overdueCount();
        assertTrue(overdue > 1, "the demo has overdue concerns: " + overdue);
        waitFor(() -> window.readyProperty().get());
        waitFor(() -> robot.lookup("#overdue-notice").tryQuery().isPresent()
                && robot.lookup("#overdue-notice").queryAs(Hyperlink.class).isVisible());
        Hyperlink notice = robot.lookup("#overdue-notice").queryAs(Hyperlink.class);
        waitFor(() -> notice.getText().equals(overdue + " kiến nghị quá hạn"));

        // the tree marks the province with the overdue concerns under it
        TreeView<UnitState> tree = robot.lookup("#hierarchy-tree").queryAs(TreeView.class);
        waitFor(() -> tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty());
        TreeItem<UnitState> province = tree.getRoot().getChildren().get(0);
        // concerns raised at units merged away count at their successors: the province holds them all
        assertEquals(overdue, services.hierarchyQueries().figuresOn(TestServices.TODAY)
                .get(province.getValue().unitId()).overdueConcerns());
        waitFor(() -> robot.lookup(".unit-overdue").tryQuery().isPresent());
        assertTrue(robot.lookup(".unit-overdue").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.isVisible() && !l.getText().isEmpty()), province.getValue().fullName());
        Snapshots.save(robot, stage.getScene().getRoot(), "concerns-tree-and-notice");

        robot.clickOn(notice);
        TableView<ConcernSummary> table = robot.lookup("#concerns-table").queryAs(TableView.class);
        waitFor(() -> table.isVisible() && table.getItems().size() == overdue);
        assertTrue(table.getItems().stream().allMatch(ConcernSummary::overdue));
        Snapshots.save(robot, stage.getScene().getRoot(), "concerns-overdue-list");

        // resolve the first one through the status dialog: only the allowed statuses are offered
        robot.clickOn(robot.from(table).lookup(".table-row-cell").queryAs(Node.class));
        ConcernSummary first = table.getSelectionModel().getSelectedItem();
        waitFor(() -> !robot.lookup("#concerns-change-status").queryButton().isDisabled());
        robot.clickOn("#concerns-change-status");
        waitFor(() -> robot.lookup("#concern-status").tryQuery().isPresent());
        ComboBox<ConcernStatus> target = robot.lookup("#concern-status-target").queryAs(ComboBox.class);
        assertEquals(first.status().next().stream().sorted().toList(), target.getItems());
        robot.interact(() -> target.setValue(ConcernStatus.RESOLVED));
        robot.clickOn("#concern-status-note").write("Đã giải quyết xong");
        Snapshots.save(robot, robot.lookup("#concern-status").queryAs(Node.class), "concerns-status-dialog");
        robot.clickOn("#concern-status-ok");
        waitFor(() -> robot.lookup("#concern-status").tryQuery().isEmpty());
        waitFor(() -> notice.getText().equals((overdue - 1) + " kiến nghị quá hạn"));
        waitFor(() -> table.getItems().size() == overdue - 1);
        assertEquals(ConcernStatus.RESOLVED, services.concerns().detail(first.id()).summary().status());

        // Ctrl+Z takes the step back: overdue again
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> notice.getText().equals(overdue + " kiến nghị quá hạn"));
        waitFor(() -> table.getItems().size() == overdue);
        assertEquals(first.status(), services.concerns().detail(first.id()).summary().status());
        waitFor(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().id().equals(first.id()));
        waitFor(() -> robot.lookup("#concern-detail-content").tryQuery().isPresent() && first.content().equals(
                robot.lookup("#concern-detail-content").queryAs(javafx.scene.control.Label.class).getText()));
        Snapshots.save(robot, stage.getScene().getRoot(), "concerns-tab");
    }

    @Test
    void raiseAConcernWithdrawItAndBringItBack(FxRobot robot) throws Exception {
        waitFor(() -> window.readyProperty().get());
        robot.clickOn("#tab-concerns");
        TableView<ConcernSummary> table = robot.lookup("#concerns-table").queryAs(TableView.class);
        waitFor(() -> !table.getItems().isEmpty());
        int before = table.getItems().size();
        String place = services.concerns().places().stream().filter(p -> p.label().startsWith("Thôn"))
                .findFirst().orElseThrow().label();

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#concern-editor").tryQuery().isPresent());
        robot.clickOn("#concern-place").write(place).type(KeyCode.TAB);
        robot.clickOn("#concern-raised-by").write("Ông Hoàng Văn Tư");
        robot.clickOn("#concern-topic").write("dat dai").type(KeyCode.TAB);
        robot.clickOn("#concern-content").write("Đề nghị làm rõ mốc giới đất rừng giáp ranh");
        robot.clickOn("#concern-body").write("UBND xã");
        robot.clickOn("#concern-deadline").write("31/12/2026");
        waitFor(() -> !robot.lookup("#concern-editor-ok").queryButton().isDisabled());
        Snapshots.save(robot, robot.lookup("#concern-editor").queryAs(Node.class), "concerns-new-dialog");
        robot.clickOn("#concern-editor-ok");
        waitFor(() -> robot.lookup("#concern-editor").tryQuery().isEmpty());
        waitFor(() -> table.getItems().size() == before + 1 && table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().content().startsWith("Đề nghị làm rõ mốc giới"));
        ConcernSummary added = table.getSelectionModel().getSelectedItem();
        assertEquals(place, added.unitName());
        assertEquals("dat_dai", added.topicCode());

        // hand it over: the history keeps both bodies
        robot.clickOn("#concerns-hand-over");
        waitFor(() -> robot.lookup("#concern-handover").tryQuery().isPresent());
        robot.clickOn("#concern-handover-body").write("Phòng Kinh tế");
        robot.clickOn("#concern-handover-note").write("Vượt thẩm quyền xã");
        robot.clickOn("#concern-handover-ok");
        waitFor(() -> robot.lookup("#concern-handover").tryQuery().isEmpty());
        waitFor(() -> services.concerns().detail(added.id()).history().size() == 2);
        waitFor(() -> robot.lookup("#concern-history").tryQuery().isPresent() && robot.lookup("#concern-history")
                .queryAs(javafx.scene.layout.VBox.class).getChildren().size() == 2);
        Snapshots.save(robot, stage.getScene().getRoot(), "concerns-handover-history");

        // escalating offers the higher body; Escape leaves everything as it was
        robot.clickOn("#concerns-change-status");
        waitFor(() -> robot.lookup("#concern-status").tryQuery().isPresent());
        ComboBox<ConcernStatus> target = robot.lookup("#concern-status-target").queryAs(ComboBox.class);
        robot.interact(() -> target.setValue(ConcernStatus.ESCALATED));
        waitFor(() -> robot.lookup("#concern-status-body").queryAs(Node.class).isVisible());
        robot.clickOn("#concern-status-body").write("Sở Nông nghiệp và Môi trường");
        Snapshots.save(robot, robot.lookup("#concern-status").queryAs(Node.class), "concerns-escalate-dialog");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#concern-status").tryQuery().isEmpty());
        assertEquals(2, services.concerns().detail(added.id()).history().size());

        // Delete asks, then withdraws; Ctrl+Z restores
        robot.clickOn(robot.from(table).lookup(".table-row-cell").queryAs(Node.class));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(c -> c.id().equals(added.id())).findFirst().orElseThrow()));
        robot.type(KeyCode.DELETE);
        waitFor(() -> robot.lookup("Có").tryQuery().isPresent());
        robot.clickOn("Có");
        waitFor(() -> table.getItems().size() == before);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> table.getItems().size() == before + 1);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> services.concerns().detail(added.id()).history().size() == 1);

        robot.clickOn("#concerns-topics");
        waitFor(() -> robot.lookup("#concern-topics").tryQuery().isPresent());
        ListView<?> topics = robot.lookup("#concern-topics-list").queryAs(ListView.class);
        waitFor(() -> !topics.getItems().isEmpty());
        robot.clickOn(robot.from(topics).lookup(".list-cell").queryAs(Node.class));
        Snapshots.save(robot, robot.lookup("#concern-topics").queryAs(Node.class), "concerns-topics-dialog");
        robot.type(KeyCode.ESCAPE);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        FxConditions.waitFor(WAIT, condition);
    }
}
