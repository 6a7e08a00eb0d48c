package org.diaban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.people.CommitteeTerm;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.PositionKind;
import org.diaban.domain.people.PositionSpec;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.cadres.CadreSummary;
import org.diaban.service.cadres.PositionView;
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
 * The registry tab as an officer uses it: add a cadre through the form (a wrong birth year is
 * caught beside the field), undo and redo it, give a position, retire.
 */
@ExtendWith(ApplicationExtension.class)
class CadreRegistryUiTest {

    private static final long WAIT = 20;

    @TempDir
    static Path dir;

    private Services services;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = TestServices.open(dir.resolve("db-" + System.nanoTime()));
        SampleHierarchy places = SampleHierarchy.create(services);
        services.cadres().create(CadreProfile.named("Lê Thị Yến"), new PositionSpec(PositionKind.EXECUTIVE_MEMBER,
                places.communes.get(1), 3L, "Ủy viên BCH Đảng ủy xã Hòa Sơn",
                DateRange.startingOn(LocalDate.of(2025, 9, 1))));
        services.cadres().create(CadreProfile.named("Trần Văn Bình"), null);
        window = new MainWindow(stage, new I18n(I18n.VIETNAMESE), () -> "vi", lang -> { });
        window.attach(services);
        window.viewDateProperty().set(TestServices.TODAY);
        // within Monocle's headless screen (1280 x 800): larger windows fail to paint
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
    void addUndoRedoGiveAPositionAndRetire(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> window.readyProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        TableView<CadreSummary> table = robot.lookup("#cadre-table").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 2);
        robot.clickOn(robot.from(table).lookup("Trần Văn Bình").queryAs(Node.class));

        // a new cadre: the birth year is checked beside the field, OK waits until it is right
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#cadre-editor").tryQuery().isPresent());
        Button ok = robot.lookup("#cadre-editor-ok").queryButton();
        assertTrue(ok.isDisabled());
        robot.clickOn("#cadre-name").write("Nguyễn Văn An");
        robot.clickOn("#cadre-birth-year").write("1890");
        Label yearMessage = robot.lookup("#cadre-birth-year-message").queryAs(Label.class);
        waitFor(() -> yearMessage.getText() != null && yearMessage.getText().contains("1920"));
        assertTrue(ok.isDisabled());
        Snapshots.save(robot, robot.lookup("#cadre-editor").queryAs(Node.class), "cadre-editor-bad-year");
        robot.doubleClickOn("#cadre-birth-year").write("1975");
        waitFor(() -> yearMessage.getText() == null || yearMessage.getText().isEmpty());
        // the drop-down lists the match; Tab moves on and completes the name
        robot.clickOn("#cadre-home-unit").write("dong tien ho son");
        TextField home = robot.lookup("#cadre-home-unit").queryAs(TextField.class);
        waitFor(() -> robot.lookup("#cadre-home-unit-list").tryQuery().isPresent());
        robot.type(KeyCode.TAB).write("UBND xã Hồ Sơn");
        waitFor(() -> home.getText().equals("Thôn Đồng Tiến – Xã Hồ Sơn"));
        waitFor(() -> !ok.isDisabled());
        Snapshots.save(robot, robot.lookup("#cadre-editor").queryAs(Node.class), "cadre-editor");
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#cadre-editor").tryQuery().isEmpty());

        // in the table, in Vietnamese order (by given name), and selected
        waitFor(() -> names(table).equals(List.of("Nguyễn Văn An", "Trần Văn Bình", "Lê Thị Yến")));
        waitFor(() -> selected(table).equals("Nguyễn Văn An"));

