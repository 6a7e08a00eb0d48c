package org.diaban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
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

/** The window opens on a database, shows the tree, and the search finds a unit without diacritics. */
@ExtendWith(ApplicationExtension.class)
class MainWindowSmokeTest {

    @TempDir
    static Path dir;

    private Services services;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        services = TestServices.open(dir.resolve("db-" + System.nanoTime()));
        SampleHierarchy.create(services);
        window = new MainWindow(stage, new I18n(I18n.VIETNAMESE), () -> "vi", lang -> { });
        window.attach(services);
        stage.setWidth(1200);
        stage.setHeight(760);
        stage.show();
    }

    @AfterEach
    void close() {
        window.shutdown();
        services.close();
    }

    @Test
    void showsTheTreeAndFindsAUnitWhileTyping(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.readyProperty().get());
        TreeView<UnitState> tree = robot.lookup("#hierarchy-tree").queryAs(TreeView.class);
        assertEquals("Tỉnh Lạng Sơn", tree.getRoot().getChildren().get(0).getValue().fullName());

        robot.clickOn("#search-field").write("huu lung");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#search-results").tryQuery().isPresent()
                && !robot.lookup("#search-results").queryListView().getItems().isEmpty());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tree.getSelectionModel().getSelectedItem() != null
                && "Huyện Hữu Lũng".equals(tree.getSelectionModel().getSelectedItem().getValue().fullName()));
        assertTrue(robot.lookup("#unit-details").tryQuery().isPresent());
    }
}
