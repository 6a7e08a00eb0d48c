package org.diaban.ui.hierarchy;

import static org.diaban.ui.hierarchy.Fixtures.DISTRICT;
import static org.diaban.ui.hierarchy.Fixtures.HOA_SON;
import static org.diaban.ui.hierarchy.Fixtures.HO_SON;
import static org.diaban.ui.hierarchy.Fixtures.PROVINCE;
import static org.diaban.ui.hierarchy.Fixtures.TAN_THANH;
import static org.diaban.ui.hierarchy.Fixtures.VI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diaban.domain.hierarchy.ReorganisationKind;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.service.hierarchy.NewUnit;
import org.diaban.service.hierarchy.ReorganisationPlan;
import org.diaban.service.hierarchy.ReorganisationPlan.Created;
import org.diaban.ui.hierarchy.UnitFormModel.Field;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Building merge, split and other plans from the form, and the sentence that says them. */
class ReorganisationModelTest {

    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);

    private ReorganisationModel model;

    @BeforeEach
    void open() {
        model = new ReorganisationModel(VI, new UnitLabels(VI), Fixtures.REFERENCE, k -> false, HO_SON, JULY);
        model.snapshotsLoaded(JULY, Fixtures.snapshot(JULY.minusDays(1)), Fixtures.snapshot(JULY));
    }

    private void tick(UnitState unit) {
        UnitChoice choice = model.candidates().stream().filter(c -> c.unitId().equals(unit.unitId())).findFirst()
                .orElseThrow();
        model.chosenProperty(choice).set(true);
    }

    @Test
    void startsFromTheSelectedUnitAndOffersUnitsOfItsTierNeighboursFirst() {
        assertEquals(List.of(HO_SON.unitId()), model.predecessors().stream().map(UnitState::unitId).toList());
        assertEquals(List.of(HO_SON.unitId(), HOA_SON.unitId(), TAN_THANH.unitId()),
                model.candidates().stream().map(UnitChoice::unitId).sorted().toList());
        model.filterProperty().set("tan thanh");
        assertEquals(List.of(TAN_THANH.unitId()), model.candidates().stream().map(UnitChoice::unitId).toList());
    }

    @Test
    void threeCommunesMergeIntoANewCommune() {
        tick(HOA_SON);
        tick(TAN_THANH);
        model.legalBasisProperty().set("Nghị quyết 1672/NQ-UBTVQH15");
        assertFalse(model.validProperty().get());
        assertEquals(DISTRICT.unitId(), model.successorParentProperty().get().unitId());
        assertEquals("xa", model.successor().typeProperty().get().code());

        model.successor().text(Field.NAME).set("Hữu Lũng");

        assertTrue(model.validProperty().get(), model.problemProperty().get());
        assertEquals("Xã Hồ Sơn, xã Hòa Sơn và xã Tân Thành hợp nhất thành xã Hữu Lũng từ ngày 01/07/2025."
                + " Căn cứ: Nghị quyết 1672/NQ-UBTVQH15.", model.previewProperty().get());
        ReorganisationPlan plan = model.plan();
        assertEquals(ReorganisationKind.MERGE, plan.kind());
        assertEquals(JULY, plan.effectiveOn());
        assertEquals(List.of(HO_SON.unitId(), HOA_SON.unitId(), TAN_THANH.unitId()), plan.predecessors());
        NewUnit merged = plan.newSuccessors().get(0);
        assertEquals("huu-lung.huu-lung", merged.externalKey());
        assertEquals("Đảng ủy xã Hữu Lũng", merged.facts().committeeName());
        assertEquals(DISTRICT.unitId(), merged.facts().parentId());
        assertEquals(Optional.of("huu-lung.huu-lung"), model.resultKey());
    }

    @Test
    void aMergeNeedsTwoOldUnits() {
        model.successor().text(Field.NAME).set("Hữu Lũng");
        assertFalse(model.validProperty().get());
        assertEquals("Hợp nhất cần ít nhất hai đơn vị cũ (hoặc một đơn vị nhập vào đơn vị khác).",
                model.problemProperty().get());
    }

    @Test
    void aCommuneIsAbsorbedIntoAnExistingOne() {
        model.mergeTargetProperty().set(ReorganisationModel.Target.EXISTING);
        assertEquals("Chọn đơn vị nhận.", model.problemProperty().get());
        model.existingSuccessorProperty().set(model.existingChoices().stream()
                .filter(c -> c.unitId().equals(HOA_SON.unitId())).findFirst().orElseThrow());
        assertTrue(model.validProperty().get());
        assertEquals("Xã Hồ Sơn nhập vào xã Hòa Sơn từ ngày 01/07/2025.", model.previewProperty().get());
        ReorganisationPlan plan = model.plan();
        assertEquals(List.of(HOA_SON.unitId()), plan.existingSuccessors());
        assertTrue(plan.newSuccessors().isEmpty());
    }

    @Test
    void aSplitAllocatesEveryVillageToANewCommune() {
        model.kindProperty().set(ReorganisationKind.SPLIT);
        assertEquals(2, model.allocations().size());
        model.splitUnits().get(0).text(Field.NAME).set("Hồ Sơn Bắc");
        model.splitUnits().get(1).text(Field.NAME).set("Hồ Sơn Nam");
        assertEquals("Chưa chọn đơn vị mới cho Thôn Đồng Tiến.", model.problemProperty().get());
        model.allocations().get(0).targetProperty().set(model.splitUnits().get(0));
        model.allocations().get(1).targetProperty().set(model.splitUnits().get(1));

        assertTrue(model.validProperty().get(), model.problemProperty().get());
        assertEquals("Xã Hồ Sơn chia tách thành xã Hồ Sơn Bắc và xã Hồ Sơn Nam từ ngày 01/07/2025.",
                model.previewProperty().get());
        ReorganisationPlan plan = model.plan();
        assertEquals(List.of("huu-lung.ho-son-bac", "huu-lung.ho-son-nam"),
                plan.newSuccessors().stream().map(NewUnit::externalKey).toList());
        assertEquals(Map.of(model.allocations().get(0).child().unitId(), new Created(0),
                model.allocations().get(1).child().unitId(), new Created(1)), plan.childTargets());
    }

    @Test
    void aSplitTakesExactlyOneUnitAndTwoDistinctNewOnes() {
        model.kindProperty().set(ReorganisationKind.SPLIT);
        tick(HOA_SON);
        assertEquals("Chia tách áp dụng cho đúng một đơn vị cũ.", model.problemProperty().get());
        model.chosenProperty(model.candidates().stream().filter(c -> c.unitId().equals(HOA_SON.unitId()))
                .findFirst().orElseThrow()).set(false);
        model.splitUnits().get(0).text(Field.NAME).set("Hồ Sơn Bắc");
        model.splitUnits().get(1).text(Field.NAME).set("Hồ Sơn Bắc");
        assertEquals("huu-lung.ho-son-bac-2", model.splitUnits().get(1).text(Field.KEY).get());
        model.splitUnits().get(1).text(Field.KEY).set("huu-lung.ho-son-bac");
        assertEquals("Mã này đã được dùng cho đơn vị khác.", model.splitUnits().get(1).error(Field.KEY).get());
        assertEquals("Hãy hoàn tất thông tin đơn vị mới (xem các ô báo lỗi).", model.problemProperty().get());
        model.addSplitUnit();
        assertEquals(3, model.splitUnits().size());
    }

    @Test
    void aRenameStartsFromTheOldNamesAndNeedsAChange() {
        model.kindProperty().set(ReorganisationKind.RENAME);
        assertEquals("Hồ Sơn", model.renamed().text(Field.NAME).get());
        assertEquals("Chưa có thông tin nào thay đổi.", model.problemProperty().get());
        model.renamed().text(Field.NAME).set("Hồ Sơn Mới");
        assertTrue(model.validProperty().get());
        assertEquals("Xã Hồ Sơn đổi tên thành xã Hồ Sơn Mới từ ngày 01/07/2025.", model.previewProperty().get());
        assertEquals("Xã Hồ Sơn Mới", model.plan().change().fullName());
        assertEquals(DISTRICT.unitId(), model.plan().change().parentId());
    }

    @Test
    void aChangeOfParentOffersHigherUnitsButNotTheCurrentParent() {
        model.kindProperty().set(ReorganisationKind.CHANGE_PARENT);
        assertEquals(List.of(PROVINCE.unitId()), model.newParentChoices().stream().map(UnitChoice::unitId).toList());
        model.newParentProperty().set(model.newParentChoices().get(0));
        assertTrue(model.validProperty().get());
        assertEquals("Xã Hồ Sơn chuyển sang trực thuộc tỉnh Lạng Sơn từ ngày 01/07/2025.",
                model.previewProperty().get());
        assertEquals(PROVINCE.unitId(), model.plan().change().parentId());
    }

    @Test
    void aCommuneWithVillagesIsDissolvedOnlyWithAReceiver() {
        model.kindProperty().set(ReorganisationKind.DISSOLVE);
        assertEquals("Xã Hồ Sơn còn 2 đơn vị trực thuộc: hãy chọn đơn vị tiếp nhận.", model.problemProperty().get());
        assertFalse(model.existingChoices().stream().anyMatch(c -> c.unitId().equals(HO_SON.unitId())));
        model.existingSuccessorProperty().set(model.existingChoices().get(0));
        assertTrue(model.validProperty().get());
        assertTrue(model.previewProperty().get().startsWith("Giải thể xã Hồ Sơn từ ngày 01/07/2025; "));
    }

    @Test
    void anEstablishmentNeedsNoOldUnits() {
        model.kindProperty().set(ReorganisationKind.ESTABLISH);
        model.successor().text(Field.NAME).set("Minh Tiến");
        assertTrue(model.validProperty().get(), model.problemProperty().get());
        assertEquals("Thành lập xã Minh Tiến trực thuộc huyện Hữu Lũng từ ngày 01/07/2025.",
                model.previewProperty().get());
        assertTrue(model.plan().predecessors().isEmpty());
    }

    @Test
    void aBadDateBlocksEverythingAndANewDayReloadsTheChoices() {
        model.date().textProperty().set("32/07/2025");
        assertFalse(model.validProperty().get());
        assertNull(model.snapshotDayProperty().get());
        assertTrue(model.candidates().isEmpty());
        model.date().textProperty().set("01/01/2026");
        assertEquals(LocalDate.of(2026, 1, 1), model.snapshotDayProperty().get());
        model.snapshotsLoaded(LocalDate.of(2026, 1, 1), Fixtures.snapshot(LocalDate.of(2025, 12, 31)),
                Fixtures.snapshot(LocalDate.of(2026, 1, 1)));
        assertEquals(1, model.predecessors().size());
        assertEquals(3, model.candidates().size());
    }

    @Test
    void redoMapsEveryIdOfAPlanThroughTheKeys() {
        tick(HOA_SON);
        model.successor().text(Field.NAME).set("Hữu Lũng");
        ReorganisationPlan moved = ReorganisationEdit.remap(model.plan(), id -> id + 1000);
        assertEquals(List.of(1003L, 1004L), moved.predecessors());
        assertEquals(1002L, moved.newSuccessors().get(0).facts().parentId());
    }
}
