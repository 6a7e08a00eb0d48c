package org.diaban.ui.assignments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.SimpleObjectProperty;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.Gender;
import org.diaban.domain.people.PositionKind;
import org.diaban.domain.people.PositionSpec;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.assignment.AssignmentRecord;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.diaban.ui.cadres.SyncBackground;
import org.diaban.ui.common.form.Background;
import org.diaban.ui.common.form.Checks;
import org.diaban.ui.common.form.Choice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assignment forms and the panel's state, on a real database, without a toolkit. */
class AssignmentModelsTest {

    private static final LocalDate DAY = TestServices.TODAY;

    /** Runs "background" work at once on the calling thread. */
    private static final Background NOW = new SyncBackground();

    @TempDir
    Path dir;

    private Services services;
    private SampleHierarchy places;
    private final I18n i18n = new I18n(I18n.VIETNAMESE);
    private Checks checks;
    private AssignmentRunner runner;
    private AssignmentEdits edits;
    private Long cuc;
    private Long binh;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        places = SampleHierarchy.create(services);
        checks = new Checks(i18n);
        runner = new AssignmentRunner(NOW, null, new ErrorMessages(i18n));
        edits = new AssignmentEdits(services.assignments(), services.coverage(), services.decisions(), i18n);
        cuc = cadre("Lý Thị Cúc", PositionKind.SECRETARY, places.communes.get(0));
        binh = cadre("Hoàng Văn Bình", PositionKind.EXECUTIVE_MEMBER, places.district);
    }

    private Long cadre(String name, PositionKind kind, Long committee) {
        return services.cadres().create(new CadreProfile(name, Gender.FEMALE, 1978, null, null, null, null, null),
                new PositionSpec(kind, committee, 3L, null, DateRange.startingOn(LocalDate.of(2025, 7, 1))));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<Choice> cadreChoices() {
        return List.of(new Choice(cuc, "Lý Thị Cúc (1978)"), new Choice(binh, "Hoàng Văn Bình (1978)"));
    }

    @Test
    void theAssignFormPrefilledIsValidAndSavesEveryPlaceAtOnce() {
        List<Choice> two = List.of(new Choice(places.villages.get(0), "Thôn Đồng Tiến"),
                new Choice(places.villages.get(1), "Thôn Làng Đông"));
        AssignFormModel form = new AssignFormModel(checks, runner, edits, two, false, DAY);
        form.load(cadreChoices(), cuc, List.of(), null);
        assertTrue(form.validProperty().get());

        form.start().textProperty().set("31/02/2026");
        assertFalse(form.validProperty().get());
        form.start().textProperty().set("01/12/2026");
        form.decision().textProperty().set("107-QĐ");
        assertFalse(form.validProperty().get());
        assertTrue(form.decisionProblemProperty().get() != null, "a decision that matches none is a problem");
        form.decision().textProperty().set("");
        form.roleProperty().set(AssignmentRole.FOLLOW);

        AtomicBoolean saved = new AtomicBoolean();
        form.save(() -> saved.set(true));
        assertTrue(saved.get());
        assertNull(form.errorProperty().get());
        List<AssignmentRecord> history = services.assignments().historyOfCadre(cuc);
        assertEquals(2, history.size());
        assertTrue(history.stream().allMatch(r -> r.role() == AssignmentRole.FOLLOW
                && r.range().from().equals(LocalDate.of(2026, 12, 1))));
    }

    @Test
    void assigningIsUndoneAndRedone() {
        AssignmentEdit edit = edits.assign(new org.diaban.service.assignment.AssignmentService.NewAssignments(cuc,
                List.of(places.villages.get(0)), List.of(), AssignmentRole.IN_CHARGE, DAY, null), "Lý Thị Cúc");
        edit.execute();
        assertEquals("phân công Lý Thị Cúc", edit.description());
        edit.undo();
        assertEquals(List.of(), services.assignments().historyOfCadre(cuc));
        edit.redo();
        assertEquals(1, services.assignments().historyOfCadre(cuc).size());
    }

    private AssignmentRecord assigned(Long cadre, Long unit) {
        Long id = services.assignments().assign(new org.diaban.service.assignment.AssignmentService.NewAssignments(
                cadre, List.of(unit), List.of(), AssignmentRole.IN_CHARGE, LocalDate.of(2025, 9, 1), null)).get(0);
        return services.assignments().record(id);
    }

    @Test
    void endingRefusesADayBeforeTheStartAndEndsOnTheDayGiven() {
        AssignmentRecord a = assigned(cuc, places.villages.get(0));
        ChangeFormModel form = new ChangeFormModel(checks, runner, edits, a, ChangeFormModel.Mode.END, DAY);
        assertTrue(form.validProperty().get());
        form.day().textProperty().set("31/08/2025");
        assertFalse(form.validProperty().get());
        assertEquals("Ngày này sớm hơn ngày bắt đầu 01/09/2025.", form.day().messageProperty().get());
        form.day().textProperty().set("30/11/2026");
        form.reason().textProperty().set("Nghỉ hưu");
        form.save(() -> { });
        AssignmentRecord ended = services.assignments().record(a.id());
        assertEquals(LocalDate.of(2026, 11, 30), ended.range().to());
        assertEquals("Nghỉ hưu", ended.endReason());
    }

    @Test
    void aReplacementNeedsTheOtherCadreAndCancellingIsUndoneByRestoring() {
        AssignmentRecord a = assigned(cuc, places.villages.get(0));
        ChangeFormModel replace = new ChangeFormModel(checks, runner, edits, a, ChangeFormModel.Mode.REPLACE, DAY);
        replace.loadTargets(cadreChoices());
        assertFalse(replace.validProperty().get());
        replace.target().textProperty().set("hoang van");
        assertTrue(replace.validProperty().get());
        replace.save(() -> { });
        assertEquals(binh, services.assignments().historyOfUnit(places.villages.get(0)).get(1).cadreId());

        AssignmentRecord b = assigned(binh, places.villages.get(2));
        ChangeFormModel cancel = new ChangeFormModel(checks, runner, edits, b, ChangeFormModel.Mode.CANCEL, DAY);
        AssignmentEdit edit = edits.cancel(b.id(), b.cadreName(), DAY, "Nhầm thôn");
        edit.execute();
        assertTrue(services.assignments().record(b.id()).cancelled());
        edit.undo();
        assertFalse(services.assignments().record(b.id()).cancelled());
        assertTrue(cancel.validProperty().get());
    }

    @Test
    void thePanelListsCadresWithoutDiacriticsAndWarnsPerUnit() {
        assigned(cuc, places.communes.get(0));
        AssignmentsPanelModel panel = new AssignmentsPanelModel(services.cadres(), services.coverage(), NOW,
                new ErrorMessages(i18n), i18n, new SimpleObjectProperty<>(DAY));
        panel.reload();
        assertEquals(2, panel.shownCadres().size());
        panel.filterProperty().set("ly thi");
        assertEquals(List.of(cuc), panel.shownCadres().stream().map(c -> c.id()).toList());
        assertEquals("BTV · Đảng ủy xã Hồ Sơn", panel.describe(panel.shownCadres().get(0)));

        assertEquals(2 + 6, panel.warningsProperty().get().size());
        assertNull(panel.warningsProperty().get().get(places.communes.get(0)));
        assertEquals("Chưa có cán bộ phụ trách", panel.warningsProperty().get().get(places.villages.get(0)));
        assertEquals(1, panel.reportProperty().get().communesCovered());
    }

    @Test
    void theDecisionFormProposesTheNextNumberAndShowsADuplicateAsAnError() {
        List<Choice> committees = List.of(new Choice(places.district, "Huyện ủy Hữu Lũng"),
                new Choice(places.communes.get(0), "Đảng ủy xã Hồ Sơn"));
        DecisionFormModel first = new DecisionFormModel(checks, runner, edits, services.decisions(), NOW, DAY);
        first.loadIssuers(committees, places.district);
        assertEquals("1", first.number().value());
        assertEquals("1-QĐ/HU", first.symbolProperty().get());
        first.number().textProperty().set("106");
        assertEquals("106-QĐ/HU", first.symbolProperty().get());
        first.title().textProperty().set("Phân công cấp ủy viên phụ trách xã");
        first.save(() -> { });
        assertNull(first.errorProperty().get());

        DecisionFormModel next = new DecisionFormModel(checks, runner, edits, services.decisions(), NOW, DAY);
        next.loadIssuers(committees, places.district);
        assertEquals("107-QĐ/HU", next.symbolProperty().get());
        next.issuer().textProperty().set("dang uy xa ho son");
        assertEquals("1-QĐ/ĐU", next.symbolProperty().get());
        next.issuer().textProperty().set("huyen uy");
        next.number().textProperty().set("106");
        AtomicBoolean saved = new AtomicBoolean();
        next.save(() -> saved.set(true));
        assertFalse(saved.get());
        assertTrue(next.errorProperty().get().contains("106-QĐ/HU"), next.errorProperty().get());
        next.number().textProperty().set("abc");
        assertFalse(next.validProperty().get());
    }
}
