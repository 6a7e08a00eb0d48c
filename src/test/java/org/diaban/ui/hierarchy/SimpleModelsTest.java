package org.diaban.ui.hierarchy;

import static org.diaban.ui.hierarchy.Fixtures.HO_SON;
import static org.diaban.ui.hierarchy.Fixtures.VI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.ui.hierarchy.UnitFormModel.Field;
import org.junit.jupiter.api.Test;

/** The add, edit, move and dissolve forms: dates, choices and what they say. */
class SimpleModelsTest {

    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);
    private final UnitLabels labels = new UnitLabels(VI);

    private static UnitState village(int i) {
        return Fixtures.sample().get(5 + i);
    }

    @Test
    void addStartsOnTheViewDateAndNeedsTheParentToExistThen() {
        AddUnitModel add = new AddUnitModel(VI, Fixtures.newForm(k -> false), HO_SON,
                Fixtures.snapshot(JULY).children(HO_SON.unitId()), JULY);
        add.form().text(Field.NAME).set("Khuôn Bò");
        assertEquals("01/07/2025", add.validFrom().textProperty().get());
        assertTrue(add.validProperty().get());
        assertEquals(JULY, add.newUnit().validFrom());
        assertEquals("huu-lung.ho-son.khuon-bo", add.newUnit().externalKey());

        add.validFrom().textProperty().set("31/02/2025");
        assertFalse(add.validProperty().get());
        assertEquals("Ngày phải viết dạng ngày/tháng/năm, ví dụ 01/07/2025.", add.dateErrorProperty().get());
        add.validFrom().textProperty().set("1/5/2018");
        assertEquals("Xã Hồ Sơn không tồn tại vào ngày 01/05/2018.", add.dateErrorProperty().get());
        add.validFrom().textProperty().set("");
        assertFalse(add.validProperty().get());
    }

    @Test
    void editCannotBeSavedBeforeTheKindOfEditIsChosen() {
        EditUnitModel edit = edit(HO_SON, HO_SON);
        edit.form().text(Field.NAME).set("Hồ Sơn Mới");
        assertFalse(edit.validProperty().get());
        assertEquals("Hãy chọn một trong hai cách sửa ở trên.", edit.problemProperty().get());
    }

    @Test
    void aCorrectionRewritesTheShownPeriodInPlace() {
        EditUnitModel edit = edit(HO_SON, HO_SON);
        edit.modeProperty().set(EditUnitModel.Mode.CORRECT);
        assertEquals("Chưa có thông tin nào thay đổi.", edit.problemProperty().get());
        edit.form().text(Field.OFFICIAL_CODE).set("06112");
        assertTrue(edit.validProperty().get());
        assertEquals("Giai đoạn từ 01/01/2019 sẽ được sửa trực tiếp.", edit.explanationProperty().get());
        assertEquals(HO_SON.versionId(), edit.correctedVersionId());
        assertEquals("06112", edit.facts().officialCode());
    }

    @Test
    void aChangeFromADaySaysWhichNameHoldsWhen() {
        EditUnitModel edit = edit(HO_SON, HO_SON);
        edit.modeProperty().set(EditUnitModel.Mode.CHANGE_FROM);
        edit.form().text(Field.NAME).set("Hồ Sơn Mới");
        assertTrue(edit.validProperty().get());
        assertEquals("Đến hết ngày 30/06/2025: Xã Hồ Sơn. Từ ngày 01/07/2025: Xã Hồ Sơn Mới.",
                edit.explanationProperty().get());
        assertEquals(JULY, edit.changeDay());

        edit.changeDate().textProperty().set("01/01/2019");
        assertFalse(edit.validProperty().get());
        assertEquals("Phải sau ngày bắt đầu của giai đoạn hiện tại (01/01/2019).", edit.dateErrorProperty().get());
    }

    @Test
    void aChangeFromADayStartsFromTheLatestPeriodWhenAnOlderOneIsShown() {
        UnitState old = new UnitState(3L, HO_SON.externalKey(), 300L, 2L, "xa", "Xã", "Commune", 30, "xa", 3, true,
                "Hồ Sơn", "Xã Hồ Sơn", null, null, null, null, DateRange.of(Fixtures.SINCE, LocalDate.of(2024, 12, 31)),
                DateRange.startingOn(Fixtures.SINCE));
        UnitState latest = new UnitState(3L, HO_SON.externalKey(), 301L, 2L, "xa", "Xã", "Commune", 30, "xa", 3, true,
                "Hồ Sơn 2", "Xã Hồ Sơn 2", null, null, null, null, DateRange.startingOn(LocalDate.of(2025, 1, 1)),
                DateRange.startingOn(Fixtures.SINCE));
        EditUnitModel edit = edit(old, latest);
        assertTrue(edit.showsOlderVersion());
        assertEquals("Hồ Sơn", edit.form().text(Field.NAME).get());
        edit.modeProperty().set(EditUnitModel.Mode.CHANGE_FROM);
        assertEquals("Hồ Sơn 2", edit.form().text(Field.NAME).get());
    }

    private EditUnitModel edit(UnitState shown, UnitState latest) {
        UnitFormModel form = new UnitFormModel(Fixtures.REFERENCE, VI, k -> false, false);
        return new EditUnitModel(VI, form, new EditUnitModel.Version(shown, Fixtures.DISTRICT),
                new EditUnitModel.Version(latest, Fixtures.DISTRICT),
                Fixtures.snapshot(JULY).children(HO_SON.unitId()), JULY);
    }

    @Test
    void aMoveOffersHigherUnitsOfThatDayAndFiltersWithoutDiacritics() {
        UnitState village = village(0);
        MoveUnitModel move = new MoveUnitModel(VI, labels, village, village, JULY);
        assertFalse(move.validProperty().get());
        move.snapshotsLoaded(JULY, Fixtures.snapshot(JULY.minusDays(1)), Fixtures.snapshot(JULY));
        List<String> offered = move.candidates().stream().map(c -> c.unit().externalKey()).toList();
        assertEquals(4, offered.size());
        assertFalse(offered.contains(HO_SON.externalKey()));
        assertEquals("Xã Hồ Sơn", move.currentParentProperty().get());
        assertEquals("Chọn đơn vị cấp trên mới trong danh sách.", move.problemProperty().get());

        move.filterProperty().set("hoa son");
        assertEquals(1, move.candidates().size());
        assertEquals("Xã Hòa Sơn — Huyện Hữu Lũng, Tỉnh Lạng Sơn", move.candidates().get(0).label());
        assertTrue(move.validProperty().get());
        assertEquals(Fixtures.HOA_SON.unitId(), move.newParent().unitId());

        move.date().textProperty().set("01/01/2019");
        assertFalse(move.validProperty().get());
        assertNotNull(move.dateErrorProperty().get());
    }

    @Test
    void dissolvingSaysWhichMembersAreStillThere() {
        RetireUnitModel retire = new RetireUnitModel(VI, HO_SON, HO_SON, JULY);
        assertEquals(JULY, retire.snapshotDayProperty().get());
        retire.snapshotsLoaded(JULY, Fixtures.snapshot(JULY.minusDays(1)), Fixtures.snapshot(JULY));
        assertFalse(retire.validProperty().get());
        assertTrue(retire.problemProperty().get().startsWith(
                "Còn 2 đơn vị trực thuộc Xã Hồ Sơn sau ngày 30/06/2025: Thôn Đồng Tiến, Thôn Làng Đông."),
                retire.problemProperty().get());
    }

    @Test
    void aVillageWithoutMembersCanBeDissolved() {
        RetireUnitModel retire = new RetireUnitModel(VI, village(0), village(0), JULY);
        retire.snapshotsLoaded(JULY, Fixtures.snapshot(JULY.minusDays(1)), Fixtures.snapshot(JULY));
        assertTrue(retire.validProperty().get());
        assertNull(retire.problemProperty().get());
        assertEquals(LocalDate.of(2025, 6, 30), retire.lastDay());
        assertTrue(retire.summaryProperty().get().contains("không còn trong cây từ ngày 01/07/2025"));
        retire.lastDayInput().textProperty().set("31/12/2018");
        assertFalse(retire.validProperty().get());
    }
}
