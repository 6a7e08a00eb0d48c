package org.diaban.ui.cadres;

import org.diaban.ui.common.form.Checks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.ui.common.TaskRunner;
import org.diaban.ui.common.UndoManager;
import org.junit.jupiter.api.Test;

class RetireViewModelTest {

    @Test
    void theDayDefaultsToTodayAndIsRequired() {
        I18n i18n = new I18n(I18n.VIETNAMESE);
        try (TaskRunner tasks = new TaskRunner()) {
            EditRunner runner = new EditRunner(new SyncBackground(), new UndoManager(tasks), new ErrorMessages(i18n),
                    id -> { });
            RetireViewModel m = new RetireViewModel(new Checks(i18n), runner, new CadreEdits(null, i18n), 1L,
                    "Lương Thị Mai", LocalDate.of(2026, 11, 28));
            assertEquals("28/11/2026", m.day().textProperty().get());
            assertTrue(m.validProperty().get());
            m.day().textProperty().set("");
            assertEquals("Cần có ngày thôi công tác.", m.day().messageProperty().get());
            m.day().textProperty().set("30/2/2026");
            assertFalse(m.validProperty().get());
            assertNull(m.chosenDay());
            m.day().textProperty().set("1/3/2026");
            assertEquals(LocalDate.of(2026, 3, 1), m.chosenDay());
            m.reason().textProperty().set("x".repeat(501));
            assertEquals("Lý do thôi công tác dài quá 500 ký tự.", m.reason().messageProperty().get());
            assertFalse(m.validProperty().get());
        }
    }
}
