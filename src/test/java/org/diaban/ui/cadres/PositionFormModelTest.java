package org.diaban.ui.cadres;

import org.diaban.ui.common.form.Checks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.people.PositionKind;
import org.diaban.domain.people.PositionSpec;
import org.diaban.i18n.I18n;
import org.diaban.service.cadres.PositionView;
import org.junit.jupiter.api.Test;

class PositionFormModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private final FakeLookups lookups = new FakeLookups();
    private final PositionFormModel form = new PositionFormModel(new Checks(new I18n(I18n.VIETNAMESE)), lookups,
            new SyncBackground(), TODAY);

    @Test
    void datesAreCheckedAsTyped() {
        form.start();
        form.from().textProperty().set("31/02/2024");
        assertEquals("\"31/02/2024\" không phải là ngày hợp lệ (dd/mm/yyyy).", form.from().messageProperty().get());
        form.from().textProperty().set("1/3/2024");
        assertNull(form.from().messageProperty().get());
        form.to().textProperty().set("29/02/2024");
        assertEquals("Ngày kết thúc 29/02/2024 sớm hơn ngày bắt đầu 01/03/2024.", form.to().messageProperty().get());
        form.from().textProperty().set("1/2/2024");
        assertNull(form.to().messageProperty().get(), "the end is checked again when the start changes");
    }

    @Test
    void committeesAndTermFollowTheStartDate() {
        form.start();
        assertEquals(TODAY, lookups.committeeDays.get(lookups.committeeDays.size() - 1));
        assertEquals(FakeLookups.TERM_2025.id(), form.termProperty().get().id());
        form.from().textProperty().set("15/10/2020");
        assertEquals(LocalDate.of(2020, 10, 15), lookups.committeeDays.get(lookups.committeeDays.size() - 1));
        assertEquals(FakeLookups.TERM_2020.id(), form.termProperty().get().id());
        form.committee().textProperty().set("huyen uy");
        assertEquals(2L, form.committee().selectedProperty().get().id());

        // a term the user picked stays
        form.termProperty().set(form.terms().get(0));
        form.from().textProperty().set("1/8/2025");
        assertEquals("2015-2020", form.termProperty().get().code());
        // the district committee no longer exists then
        assertNull(form.committee().selectedProperty().get());
        assertEquals("Không có mục nào khớp với \"huyen uy\".", form.committeeMessageProperty().get());
    }

    @Test
    void kindAndCommitteeAreRequired() {
        form.start();
        assertFalse(form.validProperty().get());
        assertNull(form.kindMessageProperty().get());
        form.kindProperty().set(PositionKind.DEPUTY_SECRETARY);
        form.kindProperty().set(null);
        assertEquals("Hãy chọn chức vụ.", form.kindMessageProperty().get());
        form.kindProperty().set(PositionKind.DEPUTY_SECRETARY);
        form.committee().textProperty().set("ho son");
        form.title().textProperty().set("  Phó Bí thư Thường trực Đảng ủy xã ");
        assertTrue(form.validProperty().get());
        PositionSpec spec = form.spec();
        assertEquals(10L, spec.committeeUnitId());
        assertEquals("Phó Bí thư Thường trực Đảng ủy xã", spec.title());
        assertEquals(DateRange.ALWAYS, spec.range());
        form.title().textProperty().set("x".repeat(301));
        assertEquals("Chức danh dài quá 300 ký tự.", form.title().messageProperty().get());
        assertFalse(form.validProperty().get());
    }

    @Test
    void anExistingPositionLoadsWithoutMessages() {
        PositionView p = new PositionView(7L, PositionKind.EXECUTIVE_MEMBER, 2L, "Huyện ủy Hữu Lũng", 2L, "2020-2025",
                "Ủy viên BCH Huyện ủy", DateRange.of(LocalDate.of(2020, 10, 15), LocalDate.of(2025, 6, 30)));
        form.load(p);
        form.start();
        assertTrue(form.validProperty().get());
        assertEquals("15/10/2020", form.from().textProperty().get());
        assertEquals("2020-2025", form.termProperty().get().code());
        assertEquals(new PositionSpec(PositionKind.EXECUTIVE_MEMBER, 2L, 2L, "Ủy viên BCH Huyện ủy", p.range()),
                form.spec());
    }
}
