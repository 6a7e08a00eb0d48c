package org.diaban.ui.cadres;

import org.diaban.ui.common.form.Checks;
import org.diaban.ui.common.form.Background;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.Gender;
import org.diaban.domain.people.PositionKind;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.service.cadres.CadreDetail;
import org.diaban.ui.common.TaskRunner;
import org.diaban.ui.common.UndoManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The cadre form's checks, field by field, and what the user sees when saving fails. No toolkit, no database. */
class CadreEditorViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private final I18n i18n = new I18n(I18n.VIETNAMESE);
    private final Checks checks = new Checks(i18n);
    private final TaskRunner tasks = new TaskRunner();
    private final UndoManager undo = new UndoManager(tasks);

    @AfterEach
    void close() {
        tasks.close();
    }

    private CadreEditorViewModel form(Background saving, CadreDetail existing) {
        EditRunner runner = new EditRunner(saving, undo, new ErrorMessages(i18n), id -> { });
        CadreEditorViewModel m = new CadreEditorViewModel(checks, runner, new CadreEdits(null, i18n),
                new FakeLookups(), new SyncBackground(), TODAY, existing);
        m.start();
        return m;
    }

    @Test
    void aFreshFormIsNotValidButDoesNotScold() {
        CadreEditorViewModel m = form(new SyncBackground(), null);
        assertFalse(m.validProperty().get());
        assertNull(m.name().messageProperty().get());
        m.name().textProperty().set("Nguyễn Văn An");
        assertTrue(m.validProperty().get());
        m.name().textProperty().set("  ");
        assertEquals("Cần nhập họ và tên.", m.name().messageProperty().get());
        assertFalse(m.validProperty().get());
    }

    @Test
    void eachFieldShowsItsOwnMessageWhileTyping() {
        CadreEditorViewModel m = form(new SyncBackground(), null);
        m.name().textProperty().set("Nguyễn Văn 2");
        assertEquals("Họ và tên không được có chữ số: \"Nguyễn Văn 2\".", m.name().messageProperty().get());
        m.name().textProperty().set("Nguyễn Văn An");

        int latest = Year.now().getValue() - 16;
        m.birthYear().textProperty().set("19x5");
        assertEquals("Năm sinh phải là một số, ví dụ 1975 (đang nhập \"19x5\").",
                m.birthYear().messageProperty().get());
        m.birthYear().textProperty().set("1800");
        assertEquals("Năm sinh phải từ 1920 đến " + latest + ".", m.birthYear().messageProperty().get());
        assertFalse(m.validProperty().get());
        m.birthYear().textProperty().set("1975");
        assertNull(m.birthYear().messageProperty().get());

        m.phone().textProperty().set("gọi tôi");
        assertEquals("Số điện thoại \"gọi tôi\" không hợp lệ.", m.phone().messageProperty().get());
        m.phone().textProperty().set("0912 345 678");
        m.note().textProperty().set("x".repeat(2001));
        assertEquals("Ghi chú dài quá 2.000 ký tự.", m.note().messageProperty().get());
        m.note().textProperty().set("");

        m.homeUnit().textProperty().set("khong co");
        assertEquals("Không có mục nào khớp với \"khong co\".", m.homeUnitMessageProperty().get());
        m.homeUnit().textProperty().set("dong tien");
        assertEquals("Có 2 mục khớp; hãy chọn một mục trong danh sách (phím mũi tên xuống).",
                m.homeUnitMessageProperty().get());
        assertFalse(m.validProperty().get());
        m.homeUnit().textProperty().set("dong tien hoa son");
        assertNull(m.homeUnitMessageProperty().get());
        assertTrue(m.validProperty().get());

        CadreProfile p = m.profile();
        assertEquals(1975, p.birthYear());
        assertEquals(21L, p.homeUnitId());
        assertEquals("0912 345 678", p.phone());
    }

    @Test
    void theFirstPositionCountsOnlyWhenAsked() {
        CadreEditorViewModel m = form(new SyncBackground(), null);
        m.name().textProperty().set("Nguyễn Văn An");
        m.withPositionProperty().set(true);
        assertFalse(m.validProperty().get());
        PositionFormModel p = m.position();
        p.kindProperty().set(PositionKind.SECRETARY);
        p.committee().textProperty().set("huyen uy");
        assertFalse(m.validProperty().get(), "the district committee does not exist today");
        p.from().textProperty().set("15/10/2020");
        assertTrue(m.validProperty().get());
        assertEquals("Huyện ủy Hữu Lũng", p.committee().selectedProperty().get().label());
        m.withPositionProperty().set(false);
        p.from().textProperty().set("31/02/2020");
        assertTrue(m.validProperty().get());
    }

    @Test
    void aFailedSaveShowsTheServiceMessageAndKeepsTheForm() {
        Background failing = new Background() {
            @Override
            public <T> void run(TaskRunner.Work<T> work, Consumer<T> ok, Consumer<Throwable> error) {
                error.accept(new DomainException("cadre.error.inUse", "Nguyễn Văn An"));
            }
        };
        CadreEditorViewModel m = form(failing, null);
        m.name().textProperty().set("Nguyễn Văn An");
        AtomicBoolean closed = new AtomicBoolean();
        m.save(() -> closed.set(true));
        assertFalse(closed.get());
        assertFalse(m.busyProperty().get());
        assertEquals("Cán bộ Nguyễn Văn An đã có phân công hoặc hoạt động nên không thể xóa; hãy dùng \"Thôi công tác\".",
                m.errorProperty().get());
        assertFalse(undo.canUndoProperty().get());
    }

    @Test
    void anUnexpectedFailureIsStillASentence() {
        Background failing = new Background() {
            @Override
            public <T> void run(TaskRunner.Work<T> work, Consumer<T> ok, Consumer<Throwable> error) {
                error.accept(new IllegalStateException("disk full"));
            }
        };
        CadreEditorViewModel m = form(failing, null);
        m.name().textProperty().set("Nguyễn Văn An");
        m.save(() -> { });
        assertEquals("Đã xảy ra lỗi không lường trước: disk full", m.errorProperty().get());
    }

    @Test
    void editingLoadsTheProfileAndSavingNothingChangedJustCloses() {
        CadreProfile profile = new CadreProfile("Lương Thị Mai", Gender.FEMALE, 1980, "Tày", 10L, null, null, null);
        CadreDetail detail = new CadreDetail(5L, profile, "Xã Hồ Sơn", null, null, java.util.List.of());
        Background mustNotRun = new Background() {
            @Override
            public <T> void run(TaskRunner.Work<T> work, Consumer<T> ok, Consumer<Throwable> error) {
                throw new AssertionError("nothing to save");
            }
        };
        CadreEditorViewModel m = new CadreEditorViewModel(checks, new EditRunner(mustNotRun, undo,
                new ErrorMessages(i18n), id -> { }), new CadreEdits(null, i18n), new FakeLookups(),
                new SyncBackground(), TODAY, detail);
        m.start();
        assertNull(m.position());
        assertEquals("1980", m.birthYear().textProperty().get());
        assertEquals("Xã Hồ Sơn – Huyện Hữu Lũng", m.homeUnit().textProperty().get());
        assertTrue(m.validProperty().get());
        assertEquals(profile, m.profile());
        AtomicBoolean closed = new AtomicBoolean();
        m.save(() -> closed.set(true));
        assertTrue(closed.get());
    }
}
