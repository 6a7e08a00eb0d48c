package org.diaban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.domain.text.VietnameseText;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.activity.ActivityFilter;
import org.diaban.service.activity.ActivityList;
import org.diaban.service.activity.ActivityRow;
import org.diaban.service.activity.Option;
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
 * An officer records a work session on the demo province with the keyboard only, and sees it at
 * the top of the activities list with the totals grown by one.
 */
@ExtendWith(ApplicationExtension.class)
class ActivitiesUiTest {

    private static final long WAIT = 30;
    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);
    private static final String CONTENT = "Đề nghị sớm chi trả tiền bồi thường giải phóng mặt bằng "
            + "đường tránh";

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
        stage.setHeight(780);
        stage.show();
    }

    @AfterEach
    void close() {
        window.shutdown();
    }

    @Test
    void recordAWorkSessionFromTheKeyboard(FxRobot robot) throws Exception {
        waitFor(() -> window.readyProperty().get());
        // a cadre of 2024 whose name (without diacritics) is nobody else's
        List<Option> people = services.activities().people(DAY);
        Option cadre = people.stream().filter(o -> people.stream()
                .filter(p -> name(p).equals(name(o))).count() == 1).findFirst().orElseThrow();
        String typedName = VietnameseText.fold(name(cadre));
        ActivityList before = services.activities().list(ActivityFilter.period(DAY, DAY), 1);

        robot.clickOn("#tab-activities");
        TableView<ActivityRow> table = robot.lookup("#activity-table").queryAs(TableView.class);
        waitFor(() -> !table.getItems().isEmpty());
        robot.clickOn("#activities-from").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("15/3/24").type(KeyCode.TAB);
        robot.clickOn("#activities-to").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("15/03/2024").type(KeyCode.ENTER);
        Label summary = robot.lookup("#activities-summary").queryAs(Label.class);
        String total = org.diaban.i18n.Formats.number(before.total());
        waitFor(() -> summary.getText().contains(total));
        Snapshots.save(robot, stage.getScene().getRoot(), "activities-list");

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#activity-form").tryQuery().isPresent());
        TextField date = robot.lookup("#activity-date").queryAs(TextField.class);
        waitFor(date::isFocused);
        // typed text goes to the robot's target window: the dialog's, no mouse involved
        robot.targetWindow(date.getScene().getWindow());
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT).type(KeyCode.DIGIT1)
                .type(KeyCode.TAB);
        waitFor(date::isFocused);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("15/3/2024")
                .type(KeyCode.TAB);
        waitFor(() -> "Thứ Sáu".equals(robot.lookup("#activity-weekday").queryAs(Label.class).getText()));
        TextField place = robot.lookup("#activity-place").queryAs(TextField.class);
        waitFor(place::isFocused);
        // the places of that day have arrived before we type
        waitFor(() -> robot.lookup("#activity-place").tryQuery().isPresent());
        robot.write("ho son");
        waitFor(() -> robot.lookup("#activity-place-list").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitFor(() -> place.getText().equals("Xã Hồ Sơn"));
        robot.type(KeyCode.TAB).write("Nhà văn hóa thôn").type(KeyCode.TAB);
        robot.write(typedName);
        waitFor(() -> robot.lookup("#activity-participants-list").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#activity-participants-chips").tryQuery().isPresent()
                && robot.lookup("#activity-participants-chips").queryAs(javafx.scene.layout.FlowPane.class)
                .getChildren().size() == 1);
        robot.type(KeyCode.TAB).type(KeyCode.TAB).write("Làm việc với Đảng ủy xã về giải phóng mặt bằng");
        Snapshots.save(robot, robot.lookup("#activity-form").queryAs(javafx.scene.Node.class), "activity-form");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#activity-form").tryQuery().isEmpty());

        waitFor(() -> !table.getItems().isEmpty() && table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().content() != null
                && table.getSelectionModel().getSelectedItem().content().contains("giải phóng mặt bằng"));
        ActivityRow added = table.getSelectionModel().getSelectedItem();
        assertEquals(ActivityKind.WORK_SESSION, added.kind());
        assertEquals(DAY, added.heldOn());
        assertEquals("Xã Hồ Sơn", added.place());
        assertEquals(name(cadre), added.participants());
        String grown = org.diaban.i18n.Formats.number(before.total() + 1);
        waitFor(() -> summary.getText().contains(grown));
        long sessions = before.totalsByKind().getOrDefault(ActivityKind.WORK_SESSION, 0L) + 1;
        assertTrue(robot.lookup("#activities-totals").queryAs(Label.class).getText()
                .contains("Buổi làm việc: " + org.diaban.i18n.Formats.number(sessions)));
        Snapshots.save(robot, stage.getScene().getRoot(), "activities-after-save");
    }

    @Test
    void workingGroupsWithTheirActivities(FxRobot robot) throws Exception {
        waitFor(() -> window.readyProperty().get());
        robot.clickOn("#tab-working-groups");
        TableView<org.diaban.service.activity.GroupRow> groups = robot.lookup("#group-table").queryAs(TableView.class);
        waitFor(() -> groups.getItems().size() == 13
                && robot.from(groups).lookup(".table-row-cell").tryQuery().isPresent());
        assertTrue(groups.getItems().stream().allMatch(g -> g.activities() >= 0 && g.memberCount() >= 4));
        assertTrue(groups.getItems().stream().mapToLong(org.diaban.service.activity.GroupRow::activities).sum() > 0);
        robot.clickOn(robot.from(groups).lookup(".table-row-cell").queryAs(javafx.scene.Node.class));
        Snapshots.save(robot, stage.getScene().getRoot(), "working-groups");
        org.diaban.service.activity.GroupRow first = groups.getSelectionModel().getSelectedItem();

        robot.type(KeyCode.F2);
        waitFor(() -> robot.lookup("#group-form").tryQuery().isPresent());
        TextField leader = robot.lookup("#group-leader").queryAs(TextField.class);
        waitFor(() -> !leader.getText().isEmpty() && robot.lookup("#group-members-chips")
                .queryAs(javafx.scene.layout.FlowPane.class).getChildren().size() == first.memberCount() - 1);
        // the decision that formed the group, by its symbol, in the list and in the form
        assertTrue(first.decision() != null && first.decision().contains("-QĐ/"), first.decision());
        waitFor(() -> robot.lookup("#group-decision").queryAs(TextField.class).getText()
                .startsWith(first.decision() + " – "));
        Snapshots.save(robot, robot.lookup("#group-form").queryAs(javafx.scene.Node.class), "working-group-form");
        robot.targetWindow(leader.getScene().getWindow());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#group-form").tryQuery().isEmpty());

        robot.clickOn("#groups-activities");
        TableView<ActivityRow> table = robot.lookup("#activity-table").queryAs(TableView.class);
        Label summary = robot.lookup("#activities-summary").queryAs(Label.class);
        String count = org.diaban.i18n.Formats.number(first.activities());
        waitFor(() -> table.isVisible() && summary.getText().equals(count + " hoạt động"));
        assertTrue(robot.lookup("#activities-group-filter").queryAs(Label.class).getText()
                .startsWith("Tổ công tác: " + first.name()));
        Snapshots.save(robot, stage.getScene().getRoot(), "activities-of-a-group");
    }

    @Test
    void fromACadreAndFromAUnitToTheirActivities(FxRobot robot) throws Exception {
        waitFor(() -> window.readyProperty().get());
        robot.clickOn("#tab-cadres");
        TableView<org.diaban.service.cadres.CadreSummary> cadres = robot.lookup("#cadre-table")
                .queryAs(TableView.class);
        waitFor(() -> !cadres.getItems().isEmpty());
        robot.clickOn(robot.from(cadres).lookup(".table-row-cell").queryAs(javafx.scene.Node.class));
        org.diaban.service.cadres.CadreSummary chosen = cadres.getSelectionModel().getSelectedItem();
        long expected = services.activities().list(ActivityFilter.period(null, null).withCadre(chosen.id()), 1)
                .total();
        Snapshots.save(robot, stage.getScene().getRoot(), "cadre-with-activities-button");
        robot.clickOn("#cadre-activities");
        Label summary = robot.lookup("#activities-summary").queryAs(Label.class);
        TextField cadre = robot.lookup("#activities-cadre").queryAs(TextField.class);
        waitFor(() -> cadre.getText().startsWith(chosen.fullName())
                && summary.getText().equals(org.diaban.i18n.Formats.number(expected) + " hoạt động"));

        robot.clickOn("#tab-hierarchy");
        waitFor(() -> robot.lookup("#unit-activities").tryQuery().isPresent()
                && robot.lookup("#unit-activities").queryAs(javafx.scene.Node.class).isVisible());
        Snapshots.save(robot, stage.getScene().getRoot(), "unit-with-activities-link");
        robot.clickOn("#unit-activities");
        TextField unit = robot.lookup("#activities-unit").queryAs(TextField.class);
        long all = services.activities().list(ActivityFilter.period(null, null), 1).total();
        waitFor(() -> !unit.getText().isEmpty() && cadre.getText().isEmpty()
                && summary.getText().contains(org.diaban.i18n.Formats.number(all)));
    }

    /**
     * A concern raised at an activity: from the selected activity to the concerns form, filled
     * from the keyboard; then the concern in its tab with the activity in its detail, and the
     * activity's count of concerns grown by one.
     */
    @Test
    void recordAConcernAtAnActivity(FxRobot robot) throws Exception {
        waitFor(() -> window.readyProperty().get());
        robot.clickOn("#tab-activities");
        TableView<ActivityRow> table = robot.lookup("#activity-table").queryAs(TableView.class);
        waitFor(() -> !table.getItems().isEmpty()
                && robot.from(table).lookup(".table-row-cell").tryQuery().isPresent());
        robot.clickOn(robot.from(table).lookup(".table-row-cell").queryAs(Node.class));
        ActivityRow activity = table.getSelectionModel().getSelectedItem();
        long before = activity.concerns();

        robot.clickOn("#activities-raise-concern");
        waitFor(() -> robot.lookup("#concern-editor").tryQuery().isPresent());
        TextField raisedBy = robot.lookup("#concern-raised-by").queryAs(TextField.class);
        TextField activityField = robot.lookup("#concern-activity").queryAs(TextField.class);
        String kindAndDay = kindAndDay(activity);
        waitFor(() -> raisedBy.isFocused() && activityField.getText().startsWith(kindAndDay));
        assertEquals(Formats.date(activity.heldOn()),
                robot.lookup("#concern-raised-on").queryAs(TextField.class).getText());
        assertEquals(activity.unitId() == null ? "" : activity.place().split(" – ")[0],
                robot.lookup("#concern-place").queryAs(TextField.class).getText().split(", ")[0]);

        // who raised it, the topic and the content, the body and the deadline: Tab from field to field
        robot.targetWindow(raisedBy.getScene().getWindow());
        robot.write("Ông Hoàng Văn Tư").type(KeyCode.TAB).type(KeyCode.TAB);
        TextArea content = robot.lookup("#concern-content").queryAs(TextArea.class);
        waitFor(content::isFocused);
        robot.write(CONTENT).type(KeyCode.TAB).type(KeyCode.TAB);
        TextField deadline = robot.lookup("#concern-deadline").queryAs(TextField.class);
        waitFor(deadline::isFocused);
        robot.write("31/12/2026");
        waitFor(() -> !robot.lookup("#concern-editor-ok").queryButton().isDisabled());
        Snapshots.save(robot, robot.lookup("#concern-editor").queryAs(Node.class), "concern-at-activity-form");
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#concern-editor").tryQuery().isEmpty());

        // the activity's row counts it
        waitFor(() -> table.getItems().stream().anyMatch(r -> r.id().equals(activity.id())
                && r.concerns() == before + 1));
        Snapshots.save(robot, stage.getScene().getRoot(), "activities-with-concern-counts");

        robot.clickOn("#tab-concerns");
        TableView<ConcernSummary> concerns = robot.lookup("#concerns-table").queryAs(TableView.class);
        waitFor(() -> concerns.getSelectionModel().getSelectedItem() != null
                && CONTENT.equals(concerns.getSelectionModel().getSelectedItem().content()));
        ConcernSummary saved = concerns.getSelectionModel().getSelectedItem();
        assertEquals(activity.id(), saved.activityId());
        assertEquals(activity.heldOn(), saved.raisedOn());
        waitFor(() -> robot.lookup("#concern-detail-content").tryQuery().isPresent()
                && CONTENT.equals(robot.lookup("#concern-detail-content").queryAs(Label.class).getText()));
        waitFor(() -> robot.lookup("#concern-detail").lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().startsWith(kindAndDay)));
        // the period it was raised in keeps it, with the concerns of that day only
        robot.clickOn("#concerns-from").write(Formats.date(activity.heldOn())).type(KeyCode.TAB);
        robot.clickOn("#concerns-to").write(Formats.date(activity.heldOn())).type(KeyCode.ENTER);
        waitFor(() -> !concerns.getItems().isEmpty() && concerns.getItems().stream()
                .allMatch(c -> c.raisedOn().equals(activity.heldOn())) && concerns.getItems().stream()
                .anyMatch(c -> CONTENT.equals(c.content())));
        Snapshots.save(robot, stage.getScene().getRoot(), "concern-at-activity-detail");
    }

    private static String kindAndDay(ActivityRow a) {
        return new I18n(I18n.VIETNAMESE).get("activities.kind." + a.kind()) + " " + Formats.date(a.heldOn());
    }

    private static String name(Option o) {
        int cut = o.label().indexOf(" (");
        return cut < 0 ? o.label() : o.label().substring(0, cut);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        FxConditions.waitFor(WAIT, condition);
    }
}
