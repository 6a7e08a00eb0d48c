package org.diaban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.cadres.CadreSummary;
import org.diaban.service.demo.ProgressListener;
import org.diaban.service.search.SearchHit;
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
 * The officer's first minutes on the demo province: the tree of 2023 down to a village, a search
 * without diacritics, and a new cadre who appears in the registry.
 */
@ExtendWith(ApplicationExtension.class)
class DemoProvinceUiTest {

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
        stage.setWidth(1200);
        stage.setHeight(760);
        stage.show();
    }

    @AfterEach
    void close() {
        window.shutdown();
    }

    @Test
    void expandToAVillageSearchAndAddACadre(FxRobot robot) throws Exception {
        waitFor(() -> window.readyProperty().get());
        TreeView<UnitState> tree = robot.lookup("#hierarchy-tree").queryAs(TreeView.class);

        // 15/01/2023 typed into the view date: the tree of 2023 has the eleven districts
        waitFor(() -> robot.lookup("#view-date").tryQuery().isPresent());
        DatePicker date = robot.lookup("#view-date").queryAs(DatePicker.class);
        waitFor(() -> date.getEditor().getScene() != null && date.getEditor().isVisible());
        robot.doubleClickOn(date.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("15/01/2023").type(KeyCode.ENTER);
        waitFor(() -> LocalDate.of(2023, 1, 15).equals(window.viewDateProperty().get()));
        waitFor(() -> tree.getRoot() != null && tree.getRoot().getChildren().size() == 1
                && tree.getRoot().getChildren().get(0).getChildren().size() == 11);

        // down to a village with the keyboard: district, commune, village
        TreeItem<UnitState> province = tree.getRoot().getChildren().get(0);
        TreeItem<UnitState> district = province.getChildren().stream()
                .filter(i -> i.getValue().externalKey().equals("huu-lung")).findFirst().orElseThrow();
        // the cells are redrawn when the figures and coverage of the new day arrive; a label found
        // just before may have left the scene by the time the robot moves to it, so try again
        waitFor(() -> {
            try {
                robot.clickOn(robot.from(tree).lookup("Huyện Hữu Lũng").queryAs(Node.class));
            } catch (RuntimeException detached) {
                return false;
            }
            return tree.getSelectionModel().getSelectedItem() == district;
        });
        robot.type(KeyCode.RIGHT).type(KeyCode.DOWN);
        waitFor(() -> tree.getSelectionModel().getSelectedItem().getValue().isCommuneTier());
        robot.type(KeyCode.RIGHT).type(KeyCode.DOWN);
        waitFor(() -> tree.getSelectionModel().getSelectedItem().getValue().isVillageTier());
        TableView<?> households = robot.lookup("#unit-households").queryAs(TableView.class);
        waitFor(() -> households.isVisible() && !households.getItems().isEmpty());
        Snapshots.save(robot, stage.getScene().getRoot(), "demo-village-2023");

        // "huu lung" finds Hữu Lũng; Enter shows it in the tree
        robot.clickOn("#search-field").write("huu lung");
        waitFor(() -> robot.lookup("#search-results").tryQuery().isPresent()
                && !robot.lookup("#search-results").queryAs(ListView.class).getItems().isEmpty());
        ListView<SearchHit> results = robot.lookup("#search-results").queryAs(ListView.class);
        assertTrue(results.getItems().stream().limit(3).allMatch(h -> h.title().contains("Hữu Lũng")));
        Snapshots.save(robot, stage.getScene().getRoot(), "demo-search");
        SearchHit first = results.getItems().get(0);
        robot.type(KeyCode.ENTER);
        waitFor(() -> tree.getSelectionModel().getSelectedItem() != null
                && tree.getSelectionModel().getSelectedItem().getValue().unitId().equals(first.placeId()));

        // a new cadre through the registry's form, then there in the table
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        TableView<CadreSummary> table = robot.lookup("#cadre-table").queryAs(TableView.class);
        waitFor(() -> !table.getItems().isEmpty());
        robot.clickOn(robot.from(table).lookup(".table-row-cell").queryAs(Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#cadre-editor").tryQuery().isPresent());
        robot.clickOn("#cadre-name").write("Nông Thị Thử");
        robot.clickOn("#cadre-birth-year").write("1985");
        waitFor(() -> !robot.lookup("#cadre-editor-ok").queryButton().isDisabled());
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#cadre-editor").tryQuery().isEmpty());
        waitFor(() -> table.getItems().stream().anyMatch(c -> c.fullName().equals("Nông Thị Thử")));
        waitFor(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().fullName().equals("Nông Thị Thử"));
        CadreSummary added = table.getSelectionModel().getSelectedItem();
        assertEquals("Nông Thị Thử", added.fullName());
        assertEquals(1985, added.birthYear());
        waitFor(() -> robot.lookup("#cadre-detail-name").tryQuery().isPresent() && "Nông Thị Thử".equals(
                robot.lookup("#cadre-detail-name").queryAs(javafx.scene.control.Label.class).getText()));
        Snapshots.save(robot, stage.getScene().getRoot(), "demo-registry");
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        FxConditions.waitFor(WAIT, condition);
    }
}
