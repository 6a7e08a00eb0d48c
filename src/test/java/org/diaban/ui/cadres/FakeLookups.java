package org.diaban.ui.cadres;

import org.diaban.ui.common.form.Choice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diaban.domain.people.CommitteeTerm;

/** Pick lists for form tests: the committees change with the reform of 1/7/2025. */
final class FakeLookups implements Lookups {

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final CommitteeTerm TERM_2020 = new CommitteeTerm(2L, "2020-2025", LocalDate.of(2020, 1, 1),
            LocalDate.of(2025, 12, 31));
    static final CommitteeTerm TERM_2025 = new CommitteeTerm(3L, "2025-2030", LocalDate.of(2025, 1, 1), null);

    final List<LocalDate> committeeDays = new ArrayList<>();

    @Override
    public List<Choice> units(LocalDate day) {
        return List.of(new Choice(10L, "Xã Hồ Sơn – Huyện Hữu Lũng"), new Choice(11L, "Xã Hòa Sơn – Huyện Hữu Lũng"),
                new Choice(20L, "Thôn Đồng Tiến – Xã Hồ Sơn"), new Choice(21L, "Thôn Đồng Tiến – Xã Hòa Sơn"));
    }

    @Override
    public List<Choice> committees(LocalDate day) {
        committeeDays.add(day);
        List<Choice> list = new ArrayList<>(List.of(new Choice(1L, "Tỉnh ủy Lạng Sơn"),
                new Choice(10L, "Đảng ủy xã Hồ Sơn"), new Choice(11L, "Đảng ủy xã Hòa Sơn")));
        if (day.isBefore(REFORM)) {
            list.add(new Choice(2L, "Huyện ủy Hữu Lũng"));
        }
        return list;
    }

    @Override
    public List<CommitteeTerm> terms() {
        return List.of(new CommitteeTerm(1L, "2015-2020", LocalDate.of(2015, 1, 1), LocalDate.of(2020, 12, 31)),
                TERM_2020, TERM_2025);
    }
}
