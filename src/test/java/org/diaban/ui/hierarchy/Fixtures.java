package org.diaban.ui.hierarchy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.compliance.AttendanceNorms;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.Tier;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.hierarchy.UnitType;
import org.diaban.i18n.I18n;
import org.diaban.service.common.ReferenceData;

/**
 * Reference data as the V2 migration has it, and the sample hierarchy as plain unit states:
 * Lạng Sơn (1) → Hữu Lũng (2) → Hồ Sơn (3), Hòa Sơn (4), Tân Thành (5) → two villages each (6..11).
 */
final class Fixtures {

    static final LocalDate SINCE = LocalDate.of(2019, 1, 1);
    static final I18n VI = new I18n(I18n.VIETNAMESE);

    private static final List<Tier> TIERS = List.of(
            new Tier(1L, "tinh", "Cấp tỉnh", "Province level", 1),
            new Tier(2L, "huyen", "Cấp huyện", "District level", 2),
            new Tier(3L, "xa", "Cấp xã", "Commune level", 3),
            new Tier(4L, "thon", "Thôn, chi bộ", "Village / party cell", 4));
    private static final List<UnitType> TYPES = List.of(
            new UnitType(1L, "tinh", "Tỉnh", "Province", 1L, true, 10),
            new UnitType(2L, "huyen", "Huyện", "District", 2L, true, 20),
            new UnitType(3L, "thanh_pho", "Thành phố", "City (district level)", 2L, true, 21),
            new UnitType(4L, "thi_xa", "Thị xã", "Town (district level)", 2L, true, 22),
            new UnitType(5L, "xa", "Xã", "Commune", 3L, true, 30),
            new UnitType(6L, "phuong", "Phường", "Ward", 3L, true, 31),
            new UnitType(7L, "thi_tran", "Thị trấn", "Township", 3L, true, 32),
            new UnitType(8L, "thon", "Thôn", "Village", 4L, true, 40),
            new UnitType(9L, "ban", "Bản", "Hamlet", 4L, true, 41),
            new UnitType(10L, "to_dan_pho", "Tổ dân phố", "Residential group", 4L, true, 42),
            new UnitType(11L, "khoi", "Khối", "Block", 4L, true, 43),
            new UnitType(12L, "khu", "Khu", "Quarter", 4L, true, 44),
            new UnitType(13L, "khoi_pho", "Khối phố", "Street block", 4L, true, 45),
            new UnitType(14L, "chi_bo", "Chi bộ", "Party cell (non-territorial)", 4L, false, 50));

    static final ReferenceData REFERENCE = new ReferenceData(TIERS, TYPES, List.of(), List.of(),
            new AttendanceNorms(List.of()));

    static final UnitState PROVINCE = state(1L, "lang-son", null, "tinh", "Lạng Sơn");
    static final UnitState DISTRICT = state(2L, "huu-lung", 1L, "huyen", "Hữu Lũng");
    static final UnitState HO_SON = state(3L, "huu-lung.ho-son", 2L, "xa", "Hồ Sơn");
    static final UnitState HOA_SON = state(4L, "huu-lung.hoa-son", 2L, "xa", "Hòa Sơn");
    static final UnitState TAN_THANH = state(5L, "huu-lung.tan-thanh", 2L, "xa", "Tân Thành");
    static final List<UnitState> COMMUNES = List.of(HO_SON, HOA_SON, TAN_THANH);

    private Fixtures() {
    }

    static List<UnitState> sample() {
        List<UnitState> all = new ArrayList<>(List.of(PROVINCE, DISTRICT, HO_SON, HOA_SON, TAN_THANH));
        long id = 6;
        for (UnitState commune : COMMUNES) {
            String base = commune.externalKey();
            all.add(state(id++, base + ".dong-tien", commune.unitId(), "thon", "Đồng Tiến"));
            all.add(state(id++, base + ".lang-dong", commune.unitId(), "thon", "Làng Đông"));
        }
        return all;
    }

    static HierarchySnapshot snapshot(LocalDate day) {
        return HierarchySnapshot.on(day, sample());
    }

    static UnitState state(Long id, String key, Long parent, String typeCode, String name) {
        UnitType type = REFERENCE.type(typeCode);
        Tier tier = REFERENCE.tierOf(type);
        String full = type.nameVi() + " " + name;
        String lower = type.nameVi().toLowerCase(Locale.ROOT);
        return new UnitState(id, key, id * 100, parent, typeCode, type.nameVi(), type.nameEn(), type.sortOrder(),
                tier.code(), tier.rank(), type.territorial(), name, full, null,
                (tier.rank() >= 4 ? "Chi bộ " : "Đảng bộ ") + lower + " " + name, null, null,
                DateRange.startingOn(SINCE), DateRange.startingOn(SINCE));
    }

    static UnitFormModel newForm(java.util.function.Predicate<String> taken) {
        return new UnitFormModel(REFERENCE, VI, taken, true);
    }
}
