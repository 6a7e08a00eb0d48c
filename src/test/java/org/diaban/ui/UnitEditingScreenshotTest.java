package org.diaban.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.diaban.domain.hierarchy.ReorganisationKind;
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
 * Renders each editing dialog to target/screenshots so that a person can look at the layout;
 * asserts only that each one showed and drew something.
 */
@ExtendWith(ApplicationExtension.class)
class UnitEditingScreenshotTest {

    private static final Path OUT = Path.of("target", "screenshots");
    private static final long WAIT = 20;

    @TempDir
    static Path dir;

    private Stage stage;
    private Services services;
    private MainWindow window;
    private TreeView<UnitState> tree;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        services = TestServices.open(dir.resolve("db-" + System.nanoTime()));
        SampleHierarchy.create(services);
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

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(WAIT, TimeUnit.SECONDS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void rendersTheDialogs(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> window.readyProperty().get());
        tree = robot.lookup("#hierarchy-tree").queryAs(TreeView.class);
        Files.createDirectories(OUT);
        select("Tỉnh Lạng Sơn", "Huyện Hữu Lũng", "Xã Hồ Sơn");
        save(robot, fx(() -> stage.getScene().getRoot()), "main-window");

        contextAction(0);
        Node add = await(robot, "#add-unit-dialog");
        robot.clickOn("#unit-form-name").write("Khuôn Bò");
        save(robot, add, "add-unit");
        robot.clickOn("#add-unit-dialog-cancel");

        contextAction(1);
        Node edit = await(robot, "#edit-unit-dialog");
        robot.clickOn("#edit-mode-change");
        robot.clickOn("#unit-form-name").push(KeyCode.END).write(" Mới");
        save(robot, edit, "edit-unit");
        robot.clickOn("#edit-unit-dialog-cancel");

        select("Tỉnh Lạng Sơn", "Huyện Hữu Lũng", "Xã Hồ Sơn", "Thôn Đồng Tiến");
        contextAction(2);
        Node move = await(robot, "#move-unit-dialog");
        robot.clickOn("#move-filter").write("hoa son");
        save(robot, move, "move-unit");
        robot.clickOn("#move-unit-dialog-cancel");

        select("Tỉnh Lạng Sơn", "Huyện Hữu Lũng", "Xã Hồ Sơn");
        contextAction(4);
        Node retire = await(robot, "#retire-unit-dialog");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#retire-problem").query().isVisible());
        save(robot, retire, "retire-unit");
        robot.clickOn("#retire-unit-dialog-cancel");

        contextAction(3);
        Node reorg = await(robot, "#reorg-dialog");
        robot.clickOn("#reorg-date-text").push(KeyCode.CONTROL, KeyCode.A).write("01/07/2025");
        robot.clickOn("#reorg-basis").write("Nghị quyết 1672/NQ-UBTVQH15");
        robot.clickOn("#reorg-new-name").write("Hữu Lũng");
        save(robot, reorg, "reorganise-merge");
        fx(() -> {
            robot.lookup("#reorg-kind").queryComboBox().getSelectionModel().select(ReorganisationKind.SPLIT);
            return null;
        });
        robot.clickOn("#reorg-split-name-1").write("Hồ Sơn Bắc");
        robot.clickOn("#reorg-split-name-2").write("Hồ Sơn Nam");
        save(robot, reorg, "reorganise-split");
        robot.clickOn("#reorg-dialog-cancel");
    }

    private void select(String... path) throws Exception {
        fx(() -> {
            TreeItem<UnitState> at = tree.getRoot();
            for (String name : path) {
                at.setExpanded(true);
                at = at.getChildren().stream().filter(i -> i.getValue().fullName().equals(name)).findFirst()
                        .orElseThrow();
            }
            tree.getSelectionModel().select(at);
            return null;
        });
    }

    /** Runs the n-th entry of the tree's context menu: add, edit, move, reorganise, dissolve. */
    private void contextAction(int index) throws Exception {
        fx(() -> {
            ContextMenu menu = tree.getContextMenu();
            MenuItem item = menu.getItems().get(index);
            item.fire();
            return null;
        });
    }

    private static Node await(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(id).query();
    }

    private static void save(FxRobot robot, Node node, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Image image = robot.capture(node).getImage();
        PixelReader pixels = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path file = OUT.resolve(name + ".png");
        ImageIO.write(out, "png", file.toFile());
        assertTrue(w > 100 && h > 100, name + " is " + w + "x" + h);
    }
}