        robot.clickOn(robot.from(table).lookup("Nguyễn Văn An").queryAs(Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> names(table).equals(List.of("Trần Văn Bình", "Lê Thị Yến")));
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitFor(() -> names(table).equals(List.of("Nguyễn Văn An", "Trần Văn Bình", "Lê Thị Yến")));
        waitFor(() -> selected(table).equals("Nguyễn Văn An"));
        Label detailName = robot.lookup("#cadre-detail-name").queryAs(Label.class);
        waitFor(() -> "Nguyễn Văn An".equals(detailName.getText()));

        // F2 corrects the details; the panel below shows them
        robot.type(KeyCode.F2);
        waitFor(() -> robot.lookup("#cadre-editor").tryQuery().isPresent());
        TextField name = robot.lookup("#cadre-name").queryAs(TextField.class);
        waitFor(() -> "Nguyễn Văn An".equals(name.getText()));
        assertEquals("Thôn Đồng Tiến – Xã Hồ Sơn", robot.lookup("#cadre-home-unit").queryAs(TextField.class).getText());
        robot.clickOn("#cadre-phone").write("0912 345 678").type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#cadre-editor").tryQuery().isEmpty());
        waitFor(() -> robot.from(robot.lookup("#cadre-facts").queryAs(Node.class)).lookup("0912 345 678")
                .tryQuery().isPresent());

        // a position, picked by typing without diacritics
        robot.clickOn("#position-add");
        waitFor(() -> robot.lookup("#position-editor").tryQuery().isPresent());
        ComboBox<PositionKind> kind = robot.lookup("#position-kind").queryComboBox();
        robot.clickOn(kind);
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && "Bí thư".equals(c.getText())).queryAs(Node.class));
        robot.clickOn("#position-committee").write("huyen uy").type(KeyCode.TAB);
        robot.clickOn("#position-title").write("Bí thư Huyện ủy Hữu Lũng");
        robot.clickOn("#position-from").write("1/10/2025");
        Button positionOk = robot.lookup("#position-editor-ok").queryButton();
        waitFor(() -> !positionOk.isDisabled());
        assertEquals("Huyện ủy Hữu Lũng", robot.lookup("#position-committee").queryAs(TextField.class).getText());
        ComboBox<CommitteeTerm> term = robot.lookup("#position-term").queryComboBox();
        assertEquals("2025-2030", term.getValue().code());
        Snapshots.save(robot, robot.lookup("#position-editor").queryAs(Node.class), "position-editor");
        robot.clickOn(positionOk);
        waitFor(() -> robot.lookup("#position-editor").tryQuery().isEmpty());
        TableView<PositionView> positions = robot.lookup("#position-table").queryAs(TableView.class);
        waitFor(() -> positions.getItems().size() == 1
                && "Huyện ủy Hữu Lũng".equals(positions.getItems().get(0).committeeName()));
        waitFor(() -> table.getItems().stream().anyMatch(c -> "Bí thư Huyện ủy Hữu Lũng".equals(c.titles())));
        Snapshots.save(robot, stage.getScene().getRoot(), "cadre-registry");

        // retire: Delete on the table, today by default, confirm
        robot.clickOn(robot.from(table).lookup("Nguyễn Văn An").queryAs(Node.class));
        robot.type(KeyCode.DELETE);
        waitFor(() -> robot.lookup("#retire").tryQuery().isPresent());
        assertEquals("28/11/2026", robot.lookup("#retire-date").queryAs(TextField.class).getText());
        robot.clickOn("#retire-reason").write("Chuyển công tác");
        Snapshots.save(robot, robot.lookup("#retire").queryAs(Node.class), "retire");
        robot.clickOn("#retire-ok");
        waitFor(() -> robot.lookup("Có").tryQuery().isPresent());
        robot.clickOn("Có");
        waitFor(() -> robot.lookup("#retire").tryQuery().isEmpty());
        waitFor(() -> names(table).equals(List.of("Trần Văn Bình", "Lê Thị Yến")));

        CheckBox showRetired = robot.lookup("#cadre-include-retired").queryAs(CheckBox.class);
        robot.clickOn(showRetired);
        waitFor(() -> names(table).size() == 3);
        CadreSummary retired = table.getItems().get(0);
        assertEquals("Nguyễn Văn An", retired.fullName());
        assertTrue(robot.from(table).lookup("Thôi từ 28/11/2026").tryQuery().isPresent());
        robot.clickOn(robot.from(table).lookup("Nguyễn Văn An").queryAs(Node.class));
        Label status = robot.lookup("#cadre-detail-status").queryAs(Label.class);
        waitFor(() -> "Thôi từ 28/11/2026".equals(status.getText()));
        waitFor(() -> LocalDate.of(2026, 11, 27).equals(positions.getItems().get(0).range().to()));
        assertFalse(positions.getItems().isEmpty());
        Snapshots.save(robot, stage.getScene().getRoot(), "cadre-registry-retired");
    }

    private static List<String> names(TableView<CadreSummary> table) {
        return table.getItems().stream().map(CadreSummary::fullName).toList();
    }

    private static String selected(TableView<CadreSummary> table) {
        CadreSummary row = table.getSelectionModel().getSelectedItem();
        return row == null ? "" : row.fullName();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        FxConditions.waitFor(WAIT, condition);
    }
}
