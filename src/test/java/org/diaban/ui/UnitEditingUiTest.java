package org.diaban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.diaban.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Editing the hierarchy through the window on the sample province: add a village, rename a
 * commune from a date, merge three communes on 1/7/2025, and take each back with Ctrl+Z.
 */
@ExtendWith(ApplicationExtension.class)
class UnitEditingUiTest {

    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);
    private static final long WAIT = 20;

    @TempDir
    static Path dir;

    private Services services;
    private SampleHierarchy sample;
    private MainWindow window;
    private TreeView<UnitState> tree;

    private Stage stage;

    /** A fresh stage per test: the window cannot be built twice on the one the extension hands in. */
    @Start
    void start(Stage primary) {
        stage = new Stage();
        services = TestServices.open(dir.resolve("db-" + System.nanoTime()));
        sample = SampleHierarchy.create(services);
        window = new MainWindow(stage, new I18n(I18n.VIETNAMESE), () -> "vi", lang -> { });
        window.attach(services);
        stage.setWidth(1200);
        stage.setHeight(760);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            stage.hide();
            return null;
        });
        window.shutdown();
        services.close();
    }

    @SuppressWarnings("unchecked")
    private void ready(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> window.readyProperty().get());
        tree = robot.lookup("#hierarchy-tree").queryAs(TreeView.class);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(WAIT, TimeUnit.SECONDS);
    }

    /** The tree item at a path of full names from the top, expanding on the way; null if absent. */
    private TreeItem<UnitState> item(String... path) throws Exception {
        return fx(() -> {
            TreeItem<UnitState> at = tree.getRoot();
            for (String name : path) {
                if (at == null) {
                    return null;
                }
                at.setExpanded(true);
                at = at.getChildren().stream().filter(i -> i.getValue().fullName().equals(name)).findFirst()
                        .orElse(null);
            }
            return at;
        });
    }

    private List<String> childrenOf(String... path) throws Exception {
        TreeItem<UnitState> parent = item(path);
        return parent == null ? List.of() : fx(() -> parent.getChildren().stream()
                .map(i -> i.getValue().fullName()).toList());
    }

    private String selectedName() throws Exception {
        return fx(() -> {
            TreeItem<UnitState> s = tree.getSelectionModel().getSelectedItem();
            return s == null || s.getValue() == null ? null : s.getValue().fullName();
        });
    }

    /** Clicks the unit's row in the tree, as a user would. */
    private void clickUnit(FxRobot robot, MouseButton button, String... path) throws Exception {
        TreeItem<UnitState> target = item(path);
        fx(() -> {
            tree.scrollTo(tree.getRow(target));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.from(tree).lookup(".tree-cell").queryAll().stream()
                .filter(n -> ((TreeCell<?>) n).getTreeItem() == target).findFirst().orElseThrow();
        robot.clickOn(cell, button);
    }

    /** Moves the view date and waits until the tree of that day is shown. */
    private void setViewDate(LocalDate day) throws Exception {
        TreeItem<UnitState> before = fx(tree::getRoot);
        boolean changes = fx(() -> {
            boolean differs = !day.equals(window.viewDateProperty().get());
            window.viewDateProperty().set(day);
            return differs;
        });
        if (changes) {
            waitFor(() -> fx(tree::getRoot) != before);
        }
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        FxConditions.waitFor(WAIT, condition);
    }

    private void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    private void undo(FxRobot robot) {
        robot.clickOn("#hierarchy-tree").push(KeyCode.CONTROL, KeyCode.Z);
    }

    @Test
    void addsAVillageUnderACommuneAndUndoesIt(FxRobot robot) throws Exception {
        ready(robot);
        clickUnit(robot, MouseButton.PRIMARY, "Tỉnh Lạng Sơn", "Huyện Hữu Lũng", "Xã Hồ Sơn");
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitFor(() -> robot.lookup("#unit-form-name").tryQuery().isPresent());

        robot.clickOn("#unit-form-name").write("Khuôn Bò");
        assertEquals("huu-lung.ho-son.khuon-bo",
                robot.lookup("#unit-form-key").queryTextInputControl().getText());
        robot.clickOn("#add-unit-dialog-ok");

        waitFor(() -> "Thôn Khuôn Bò".equals(selectedName()));
        assertTrue(childrenOf("Tỉnh Lạng Sơn", "Huyện Hữu Lũng", "Xã Hồ Sơn").contains("Thôn Khuôn Bò"));

        undo(robot);
        waitFor(() -> !childrenOf("Tỉnh Lạng Sơn", "Huyện Hữu Lũng", "Xã Hồ Sơn").contains("Thôn Khuôn Bò"));
        assertTrue(services.hierarchyQueries().latestByKey("huu-lung.ho-son.khuon-bo").isEmpty());
    }

    @Test
    void renamesACommuneFromADayKeepingTheOldNameBefore(FxRobot robot) throws Exception {
        ready(robot);
        setViewDate(JULY);
        clickUnit(robot, MouseButton.PRIMARY, "Tỉnh Lạng Sơn", "Huyện Hữu Lũng", "Xã Hồ Sơn");
        robot.push(KeyCode.F2);
        waitFor(() -> robot.lookup("#edit-mode-change").tryQuery().isPresent());

        robot.clickOn("#edit-mode-change");
        replaceText(robot, "#unit-form-name", "Hồ Sơn Mới");
        assertEquals("Xã Hồ Sơn Mới", robot.lookup("#unit-form-full-name").queryTextInputControl().getText());
        assertEquals("Đến hết ngày 30/06/2025: Xã Hồ Sơn. Từ ngày 01/07/2025: Xã Hồ Sơn Mới.",
                robot.lookup("#edit-explanation").queryAs(Label.class).getText());
        robot.clickOn("#edit-unit-dialog-ok");

        waitFor(() -> "Xã Hồ Sơn Mới".equals(selectedName()));
        setViewDate(JULY.minusDays(1));
        waitFor(() -> childrenOf("Tỉnh Lạng Sơn", "Huyện Hữu Lũng").contains("Xã Hồ Sơn"));
        assertFalse(childrenOf("Tỉnh Lạng Sơn", "Huyện Hữu Lũng").contains("Xã Hồ Sơn Mới"));

        undo(robot);
        waitFor(() -> services.hierarchyQueries().history(sample.communes.get(0)).size() == 1);
        setViewDate(JULY);
        waitFor(() -> childrenOf("Tỉnh Lạng Sơn", "Huyện Hữu Lũng").contains("Xã Hồ Sơn"));
    }

    @Test
    void mergesTheThreeCommunesThroughTheDialogAndUndoes(FxRobot robot) throws Exception {
        ready(robot);
        clickUnit(robot, MouseButton.PRIMARY, "Tỉnh Lạng Sơn", "Huyện Hữu Lũng", "Xã Hồ Sơn");
        robot.clickOn("#menu-edit").clickOn("Ghi nhận sắp xếp đơn vị (hợp nhất, chia tách…)…");
        waitFor(() -> robot.lookup("#reorg-dialog").tryQuery().isPresent());

        replaceText(robot, "#reorg-date-text", "01/07/2025");
        robot.clickOn("#reorg-basis").write("Nghị quyết 1672/NQ-UBTVQH15");
        tick(robot, "Xã Hòa Sơn");
        tick(robot, "Xã Tân Thành");
        waitFor(() -> robot.lookup("#reorg-chosen").queryAs(Label.class).getText().startsWith("Đã chọn 3"));
        robot.clickOn("#reorg-new-name").write("Hữu Lũng");
        assertEquals("Xã Hồ Sơn, xã Hòa Sơn và xã Tân Thành hợp nhất thành xã Hữu Lũng từ ngày 01/07/2025."
                + " Căn cứ: Nghị quyết 1672/NQ-UBTVQH15.", robot.lookup("#reorg-preview").queryAs(Label.class).getText());
        robot.clickOn("#reorg-dialog-ok");

        waitFor(() -> "Xã Hữu Lũng".equals(selectedName()));
        HierarchySnapshot july = services.hierarchyQueries().snapshotOn(JULY);
        UnitState merged = july.children(sample.district).get(0);
        assertEquals(1, july.children(sample.district).size());
        assertEquals(6, july.children(merged.unitId()).size());

        setViewDate(JULY);
        waitFor(() -> childrenOf("Tỉnh Lạng Sơn", "Huyện Hữu Lũng").equals(List.of("Xã Hữu Lũng")));
        assertEquals(6, childrenOf("Tỉnh Lạng Sơn", "Huyện Hữu Lũng", "Xã Hữu Lũng").size());
        setViewDate(JULY.minusDays(1));
        waitFor(() -> childrenOf("Tỉnh Lạng Sơn", "Huyện Hữu Lũng").size() == 3);

        undo(robot);
        waitFor(() -> services.hierarchyQueries().reorganisations().isEmpty());
        setViewDate(JULY);
        waitFor(() -> childrenOf("Tỉnh Lạng Sơn", "Huyện Hữu Lũng")
                .equals(List.of("Xã Hòa Sơn", "Xã Hồ Sơn", "Xã Tân Thành")));
    }

    @Test
    void dissolvesAVillageWithDeleteAndRestoresItWithCtrlZ(FxRobot robot) throws Exception {
        ready(robot);
        setViewDate(JULY);
        clickUnit(robot, MouseButton.PRIMARY, "Tỉnh Lạng Sơn", "Huyện Hữu Lũng", "Xã Hồ Sơn", "Thôn Đồng Tiến");
        robot.push(KeyCode.DELETE);
        waitFor(() -> robot.lookup("#retire-unit-dialog-ok").tryQuery().map(Node::isDisabled).orElse(true) == false);
        assertEquals("Thôn Đồng Tiến tồn tại đến hết ngày 30/06/2025 và không còn trong cây từ ngày 01/07/2025."
                + " Lịch sử trước đó được giữ nguyên; có thể hoàn tác bằng Ctrl+Z.",
                robot.lookup("#retire-summary").queryAs(Label.class).getText());
        robot.clickOn("#retire-unit-dialog-ok");

        waitFor(() -> "Xã Hồ Sơn".equals(selectedName()));
        assertEquals(List.of("Thôn Làng Đông"), childrenOf("Tỉnh Lạng Sơn", "Huyện Hữu Lũng", "Xã Hồ Sơn"));
        undo(robot);
        waitFor(() -> childrenOf("Tỉnh Lạng Sơn", "Huyện Hữu Lũng", "Xã Hồ Sơn").size() == 2);
    }

    /** Ticks the check box of a unit in the list of former units. */
    private void tick(FxRobot robot, String fullName) {
        ListView<?> list = robot.lookup("#reorg-predecessors").queryAs(ListView.class);
        Node cell = robot.from(list).lookup(".list-cell").queryAll().stream()
                .filter(n -> ((ListCell<?>) n).getText() != null && ((ListCell<?>) n).getText().startsWith(fullName + " "))
                .findFirst().orElseThrow();
        Node box = robot.from(cell).lookup(".check-box").query();
        robot.clickOn(box);
    }
}
