package org.diaban.ui.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.domain.people.PositionKind;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.activity.ActivityFilter;
import org.diaban.service.activity.GroupDraft;
import org.diaban.service.assignment.DecisionService;
import org.diaban.testing.SampleCadres;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.diaban.ui.cadres.SyncBackground;
import org.diaban.ui.common.TaskRunner;
import org.diaban.ui.common.UndoManager;
import org.diaban.ui.common.form.Checks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The activity and working-group forms and the lists, on a real database, without a toolkit. */
class ActivityFormViewModelTest {

    @TempDir
    Path dir;

    private Services services;
    private SampleHierarchy places;
    private TaskRunner tasks;
    private UndoManager undo;
    private Checks checks;
    private Long an;
    private Long binh;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        places = SampleHierarchy.create(services);
        tasks = new TaskRunner();
        undo = new UndoManager(tasks);
        checks = new Checks(new I18n(I18n.VIETNAMESE));
        an = SampleCadres.create(services, "Nguyễn Văn An", PositionKind.SECRETARY, places.district);
        binh = SampleCadres.create(services, "Lê Thị Bình", PositionKind.EXECUTIVE_MEMBER, places.district);
    }

    @AfterEach
    void close() {
        tasks.close();
        services.close();
    }

    private ActivityFormViewModel form() {
        ActivityFormViewModel form = new ActivityFormViewModel(services.activities(), new SyncBackground(), undo,
                checks, TestServices.TODAY);
        form.startNew(() -> { });
        return form;
    }

    @Test
    void typedFromTheKeyboardThenSavedAndTheNextFormStartsFromIt() {
        ActivityFormViewModel form = form();
        assertEquals(ActivityKind.WORK_SESSION, form.kindProperty().get());
        assertEquals("28/11/2026", form.date().textProperty().get());
        assertFalse(form.validProperty().get());

        form.kindProperty().set(ActivityKind.DIALOGUE);
        form.date().textProperty().set("15/3/24");
        assertEquals(LocalDate.of(2024, 3, 15), form.dayProperty().get());
        assertEquals("Thứ Sáu", form.weekdayProperty().get());
        // "ho son" matches the commune and its villages; Enter takes the best match: the commune
        form.place().textProperty().set("ho son");
        form.place().pick(form.place().best());
        assertEquals("Xã Hồ Sơn", form.place().selectedProperty().get().label());
        form.participants().chooser().textProperty().set("nguyen van");
        form.participants().chooser().pick(form.participants().chooser().best());
        assertTrue(form.participants().takePicked());
        assertEquals("", form.participants().chooser().textProperty().get());
        assertEquals(List.of(an), form.participants().ids());
        form.contentProperty().set("Đối thoại với nhân dân");
        assertTrue(form.validProperty().get());

        boolean[] ready = {false};
        form.saveAndNew(() -> ready[0] = true);
        assertTrue(ready[0]);
        assertNull(form.errorProperty().get());
        assertTrue(undo.canUndoProperty().get());
        assertEquals("", form.contentProperty().get());
        assertEquals(List.of(an), form.participants().ids());
        assertEquals(1, services.activities().list(ActivityFilter.period(null, null), 10).total());

        ActivityFormViewModel next = form();
        assertEquals(ActivityKind.DIALOGUE, next.kindProperty().get());
        assertEquals("15/03/2024", next.date().textProperty().get());
        assertEquals("Xã Hồ Sơn", next.place().textProperty().get());
        assertEquals(List.of(an), next.participants().ids());
    }

    @Test
    void anActivityCorrectedThroughTheFormAndTakenBack() {
        Long id = services.activities().record(new org.diaban.service.activity.ActivityDraft(ActivityKind.SURVEY,
                LocalDate.of(2024, 5, 2), places.villages.get(3), null, null, List.of(an, binh), null, "Khảo sát",
                null));
        ActivityFormViewModel form = new ActivityFormViewModel(services.activities(), new SyncBackground(), undo,
                checks, TestServices.TODAY);
        form.startEdit(id, () -> { });
        assertFalse(form.isNew());
        assertEquals("02/05/2024", form.date().textProperty().get());
        assertEquals("Thôn Làng Đông – Xã Hòa Sơn", form.place().textProperty().get());
        assertEquals(List.of(an, binh), form.participants().ids());
        form.contentProperty().set("Khảo sát mô hình kinh tế");
        form.participants().removeLast();
        form.save(() -> { });
        assertEquals(List.of(an), services.activities().draft(id).participantIds());
        assertEquals(1, services.activities().list(ActivityFilter.period(null, null), 10).total());
        Edits.changed(services.activities(), id, new org.diaban.service.activity.ActivityDraft(ActivityKind.SURVEY,
                LocalDate.of(2024, 5, 2), places.villages.get(3), null, null, List.of(an, binh), null, "Khảo sát",
                null), form.draft(), "").undo();
        assertEquals("Khảo sát", services.activities().draft(id).content());
    }

    @Test
    void workingGroupsListedAndDissolvedUndoably() {
        Long id = services.workingGroups().create(new GroupDraft("Tổ công tác số 2", places.district,
                LocalDate.of(2023, 3, 10), null, an, List.of(binh), List.of(places.communes.get(0))));
        GroupsViewModel groups = new GroupsViewModel(services.workingGroups(), new SyncBackground(), undo, checks,
                () -> TestServices.TODAY);
        groups.loadCommittees();
        groups.activate();
        assertEquals(1, groups.rows().size());
        assertEquals("1 tổ công tác, 0 hoạt động theo tổ", groups.summaryProperty().get());
        groups.yearProperty().set(2024);
        assertTrue(groups.rows().isEmpty());
        groups.yearProperty().set(2023);
        groups.selectedProperty().set(groups.rows().get(0));
        groups.dissolveSelected(TestServices.TODAY);
        assertTrue(undo.canUndoProperty().get());
        groups.reload();
        assertEquals(TestServices.TODAY, groups.rows().get(0).dissolvedOn());
        Edits.dissolved(services.workingGroups(), id, null, TestServices.TODAY, "").undo();
        groups.reload();
        assertNull(groups.rows().get(0).dissolvedOn());
    }

    @Test
    void explainsWhatIsWrong() {
        ActivityFormViewModel form = form();
        form.date().textProperty().set("30/2/2024");
        assertEquals("\"30/2/2024\" không phải là ngày hợp lệ (dd/mm/yyyy).", form.date().messageProperty().get());
        form.date().textProperty().set("1/12/2026");
        assertTrue(form.date().messageProperty().get().contains("chưa tới"));
        form.date().textProperty().set("h");
        assertEquals(TestServices.TODAY, form.dayProperty().get());
        form.place().textProperty().set("khong co");
        assertEquals("Không có mục nào khớp với \"khong co\".", form.placeMessageProperty().get());
        form.participants().chooser().textProperty().set("le thi");
        form.participants().chooser().pick(form.participants().chooser().best());
        form.participants().takePicked();
        form.participants().removeLast();
        assertEquals("Cần ít nhất một người tham dự.", form.participantsMessageProperty().get());
    }

    @Test
    void theListTotalsAndItsUndoableDelete() {
        for (int i = 0; i < 3; i++) {
            ActivityFormViewModel form = form();
            form.kindProperty().set(i == 0 ? ActivityKind.SURVEY : ActivityKind.WORK_SESSION);
            form.date().textProperty().set("0" + (i + 1) + "/11/2026");
            form.place().select(places.villages.get(i));
            form.participants().select(List.of(binh));
            form.save(() -> { });
        }
        ActivitiesViewModel list = new ActivitiesViewModel(services.activities(), new SyncBackground(), undo, checks,
                () -> TestServices.TODAY);
        assertTrue(list.rows().isEmpty());
        list.activate();
        assertEquals(3, list.rows().size());
        assertEquals("3 hoạt động", list.summaryProperty().get());
        assertTrue(list.totalsText().contains("Buổi làm việc: 2"));
        assertTrue(list.totalsText().endsWith("Tổng: 3"));
        list.showUnit(places.communes.get(0));
        list.unit().setChoices(List.of(new org.diaban.ui.common.form.Choice(places.communes.get(0), "Xã Hồ Sơn")));
        assertEquals(2, list.rows().size());

        list.selectedProperty().set(list.rows().get(0));
        Long deleted = list.rows().get(0).id();
        list.deleteSelected(() -> { });
        assertTrue(undo.canUndoProperty().get());
        list.reload();
        assertEquals(1, list.rows().size());
        Edits.deleted(services.activities(), deleted, "").undo();
        list.clearFilter();
        assertEquals(3, list.rows().size());
    }

    @Test
    void aGroupLedByANonStandingMemberIsWarnedAboutButSaved() {
        Long decision = services.decisions().record(new DecisionService.DecisionDraft(places.district,
                LocalDate.of(2023, 3, 1), 107, DecisionService.DECISION_TYPE, "Thành lập tổ công tác", null));
        GroupFormViewModel form = new GroupFormViewModel(services.workingGroups(), services.activities(),
                services.decisions(), new SyncBackground(), undo, checks, TestServices.TODAY);
        form.startNew(null, () -> { });
        form.name().textProperty().set("Tổ công tác số 1");
        form.formedOn().textProperty().set("10/3/2023");
        form.committee().textProperty().set("huyen uy huu lung");
        assertNotNull(form.committee().selectedProperty().get());
        form.leader().textProperty().set("le thi binh");
        assertNotNull(form.leader().selectedProperty().get());
        assertTrue(form.leaderWarningProperty().get().contains("không là Ủy viên Ban Thường vụ"));
        form.communes().chooser().textProperty().set("tan thanh");
        form.communes().chooser().pick(form.communes().chooser().best());
        form.communes().takePicked();
        assertTrue(form.validProperty().get());
        // the committee's decisions are offered; a text that names none holds the form back
        assertEquals(1, form.decision().choices().size());
        form.decision().textProperty().set("999");
        assertFalse(form.validProperty().get());
        form.decision().textProperty().set("107");
        assertTrue(form.validProperty().get());
        form.save(() -> { });
        assertNull(form.errorProperty().get());
        GroupDraft saved = services.workingGroups().draft(form.lastSavedProperty().get());
        assertEquals(decision, saved.decisionId());
        String symbol = form.decision().selectedProperty().get().label().split(" – ")[0];
        assertEquals(symbol, services.workingGroups().list(null, null).stream()
                .filter(g -> g.id().equals(form.lastSavedProperty().get())).findFirst().orElseThrow().decision());
        assertTrue(symbol.startsWith("107-QĐ/"), symbol);
        // corrected later: the decision is shown again, even one another committee issued
        Long other = services.decisions().record(new DecisionService.DecisionDraft(places.province,
                LocalDate.of(2023, 3, 2), 5, DecisionService.DECISION_TYPE, "Thành lập tổ công tác", null));
        services.workingGroups().update(form.lastSavedProperty().get(), new GroupDraft(saved.name(),
                saved.committeeUnitId(), saved.formedOn(), other, saved.leaderId(), saved.memberIds(),
                saved.unitIds()));
        GroupFormViewModel again = new GroupFormViewModel(services.workingGroups(), services.activities(),
                services.decisions(), new SyncBackground(), undo, checks, TestServices.TODAY);
        again.startEdit(form.lastSavedProperty().get(), () -> { });
        assertEquals(other, again.decision().selectedProperty().get().id());
        assertEquals(other, again.draft().decisionId());
        assertEquals(binh, saved.leaderId());
        assertEquals(List.of(places.communes.get(2)), saved.unitIds());

        form.leader().textProperty().set("nguyen van an");
        assertNull(form.leaderWarningProperty().get());
    }
}
