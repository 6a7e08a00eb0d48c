package org.diaban.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diaban.service.Services;
import org.diaban.service.hierarchy.NewUnit;
import org.diaban.service.hierarchy.UnitEdit;

/**
 * A small province for tests: Lạng Sơn, district Hữu Lũng with three communes of two villages
 * each, all existing since 1/1/2019.
 */
public final class SampleHierarchy {

    public static final LocalDate SINCE = LocalDate.of(2019, 1, 1);

    public final Long province;
    public final Long district;
    public final List<Long> communes = new ArrayList<>();
    public final List<Long> villages = new ArrayList<>();

    private SampleHierarchy(Long province, Long district) {
        this.province = province;
        this.district = district;
    }

    public static SampleHierarchy create(Services services) {
        var editing = services.hierarchyEditing();
        Long province = editing.create(new NewUnit("lang-son", new UnitEdit("tinh", "Lạng Sơn", "Tỉnh Lạng Sơn", "20",
                "Đảng bộ tỉnh Lạng Sơn", "Tỉnh ủy Lạng Sơn", "TU", null), SINCE, null));
        Long district = editing.create(new NewUnit("huu-lung", new UnitEdit("huyen", "Hữu Lũng", "Huyện Hữu Lũng",
                null, "Đảng bộ huyện Hữu Lũng", "Huyện ủy Hữu Lũng", "HU", province), SINCE, null));
        SampleHierarchy h = new SampleHierarchy(province, district);
        String[][] communes = {{"ho-son", "Hồ Sơn"}, {"hoa-son", "Hòa Sơn"}, {"tan-thanh", "Tân Thành"}};
        String[][] villages = {{"dong-tien", "Đồng Tiến"}, {"lang-dong", "Làng Đông"}};
        for (String[] c : communes) {
            Long commune = editing.create(new NewUnit("huu-lung." + c[0], new UnitEdit("xa", c[1], "Xã " + c[1], null,
                    "Đảng bộ xã " + c[1], "Đảng ủy xã " + c[1], "ĐU", district), SINCE, null));
            h.communes.add(commune);
            for (String[] v : villages) {
                h.villages.add(editing.create(new NewUnit("huu-lung." + c[0] + "." + v[0], new UnitEdit("thon", v[1],
                        "Thôn " + v[1], null, "Chi bộ thôn " + v[1], null, null, commune), SINCE, null)));
            }
        }
        return h;
    }
}
