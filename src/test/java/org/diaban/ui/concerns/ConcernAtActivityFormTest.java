package org.diaban.ui.concerns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.domain.people.PositionKind;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.activity.ActivityDraft;
import org.diaban.service.concerns.ConcernDraft;
import org.diaban.service.concerns.ConcernService;
import org.diaban.testing.SampleCadres;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.diaban.ui.activities.ActivitiesViewModel;
import org.diaban.ui.cadres.EditRunner;
import org.diaban.ui.cadres.SyncBackground;
import org.diaban.ui.common.TaskRunner;
import org.diaban.ui.common.UndoManager;
import org.diaban.ui.common.form.Checks;
import org.diaban.ui.common.form.Choice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The concern form started from an activity of the activities list, without the toolkit. */
class ConcernAtActivityFormTest {

    private static final LocalDate TODAY = TestServices.TODAY;
    private static final LocalDate HELD = LocalDate.of(2026, 11, 15);

    @TempDir
    Path dir;

    private Services services;
    private ConcernService concerns;
    private SampleHierarchy sample;
    private final I18n i18n = new I18n(I18n.VIETNAMESE);
    private final SyncBackground sync = new SyncBackground();
    private TaskRunner tasks;
    private UndoManager undo;
    private EditRunner runner;
    private Long dialogue;
    private Long session;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        sample = SampleHierarchy.create(services);
        concerns = services.concerns();
        Long cadre = SampleCadres.create(services, "Nguyễn Văn An", PositionKind.SECRETARY, sample.district);
        dialogue = services.activities().record(new ActivityDraft(ActivityKind.DIALOGUE, HELD, sample.communes.get(0),
                null, null, List.of(cadre), null, "Đối thoại với nhân dân", null));
        session = services.activities().record(new ActivityDraft(ActivityKind.WORK_SESSION, HELD.minusDays(20),
                sample.villages.get(0), null, null, List.of(cadre), null, "Làm việc với thôn", null));
        tasks = new TaskRunner();
        undo = new UndoManager(tasks);
        runner = new EditRunner(sync, undo, new ErrorMessages(i18n), id -> { });
    }

    @AfterEach
    void close() {
        tasks.close();
        services.close();
    }

    private ConcernFormModel form() {
        return new ConcernFormModel(new Checks(i18n), runner, new ConcernEdits(concerns, i18n), concerns.places(),
                concerns.topics(), false, null, TODAY, sync, concerns::householdsIn);
    }

    @Test
    void theFormStartsFromTheSelectedActivityAndSavesTheLink() {
        ActivitiesViewModel list = new ActivitiesViewModel(services.activities(), sync, undo, new Checks(i18n),
                () -> TODAY);
        list.activate();
        assertNull(list.concernAtSelected());
        list.selectedProperty().set(list.rows().stream().filter(r -> r.id().equals(dialogue)).findFirst()
                .orElseThrow());
        ConcernDraft from = list.concernAtSelected();

        ConcernFormModel form = form();
        form.startFrom(from);
        form.offerActivities(concerns::activitiesNear);
        assertEquals(sample.communes.get(0), form.place().selectedProperty().get().id());
        assertEquals("15/11/2026", form.raisedOn().textProperty().get());
        assertEquals("Đối thoại trực tiếp 15/11/2026 – Xã Hồ Sơn", form.activity().textProperty().get());
        // the commune's activities in the 60 days before, its villages' too
        assertEquals(List.of("Đối thoại trực tiếp 15/11/2026 – Xã Hồ Sơn",
                        "Buổi làm việc 26/10/2026 – Thôn Đồng Tiến, Xã Hồ Sơn"),
                form.activity().choices().stream().map(Choice::label).toList());
        assertFalse(form.validProperty().get());
        form.content().textProperty().set("Chậm đền bù giải phóng mặt bằng");
        form.deadline().textProperty().set("31/12/2026");
        assertTrue(form.validProperty().get());
        form.save(() -> { });

        var saved = concerns.list(org.diaban.service.concerns.ConcernFilter.ALL).get(0);
        assertEquals(dialogue, saved.activityId());
        assertEquals(HELD, saved.raisedOn());
        list.reload();
        assertEquals(1L, list.selectedProperty().get().concerns());
    }

    @Test
    void theUserLinksAndUnlinksAnActivityOfThePlace() {
        ConcernFormModel form = form();
        form.offerActivities(concerns::activitiesNear);
        assertEquals(List.of(), form.activity().choices());
        form.place().textProperty().set("dong tien ho son");
        form.raisedOn().textProperty().set("20/11/2026");
        assertEquals(List.of(session), form.activity().choices().stream().map(Choice::id).toList());
        form.activity().textProperty().set("buoi lam");
        assertEquals(session, form.draft().activityId());
        form.activity().textProperty().set("xyz");
        form.content().textProperty().set("Đường hỏng");
        assertFalse(form.validProperty().get());
        form.activity().textProperty().set("");
        assertTrue(form.validProperty().get());
        assertNull(form.draft().activityId());
    }
}
