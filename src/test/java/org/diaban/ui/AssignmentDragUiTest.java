package org.diaban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.Gender;
import org.diaban.domain.people.PositionKind;
import org.diaban.domain.people.PositionSpec;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.assignment.AssignmentRecord;
import org.diaban.service.assignment.AssignmentService.NewAssignments;
import org.diaban.service.cadres.CadreSummary;
import org.diaban.testing.SampleHierarchy;
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
 * The officer sees a village without a cadre in charge (a badge in the tree), drags a cadre from
 * the "Phân công" panel onto it, confirms the short form with Enter, and the badge goes away.
 */
@ExtendWith(ApplicationExtension.class)
class AssignmentDragUiTest {

    private static final long WAIT = 30;
    private static final LocalDate DAY = TestServices.TODAY;

    @TempDir
    static Path dir;

    private static Services services;
    private static SampleHierarchy places;
    private static Long uncovered;
    private static Long secretary;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void data() {
        services = TestServices.open(dir);
        places = SampleHierarchy.create(services);
        Long standing = cadre("Hoàng Văn Bình", PositionKind.STANDING_MEMBER, places.district);
        secretary = cadre("Lý Thị Cúc", PositionKind.SECRETARY, places.communes.get(0));
        cadre("Nông Văn Dũng", PositionKind.LEADER_MANAGER, places.district);
        // everything of Hồ Sơn is covered but its second village, Làng Đông
        services.assignments().assign(new NewAssignments(standing, List.of(places.communes.get(0),
                places.villages.get(0)), List.of(), AssignmentRole.IN_CHARGE, LocalDate.of(2025, 9, 1), null));
        uncovered = places.villages.get(1);
    }

    private static Long cadre(String name, PositionKind kind, Long committee) {
        return services.cadres().create(new CadreProfile(name, Gender.FEMALE, 1978, "Tày", null, null, null, null),
                new PositionSpec(kind, committee, 3L, null, DateRange.startingOn(LocalDate.of(2025, 7, 1))));
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
    void dragACadreOntoAnUncoveredVillageAndTheBadgeGoes(FxRobot robot) throws Exception {
        waitFor(() -> window.readyProperty().get());
        TreeView<UnitState> tree = robot.lookup("#hierarchy-tree").queryAs(TreeView.class);
        robot.interact(() -> expandAll(tree.getRoot()));
        waitFor(() -> badge(robot, uncovered).map(Node::isVisible).orElse(false));
        assertTrue(badge(robot, places.villages.get(0)).map(b -> !b.isVisible()).orElse(false));
        assertEquals("Chưa có cán bộ phụ trách", badge(robot, uncovered).orElseThrow().getTooltip().getText());

        robot.clickOn("#hierarchy-side-toggle");
        ListView<CadreSummary> cadres = robot.lookup("#assign-cadres").queryAs(ListView.class);
        waitFor(() -> cadres.getItems().size() == 3);
        Snapshots.save(robot, stage.getScene().getRoot(), "assign-panel-badges");

        // the drag: press on the cadre, move onto the village's row, release there
        Node from = cadreCell(robot, "Lý Thị Cúc");
        robot.drag(from, MouseButton.PRIMARY).dropTo(cell(robot, uncovered).orElseThrow());
        waitFor(() -> robot.lookup("#assign").tryQuery().isPresent());
        waitFor(() -> robot.lookup("#assign-cadre").queryTextInputControl().getText().startsWith("Lý Thị Cúc"));
        assertTrue(robot.lookup("#assign-places").queryAs(Label.class).getText().startsWith("Thôn Làng Đông"));
        assertEquals("28/11/2026", robot.lookup("#assign-start").queryTextInputControl().getText());
        Snapshots.save(robot, robot.lookup("#assign").query(), "assign-dialog");
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#assign").tryQuery().isEmpty());

        waitFor(() -> badge(robot, uncovered).map(b -> !b.isVisible()).orElse(false));
        List<AssignmentRecord> history = services.assignments().historyOfUnit(uncovered);
        assertEquals(1, history.size());
        assertEquals(secretary, history.get(0).cadreId());
        assertEquals(DAY, history.get(0).range().from());
        Snapshots.save(robot, stage.getScene().getRoot(), "assign-after-drop");

        // Ctrl+Z takes it back: the badge returns
        robot.clickOn(tree).press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> badge(robot, uncovered).map(Node::isVisible).orElse(false));
        assertEquals(List.of(), services.assignments().historyOfUnit(uncovered));

        // from the details of a covered village: cancel its assignment as a mistake, then undo that
        Long covered = places.villages.get(0);
        robot.clickOn(cell(robot, covered).orElseThrow());
        TableView<?> assigned = robot.lookup("#unit-assignments").queryAs(TableView.class);
        waitFor(() -> assigned.getItems().size() == 1 && robot.from(assigned).lookup(".table-row-cell")
                .match(n -> !((javafx.scene.control.TableRow<?>) n).isEmpty()).tryQuery().isPresent());
        Node row = robot.from(assigned).lookup(".table-row-cell")
                .match(n -> !((javafx.scene.control.TableRow<?>) n).isEmpty()).query();
        robot.clickOn(row);
        // the menu key (a right click does not make a context-menu event on the headless toolkit)
        robot.interact(() -> {
            javafx.geometry.Bounds b = row.localToScreen(row.getBoundsInLocal());
            assigned.fireEvent(new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, b.getMinX() + 10,
                    b.getMinY() + 10, true, null));
        });
        waitFor(() -> robot.lookup("Hủy (nhập nhầm)…").tryQuery().isPresent());
        Snapshots.save(robot, stage.getScene().getRoot(), "assign-details-menu");
        robot.clickOn("Hủy (nhập nhầm)…");
        waitFor(() -> robot.lookup("#change-assignment").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup(".button").match(n -> n instanceof Button b && "Có".equals(b.getText()))
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof Button b && "Có".equals(b.getText()))
                .queryAs(Node.class));
        waitFor(() -> robot.lookup("#change-assignment").tryQuery().isEmpty());
        waitFor(() -> badge(robot, covered).map(Node::isVisible).orElse(false));
        assertTrue(services.assignments().historyOfUnit(covered).get(0).cancelled());
        Snapshots.save(robot, stage.getScene().getRoot(), "assign-cancelled-in-details");
        robot.clickOn(tree).press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> badge(robot, covered).map(b -> !b.isVisible()).orElse(false));
    }

    private static void expandAll(TreeItem<UnitState> item) {
        item.setExpanded(true);
        item.getChildren().forEach(AssignmentDragUiTest::expandAll);
    }

    private static Optional<TreeCell<?>> cell(FxRobot robot, Long unitId) {
        for (Node n : robot.lookup("#hierarchy-tree .tree-cell").queryAll()) {
            TreeCell<?> c = (TreeCell<?>) n;
            if (!c.isEmpty() && c.getItem() instanceof UnitState u && u.unitId().equals(unitId)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static Optional<Label> badge(FxRobot robot, Long unitId) {
        return cell(robot, unitId).flatMap(c -> c.lookupAll(".coverage-badge").stream().findFirst())
                .map(Label.class::cast);
    }

    private static Node cadreCell(FxRobot robot, String name) {
        for (Node n : robot.lookup("#assign-cadres .list-cell").queryAll()) {
            ListCell<?> c = (ListCell<?>) n;
            if (!c.isEmpty() && c.getItem() instanceof CadreSummary s && s.fullName().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no cell for " + name);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        FxConditions.waitFor(WAIT, condition);
    }
}
