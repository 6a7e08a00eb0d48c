package org.diaban.ui.concerns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.activity.ConcernStatus;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.concerns.ConcernDraft;
import org.diaban.service.concerns.ConcernService;
import org.diaban.service.concerns.ConcernSummary;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
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

/** The concerns view models on a real database, without the toolkit: background work runs at once. */
class ConcernViewModelsTest {

    private static final LocalDate TODAY = TestServices.TODAY;

    @TempDir
    Path dir;

    private Services services;
    private ConcernService concerns;
    private SampleHierarchy sample;
    private final I18n i18n = new I18n(I18n.VIETNAMESE);
    private final SyncBackground sync = new SyncBackground();
    private TaskRunner tasks;
    private UndoManager undo;
    private ConcernsViewModel list;
    private EditRunner runner;
    private ConcernEdits edits;
    private Long late;
    private Long fresh;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        sample = SampleHierarchy.create(services);
        concerns = services.concerns();
        Long land = concerns.topics().get(0).id();
        late = concerns.raise(new ConcernDraft(null, sample.villages.get(0), null, "Ông Tư", LocalDate.of(2026, 9, 1),
                land, "Tranh chấp đất rừng", "UBND xã Hồ Sơn", LocalDate.of(2026, 10, 1)));
        fresh = concerns.raise(new ConcernDraft(null, sample.villages.get(3), null, null, LocalDate.of(2026, 11, 2),
                null, "Sửa đường liên thôn", null, LocalDate.of(2026, 12, 30)));
        tasks = new TaskRunner();
        undo = new UndoManager(tasks);
        list = new ConcernsViewModel(concerns, sync, new ErrorMessages(i18n));
        runner = new EditRunner(sync, undo, new ErrorMessages(i18n), list::select);
        edits = new ConcernEdits(concerns, i18n);
    }

    @AfterEach
    void close() {
        tasks.close();
        services.close();
    }

    @Test
    void theListFollowsItsFiltersAndTellsTheOverdueCount() {
        list.reload();
        assertEquals(List.of(fresh, late), ids());
        assertEquals(1, list.overdueTodayProperty().get());
        assertEquals(1, list.countsProperty().get().overdue());
        assertEquals(fresh, list.selectedProperty().get().id());
        assertEquals("Sửa đường liên thôn", list.detailProperty().get().summary().content());

        list.searchProperty().set("tranh chap");
        assertEquals(List.of(late), ids());
        list.searchProperty().set("");
        list.raisedFromProperty().set(LocalDate.of(2026, 10, 1));
        assertEquals(List.of(fresh), ids());
        list.raisedFromProperty().set(null);
        list.raisedToProperty().set(LocalDate.of(2026, 9, 1));
        assertEquals(List.of(late), ids());
        list.raisedToProperty().set(null);
        Choice commune = list.place().choices().stream().filter(c -> c.id().equals(sample.communes.get(1)))
                .findFirst().orElseThrow();
        list.place().pick(commune);
        assertEquals(List.of(fresh), ids());
        list.showOverdue();
        assertNull(list.place().selectedProperty().get());
        assertTrue(list.overdueOnlyProperty().get());
        assertEquals(List.of(late), ids());
        assertEquals(58, list.rows().get(0).daysOverdue());
        list.overdueOnlyProperty().set(false);
        list.statusProperty().set(StatusFilter.of(ConcernStatus.RESOLVED));
        assertEquals(List.of(), ids());
        assertNull(list.detailProperty().get());
    }

    @Test
    void theStatusStepOffersOnlyAllowedMovesAndChecksItsDay() {
        list.reload();
        ConcernSummary c = summary(late);
        StepViewModel step = new StepViewModel(new Checks(i18n), runner, edits, c, StepViewModel.Kind.STATUS,
                c.raisedOn(), TODAY);
        assertEquals(List.of(ConcernStatus.IN_PROGRESS, ConcernStatus.ESCALATED, ConcernStatus.RESOLVED),
                step.allowed());
        assertEquals(ConcernStatus.IN_PROGRESS, step.targetProperty().get());
        assertEquals("28/11/2026", step.day().textProperty().get());
        assertTrue(step.validProperty().get());
        step.day().textProperty().set("29/11/2026");
        assertFalse(step.validProperty().get());
        assertEquals("Ngày 29/11/2026 chưa tới.", step.day().messageProperty().get());
        step.day().textProperty().set("31/08/2026");
        assertFalse(step.validProperty().get());
        step.day().textProperty().set("27/11/2026");
        step.targetProperty().set(ConcernStatus.RESOLVED);
        step.noteProperty().set("Đã hòa giải xong");
        boolean[] closed = {false};
        step.save(() -> closed[0] = true);
        assertTrue(closed[0]);
        assertEquals(ConcernStatus.RESOLVED, concerns.detail(late).summary().status());
        assertEquals("Đã hòa giải xong", concerns.detail(late).last().note());
        assertTrue(undo.canUndoProperty().get());
        assertTrue(undo.undoTextProperty().get().contains("Đã giải quyết"), undo.undoTextProperty().get());
        list.reload();
        assertEquals(0, list.overdueTodayProperty().get());
    }

    @Test
    void escalatingMayNameTheHigherBodyAndUndoTakesBothStepsBack() {
        list.reload();
        ConcernSummary c = summary(late);
        StepViewModel step = new StepViewModel(new Checks(i18n), runner, edits, c, StepViewModel.Kind.STATUS,
                c.raisedOn(), TODAY);
        assertFalse(step.asksForBodyProperty().get());
        step.targetProperty().set(ConcernStatus.ESCALATED);
        assertTrue(step.asksForBodyProperty().get());
        assertTrue(step.validProperty().get());
        step.body().textProperty().set("Sở Nông nghiệp và Môi trường");
        step.save(() -> { });
        var history = concerns.detail(late).history();
        assertEquals(3, history.size());
        assertTrue(history.get(2).handover());
        assertEquals("Sở Nông nghiệp và Môi trường", concerns.detail(late).summary().responsibleBody());

        concerns.takeBackLastChanges(late, 2, ConcernStatus.ESCALATED, TODAY);
        assertEquals(ConcernStatus.NEW, concerns.detail(late).summary().status());
        assertEquals("UBND xã Hồ Sơn", concerns.detail(late).summary().responsibleBody());
    }

    @Test
    void everyEditTakesItselfBack() {
        ConcernEdit status = edits.changeStatus(late, "x", ConcernStatus.ESCALATED, TODAY, null);
        status.execute();
        ConcernEdit hand = edits.handOver(late, "x", ConcernStatus.ESCALATED, "Sở Nông nghiệp và Môi trường", TODAY,
                "Vượt thẩm quyền");
        hand.execute();
        hand.undo();
        assertEquals("UBND xã Hồ Sơn", concerns.detail(late).summary().responsibleBody());
        status.undo();
        assertEquals(ConcernStatus.NEW, concerns.detail(late).summary().status());
        status.redo();
        assertEquals(ConcernStatus.ESCALATED, concerns.detail(late).summary().status());
        status.undo();
        ConcernEdit escalate = edits.changeStatus(late, "x", ConcernStatus.ESCALATED, TODAY, null, "Sở Xây dựng");
        escalate.execute();
        assertEquals("Sở Xây dựng", concerns.detail(late).summary().responsibleBody());
        escalate.undo();
        assertEquals(1, concerns.detail(late).history().size());
        escalate.redo();
        assertEquals(3, concerns.detail(late).history().size());

        ConcernEdit withdraw = edits.withdraw(fresh, "x");
        withdraw.execute();
        assertEquals(1, concerns.list(org.diaban.service.concerns.ConcernFilter.ALL).size());
        withdraw.undo();
        assertEquals(2, concerns.list(org.diaban.service.concerns.ConcernFilter.ALL).size());

        ConcernEdit raise = edits.raise(new ConcernDraft(null, sample.villages.get(1), null, null, TODAY, null,
                "Mới", null, null));
        raise.execute();
        assertNotNull(raise.affected());
        raise.undo();
        assertEquals(2, concerns.list(org.diaban.service.concerns.ConcernFilter.ALL).size());
        raise.redo();
        assertEquals(3, concerns.list(org.diaban.service.concerns.ConcernFilter.ALL).size());
    }

    @Test
    void theFormWaitsForPlaceAndContentAndKeepsTheDeadlineAfterTheRaisingDay() {
        list.reload();
        ConcernFormModel form = new ConcernFormModel(new Checks(i18n), runner, edits, concerns.places(),
                concerns.topics(), false, null, TODAY, sync, concerns::householdsIn);
        assertFalse(form.validProperty().get());
        assertEquals("28/11/2026", form.raisedOn().textProperty().get());
        services.database().writeAll(s -> s.persist(new org.diaban.domain.hierarchy.Household(sample.villages.get(0),
                "Lý Văn Sáu", 1960, 5, "ho_ngheo")));
        form.place().textProperty().set("dong tien ho son");
        assertEquals(sample.villages.get(0), form.place().selectedProperty().get().id());
        assertEquals(List.of("Lý Văn Sáu (1960)"), form.household().choices().stream().map(Choice::label).toList());
        form.household().textProperty().set("ly van sau");
        assertNotNull(form.household().selectedProperty().get());
        form.content().textProperty().set("Đề nghị lắp đèn đường");
        assertTrue(form.validProperty().get());
        form.deadline().textProperty().set("01/11/2026");
        assertFalse(form.validProperty().get());
        assertEquals("Hạn không được sớm hơn ngày tiếp nhận (28/11/2026).", form.deadline().messageProperty().get());
        form.raisedOn().textProperty().set("20/10/2026");
        assertTrue(form.validProperty().get());
        form.save(() -> { });
        assertEquals(3, concerns.list(org.diaban.service.concerns.ConcernFilter.ALL).size());
        list.reload();
        assertEquals("Đề nghị lắp đèn đường", list.selectedProperty().get().content());
        assertEquals("Lý Văn Sáu", list.selectedProperty().get().householdName());
        ConcernFormModel again = new ConcernFormModel(new Checks(i18n), runner, edits, concerns.places(),
                concerns.topics(), false, list.selectedProperty().get(), TODAY, sync, concerns::householdsIn);
        assertEquals("Lý Văn Sáu (1960)", again.household().textProperty().get());

        ConcernFormModel edit = new ConcernFormModel(new Checks(i18n), runner, edits, concerns.places(),
                concerns.topics(), false, summary(late), TODAY, sync, concerns::householdsIn);
        assertEquals("Tranh chấp đất rừng", edit.content().textProperty().get());
        assertEquals("01/10/2026", edit.deadline().textProperty().get());
        assertEquals(sample.villages.get(0), edit.place().selectedProperty().get().id());
        assertTrue(edit.validProperty().get());
        edit.content().textProperty().set("Tranh chấp đất rừng giáp ranh");
        edit.save(() -> { });
        assertEquals("Tranh chấp đất rừng giáp ranh", concerns.detail(late).summary().content());
    }

    @Test
    void topicsAreEditedThroughUndoableEdits() {
        TopicsViewModel topics = new TopicsViewModel(concerns, sync, runner, edits);
        topics.reload();
        int n = topics.topics().size();
        topics.nameViProperty().set("Giao thông");
        topics.nameEnProperty().set("Traffic");
        topics.add();
        assertEquals(n + 1, topics.topics().size());
        topics.selectedProperty().set(topics.topics().get(n));
        topics.move(-1);
        assertEquals("Giao thông", topics.topics().get(n - 1).nameVi());
        topics.toggleActive();
        assertFalse(topics.topics().get(n - 1).active());
        assertTrue(undo.canUndoProperty().get());
    }

    private List<Long> ids() {
        return list.rows().stream().map(ConcernSummary::id).toList();
    }

    private ConcernSummary summary(Long id) {
        return concerns.detail(id).summary();
    }
}
