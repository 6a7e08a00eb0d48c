package org.diaban.ui.cadres;

import org.diaban.ui.common.form.ChoiceModel;
import org.diaban.ui.common.form.Choice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceModelTest {

    private static final List<Choice> UNITS = new FakeLookups().units(null);

    @Test
    void typingWithoutDiacriticsPicksTheOnlyMatch() {
        ChoiceModel m = new ChoiceModel();
        m.setChoices(UNITS);
        m.textProperty().set("dong tien");
        assertEquals(2, m.matches().size());
        assertNull(m.selectedProperty().get());
        m.textProperty().set("dong tien ho son");
        assertEquals(20L, m.selectedProperty().get().id());
        m.complete();
        assertEquals("Thôn Đồng Tiến – Xã Hồ Sơn", m.textProperty().get());
    }

    @Test
    void theFullNamePicksEvenWhenItIsPartOfAnother() {
        List<Choice> committees = List.of(new Choice(1L, "Đảng ủy xã Hồ Sơn"), new Choice(2L, "Đảng ủy xã Hồ Sơn Mới"));
        ChoiceModel m = new ChoiceModel();
        m.setChoices(committees);
        m.textProperty().set("dang uy xa ho son");
        assertEquals(1L, m.selectedProperty().get().id());
    }

    @Test
    void aSelectionMadeBeforeTheListArrivesIsKeptAndRelabelled() {
        ChoiceModel m = new ChoiceModel();
        m.textProperty().set("Xã Hồ Sơn");
        m.select(10L);
        assertNull(m.selectedProperty().get());
        m.setChoices(UNITS);
        assertEquals(10L, m.selectedProperty().get().id());
        assertEquals("Xã Hồ Sơn – Huyện Hữu Lũng", m.textProperty().get());
    }

    @Test
    void aPickSurvivesANewListButNotItsDisappearance() {
        ChoiceModel m = new ChoiceModel();
        m.setChoices(UNITS);
        m.pick(UNITS.get(1));
        m.setChoices(UNITS);
        assertEquals(11L, m.selectedProperty().get().id());
        m.setChoices(UNITS.subList(0, 1));
        assertNull(m.selectedProperty().get());
        assertEquals(0, m.matches().size());
    }
}
