package org.diaban.ui.hierarchy;

import static org.diaban.ui.hierarchy.Fixtures.DISTRICT;
import static org.diaban.ui.hierarchy.Fixtures.HO_SON;
import static org.diaban.ui.hierarchy.Fixtures.PROVINCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.diaban.domain.hierarchy.UnitType;
import org.diaban.ui.hierarchy.UnitFormModel.Field;
import org.junit.jupiter.api.Test;

/** Allowed types per parent tier, suggestions that follow until typed over, and validation. */
class UnitFormModelTest {

    private static List<String> codes(List<UnitType> types) {
        return types.stream().map(UnitType::code).toList();
    }

    @Test
    void underACommuneOnlyVillageTierTypesAreOfferedAndThonComesFirst() {
        UnitFormModel form = Fixtures.newForm(k -> false);
        form.parentProperty().set(HO_SON);
        assertEquals(List.of("thon", "ban", "to_dan_pho", "khoi", "khu", "khoi_pho", "chi_bo"),
                codes(form.allowedTypes()));
        assertEquals("thon", form.typeProperty().get().code());
    }

    @Test
    void underADistrictTheCommunesTierComesFirstAndNothingOfTheDistrictTier() {
        UnitFormModel form = Fixtures.newForm(k -> false);
        form.parentProperty().set(DISTRICT);
        List<String> allowed = codes(form.allowedTypes());
        assertEquals(List.of("xa", "phuong", "thi_tran"), allowed.subList(0, 3));
        assertFalse(allowed.contains("huyen"));
        assertFalse(allowed.contains("tinh"));
        assertEquals("xa", form.typeProperty().get().code());
    }

    @Test
    void underAProvinceThePresentMembersTypeIsPreferred() {
        UnitFormModel form = Fixtures.newForm(k -> false);
        form.parentProperty().set(PROVINCE);
        assertEquals("huyen", form.typeProperty().get().code());
        // after 1/7/2025 the province's members are communes
        form.preferTypeOf(List.of(HO_SON, Fixtures.HOA_SON, DISTRICT));
        assertEquals("xa", form.typeProperty().get().code());
    }

    @Test
    void aVillageGetsItsFullNameKeyAndChiBoSuggested() {
        UnitFormModel form = Fixtures.newForm(k -> false);
        form.parentProperty().set(HO_SON);
        form.text(Field.NAME).set("Khuôn Bò");
        assertEquals("Thôn Khuôn Bò", form.text(Field.FULL_NAME).get());
        assertEquals("huu-lung.ho-son.khuon-bo", form.text(Field.KEY).get());
        assertEquals("Chi bộ thôn Khuôn Bò", form.text(Field.PARTY_ORG).get());
        assertEquals("", form.text(Field.COMMITTEE).get());
        assertTrue(form.isValid());
        assertEquals(HO_SON.unitId(), form.facts().parentId());
        assertNull(form.facts().committeeName());
    }

    @Test
    void aCommuneGetsDangBoDangUyAndTheCodeDU() {
        UnitFormModel form = Fixtures.newForm(k -> false);
        form.parentProperty().set(DISTRICT);
        form.text(Field.NAME).set("Minh Sơn");
        assertEquals("Xã Minh Sơn", form.text(Field.FULL_NAME).get());
        assertEquals("Đảng bộ xã Minh Sơn", form.text(Field.PARTY_ORG).get());
        assertEquals("Đảng ủy xã Minh Sơn", form.text(Field.COMMITTEE).get());
        assertEquals("ĐU", form.text(Field.COMMITTEE_CODE).get());
        assertEquals("huu-lung.minh-son", form.text(Field.KEY).get());
    }

    @Test
    void districtLevelCommitteesAreNamedAfterTheirType() {
        UnitFormModel form = Fixtures.newForm(k -> false);
        form.parentProperty().set(PROVINCE);
        form.text(Field.NAME).set("Lạng Sơn");
        form.typeProperty().set(Fixtures.REFERENCE.type("thanh_pho"));
        assertEquals("Thành phố Lạng Sơn", form.text(Field.FULL_NAME).get());
        assertEquals("Thành ủy Lạng Sơn", form.text(Field.COMMITTEE).get());
        form.typeProperty().set(Fixtures.REFERENCE.type("huyen"));
        assertEquals("Huyện ủy Lạng Sơn", form.text(Field.COMMITTEE).get());
        assertEquals("HU", form.text(Field.COMMITTEE_CODE).get());
    }

    @Test
    void aFieldTypedOverNoLongerFollowsTheSuggestion() {
        UnitFormModel form = Fixtures.newForm(k -> false);
        form.parentProperty().set(HO_SON);
        form.text(Field.NAME).set("Khuôn Bò");
        form.text(Field.FULL_NAME).set("Thôn Khuôn Bò (cũ)");
        form.text(Field.NAME).set("Khuôn Bò Mới");
        assertEquals("Thôn Khuôn Bò (cũ)", form.text(Field.FULL_NAME).get());
        assertEquals("Chi bộ thôn Khuôn Bò Mới", form.text(Field.PARTY_ORG).get());
        assertEquals("huu-lung.ho-son.khuon-bo-moi", form.text(Field.KEY).get());
    }

    @Test
    void theSuggestedKeyAvoidsTakenKeysAndATypedTakenKeyIsAnError() {
        Set<String> taken = Set.of("huu-lung.ho-son.dong-tien");
        UnitFormModel form = Fixtures.newForm(taken::contains);
        form.parentProperty().set(HO_SON);
        form.text(Field.NAME).set("Đồng Tiến");
        assertEquals("huu-lung.ho-son.dong-tien-2", form.text(Field.KEY).get());
        assertTrue(form.isValid());

        form.text(Field.KEY).set("huu-lung.ho-son.dong-tien");
        assertFalse(form.isValid());
        assertEquals("Mã này đã được dùng cho đơn vị khác.", form.error(Field.KEY).get());
        form.text(Field.KEY).set("Huu Lung");
        assertNotNull(form.error(Field.KEY).get());
        assertFalse(form.isValid());
    }

    @Test
    void aNameIsRequiredAndLongTextsAreRefused() {
        UnitFormModel form = Fixtures.newForm(k -> false);
        form.parentProperty().set(HO_SON);
        assertFalse(form.isValid());
        assertEquals("Cần nhập tên.", form.error(Field.NAME).get());
        form.text(Field.NAME).set("Khuôn Bò");
        form.text(Field.OFFICIAL_CODE).set("1".repeat(41));
        assertFalse(form.isValid());
        assertEquals("Dài quá 40 ký tự.", form.error(Field.OFFICIAL_CODE).get());
    }

    @Test
    void anExistingUnitKeepsItsKeyAndCannotDropBelowItsMembers() {
        UnitFormModel form = new UnitFormModel(Fixtures.REFERENCE, Fixtures.VI, k -> true, false);
        form.loadFrom(HO_SON, DISTRICT, Fixtures.snapshot(Fixtures.SINCE).children(HO_SON.unitId()));
        assertTrue(form.isValid());
        assertEquals("huu-lung.ho-son", form.text(Field.KEY).get());
        assertEquals(List.of("xa", "phuong", "thi_tran"), codes(form.allowedTypes()));
        // renaming carries the names that followed the old name along
        form.text(Field.NAME).set("Hồ Sơn Mới");
        assertEquals("Xã Hồ Sơn Mới", form.text(Field.FULL_NAME).get());
        assertEquals("Đảng bộ xã Hồ Sơn Mới", form.text(Field.PARTY_ORG).get());
    }
}
