package org.diaban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.diaban.domain.compliance.NormPolicy;
import org.diaban.domain.compliance.Standing;
import org.diaban.domain.text.VietnameseText;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.compliance.ComplianceReport.Committee;
import org.diaban.service.compliance.ComplianceRow;
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
 * The compliance tab on the demo province (today 28/11/2026): a committee's members below the norm
 * come first; attendance recorded for one of them turns the row to met; 2024 shows the districts.
 */
@ExtendWith(ApplicationExtension.class)
class ComplianceUiTest {

    private static final long WAIT = 30;
    private static final LocalDate FIRST_MEETING = LocalDate.of(2026, 10, 1);

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
    void aMemberBelowTheNormMeetsItOnceAttendanceIsRecorded(FxRobot robot) throws Exception {
        waitFor(() -> window.readyProperty().get());
        TableView<ComplianceRow> table = robot.lookup("#compliance-table").queryAs(TableView.class);
        assertTrue(table.getItems().isEmpty(), "nothing computed before the tab is shown");
        robot.clickOn(new I18n(I18n.VIETNAMESE).get("compliance.tab"));
        ComboBox<Integer> year = robot.lookup("#compliance-year").queryAs(ComboBox.class);
        ComboBox<Committee> committee = robot.lookup("#compliance-committee").queryAs(ComboBox.class);
        waitFor(() -> !table.getItems().isEmpty());
        assertEquals(2026, year.getValue());

        // a commune committee with someone behind who held the seat all year, whose name is nobody else's
        List<String> people = services.activities().people(FIRST_MEETING).stream().map(o -> name(o.label())).toList();
        ComplianceRow behind = table.getItems().stream()
                .filter(r -> r.standing() == Standing.BEHIND && !r.partYear() && "xa".equals(r.tierCode()))
                .filter(r -> people.stream().filter(n -> VietnameseText.fold(n).equals(VietnameseText.fold(r.name())))
                        .count() == 1)
                .findFirst().orElseThrow();
        Committee chosen = committee.getItems().stream()
                .filter(c -> c != null && c.unitId().equals(behind.committeeId())).findFirst().orElseThrow();
        robot.interact(() -> committee.setValue(chosen));
        waitFor(() -> table.getItems().stream().allMatch(r -> r.committeeIds().contains(chosen.unitId())));
        assertEquals(Standing.BEHIND, table.getItems().get(0).standing(), "those below the norm first");
        Snapshots.save(robot, stage.getScene().getRoot(), "compliance-2026-committee");

        // the meetings still owed, recorded as chi-bộ attendance in the activity form, by keyboard
        String commune = services.hierarchyQueries().snapshotOn(FIRST_MEETING).units().stream()
                .filter(u -> u.unitId().equals(behind.committeeId())).findFirst().orElseThrow().fullName();
        int missing = behind.required() - behind.attended();
        robot.clickOn("#tab-activities");
        for (int i = 0; i < missing; i++) {
            recordAttendance(robot, FIRST_MEETING.plusDays(7L * i), i == 0 ? commune : null,
                    i == 0 ? behind.name() : null);
        }
        robot.clickOn("#tab-compliance");
        waitFor(() -> table.getItems().stream().anyMatch(r -> r.cadreId().equals(behind.cadreId())
                && r.standing() == Standing.MET && r.attended() == behind.required()));
        assertTrue(table.getItems().stream().filter(r -> r.cadreId().equals(behind.cadreId()))
                .allMatch(r -> r.standing() == Standing.MET));
        Snapshots.save(robot, stage.getScene().getRoot(), "compliance-2026-after");

        // the whole province in 2026, then 2024 with the district committees
        robot.interact(() -> committee.setValue(null));
        int province = services.compliance().report(2026).rows().size();
        waitFor(() -> table.getItems().size() == province);
        Snapshots.save(robot, stage.getScene().getRoot(), "compliance-2026");

        // the policy link switches to the strictest norm, one row per cadre; Ctrl+Z switches back
        Label policy = robot.lookup("#compliance-policy").queryAs(Label.class);
        String each = policy.getText();
        robot.clickOn("#compliance-switch-policy");
        waitFor(() -> services.compliance().policy() == NormPolicy.STRICTEST && !policy.getText().equals(each)
                && table.getItems().stream().allMatch(r -> r.policy() == NormPolicy.STRICTEST));
        assertEquals(table.getItems().size(), table.getItems().stream().map(ComplianceRow::cadreId).distinct().count());
        Snapshots.save(robot, stage.getScene().getRoot(), "compliance-2026-strictest");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> services.compliance().policy() == NormPolicy.EACH_COMMITTEE && policy.getText().equals(each)
                && table.getItems().size() == province);
        robot.interact(() -> year.setValue(2024));
        waitFor(() -> table.getItems().stream().anyMatch(r -> "huyen".equals(r.tierCode())));
        Label percent = robot.lookup("#compliance-percent").queryAs(Label.class);
        waitFor(() -> percent.getText().contains("%"));
        Snapshots.save(robot, stage.getScene().getRoot(), "compliance-2024");
        robot.interact(() -> year.setValue(2025));
        waitFor(() -> table.getItems().stream().anyMatch(r -> r.tierAbolishedOn() != null));
        Snapshots.save(robot, stage.getScene().getRoot(), "compliance-2025");
    }

    /**
     * Ctrl+N in the Activities tab, then the form by keyboard: the kind (2 = chi-bộ meeting), the
     * day, and the first time the place and the member; later forms keep them as the last used.
     */
    private void recordAttendance(FxRobot robot, LocalDate day, String place, String member) throws Exception {
        robot.targetWindow(stage);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#activity-form").tryQuery().isPresent());
        TextField date = robot.lookup("#activity-date").queryAs(TextField.class);
        waitFor(date::isFocused);
        robot.targetWindow(date.getScene().getWindow());
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT).type(KeyCode.DIGIT2)
                .type(KeyCode.TAB);
        waitFor(date::isFocused);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))).type(KeyCode.TAB);
        TextField placeField = robot.lookup("#activity-place").queryAs(TextField.class);
        waitFor(placeField::isFocused);
        if (place != null) {
            robot.write(VietnameseText.fold(place));
            waitFor(() -> robot.lookup("#activity-place-list").tryQuery().isPresent());
            robot.type(KeyCode.ENTER);
            waitFor(() -> placeField.getText().equals(place));
            robot.type(KeyCode.TAB).type(KeyCode.TAB);
            robot.write(VietnameseText.fold(member));
            waitFor(() -> robot.lookup("#activity-participants-list").tryQuery().isPresent());
            robot.type(KeyCode.ENTER);
        }
        waitFor(() -> !placeField.getText().isEmpty()
                && robot.lookup("#activity-participants-chips").tryQuery().isPresent()
                && robot.lookup("#activity-participants-chips").queryAs(javafx.scene.layout.FlowPane.class)
                .getChildren().size() == 1);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#activity-form").tryQuery().isEmpty());
        robot.targetWindow(stage);
    }

    /** The name in a chooser label "Name (details)". */
    private static String name(String label) {
        int cut = label.indexOf(" (");
        return cut < 0 ? label : label.substring(0, cut);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        FxConditions.waitFor(WAIT, condition);
    }
}
