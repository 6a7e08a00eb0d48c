package org.diaban.ui.cadres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.PositionKind;
import org.diaban.domain.people.PositionSpec;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.cadres.CadreService;
import org.diaban.service.cadres.CadreSummary;
import org.diaban.service.cadres.PositionView;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.diaban.ui.common.TaskRunner;
import org.diaban.ui.common.UndoManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every registry edit undoes and redoes through the services, also when a redo gives new ids. */
class CadreEditsTest {

    @TempDir
    Path dir;

    private final I18n i18n = new I18n(I18n.VIETNAMESE);
    private Services services;
    private CadreService cadres;
    private SampleHierarchy places;
    private CadreEdits edits;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        places = SampleHierarchy.create(services);
        cadres = services.cadres();
        edits = new CadreEdits(cadres, i18n);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theRunnerRecordsWhatSucceededAndShowsTheCadre() {
        List<Long> revealed = new ArrayList<>();
        try (TaskRunner tasks = new TaskRunner()) {
            UndoManager undo = new UndoManager(tasks);
            EditRunner runner = new EditRunner(new SyncBackground(), undo, new ErrorMessages(i18n), revealed::add);
            List<String> errors = new ArrayList<>();
            runner.run(edits.add(CadreProfile.named("Nguyễn Văn An"), null), () -> { }, errors::add);
            assertTrue(undo.canUndoProperty().get());
            assertEquals("thêm cán bộ Nguyễn Văn An", undo.undoTextProperty().get());
            assertEquals(List.of(only().id()), revealed);

            runner.run(edits.retire(999_999L, "Không Có", LocalDate.of(2026, 1, 1), null), () -> { }, errors::add);
            assertEquals(List.of("Không tìm thấy cán bộ số 999.999."), errors);
            assertEquals("thêm cán bộ Nguyễn Văn An", undo.undoTextProperty().get());
        }
    }

    @Test
    void addingUndoesAndRedoesAndLaterEditsFollowTheNewId() {
        CadreEdit add = edits.add(CadreProfile.named("Nguyễn Văn An"), null);
        add.execute();
        Long first = add.affected();
        CadreEdit position = edits.addPosition(first, "Nguyễn Văn An", spec(PositionKind.SECRETARY, "Bí thư"));
        position.execute();
        CadreEdit rename = edits.update(first, CadreProfile.named("Nguyễn Văn Ân"));
        rename.execute();

        rename.undo();
        position.undo();
        add.undo();
        assertNull(add.affected());
        assertTrue(cadres.registry(TestServices.TODAY).isEmpty());

        add.redo();
        assertNotEquals(first, add.affected());
        position.redo();
        rename.redo();
        CadreSummary row = only();
        assertEquals("Nguyễn Văn Ân", row.fullName());
        assertEquals("Bí thư", row.titles());
        assertEquals(row.id(), rename.affected());

        // and back again, through the second generation of ids
        rename.undo();
        position.undo();
        assertEquals("Nguyễn Văn An", only().fullName());
        assertTrue(cadres.detail(row.id()).positions().isEmpty());
    }

    @Test
    void retirementUndoesAndRedoes() {
        Long id = cadres.create(CadreProfile.named("Lương Thị Mai"), spec(PositionKind.STANDING_MEMBER, null));
        CadreEdit retire = edits.retire(id, "Lương Thị Mai", LocalDate.of(2026, 3, 1), "Nghỉ hưu");
        retire.execute();
        assertNull(retire.affected(), "a retired cadre leaves the list: nothing to select");
        assertTrue(only().retired());
        retire.undo();
        assertEquals(id, retire.affected());
        assertTrue(!only().retired() && cadres.detail(id).positions().get(0).range().isOpenEnded());
        retire.redo();
        assertEquals(LocalDate.of(2026, 2, 28), cadres.detail(id).positions().get(0).range().to());
        assertEquals("cho Lương Thị Mai thôi công tác", retire.description());
    }

    @Test
    void positionChangesAndRemovalsUndoAndRedo() {
        Long id = cadres.create(CadreProfile.named("Hoàng Văn Bình"), spec(PositionKind.EXECUTIVE_MEMBER, "Ủy viên"));
        Long positionId = cadres.detail(id).positions().get(0).id();
        CadreEdit change = edits.changePosition(id, "Hoàng Văn Bình", positionId,
                spec(PositionKind.DEPUTY_SECRETARY, "Phó Bí thư"));
        change.execute();
        assertEquals(PositionKind.DEPUTY_SECRETARY, onlyPosition(id).kind());
        CadreEdit remove = edits.removePosition(id, "Hoàng Văn Bình", positionId);
        remove.execute();
        assertTrue(cadres.detail(id).positions().isEmpty());

        remove.undo();
        assertEquals("Phó Bí thư", onlyPosition(id).title());
        change.undo();
        assertEquals("Ủy viên", onlyPosition(id).title());
        change.redo();
        remove.redo();
        assertTrue(cadres.detail(id).positions().isEmpty());
    }

    private PositionSpec spec(PositionKind kind, String title) {
        return new PositionSpec(kind, places.district, 3L, title, DateRange.startingOn(LocalDate.of(2025, 8, 1)));
    }

    private CadreSummary only() {
        List<CadreSummary> rows = cadres.registry(TestServices.TODAY);
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    private PositionView onlyPosition(Long cadreId) {
        List<PositionView> positions = cadres.detail(cadreId).positions();
        assertEquals(1, positions.size());
        return positions.get(0);
    }
}
