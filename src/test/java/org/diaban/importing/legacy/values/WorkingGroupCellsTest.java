package org.diaban.importing.legacy.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diaban.importing.legacy.values.WorkingGroupCells.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingGroupCellsTest {

    @Test
    void leaderNameThenPositionOnTheNextLine() {
        // to_cong_tac_HuuLung_2021.xlsx, row 9
        assertEquals(new Person("Ngô Thanh Nhàn", "Phó Bí thư Thường trực Huyện ủy"),
                WorkingGroupCells.leader("Đ/c Ngô Thanh Nhàn\nPhó Bí thư Thường trực Huyện ủy"));
        // row 10: the position itself has a comma
        assertEquals(new Person("Nông Đình Trung", "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện"),
                WorkingGroupCells.leader("Đ/c Nông Đình Trung\n Phó Bí thư Huyện ủy, Chủ tịch UBND huyện "));
    }

    @Test
    void leaderNameThenPositionAfterAComma() {
        assertEquals(new Person("Vy Tiến Sơn", "UVBTV, Trưởng Ban Tổ chức Huyện ủy"),
                WorkingGroupCells.leader("đồng chí Vy Tiến Sơn, UVBTV, Trưởng Ban Tổ chức Huyện ủy"));
        assertEquals(new Person("Vy Tiến Sơn", null), WorkingGroupCells.leader("Vy Tiến Sơn"));
        assertEquals(new Person("Vy Tiến Sơn", "UVBTV, Trưởng Ban Tổ chức Huyện ủy"),
                WorkingGroupCells.leader("Đ/c Vy Tiến Sơn - UVBTV, Trưởng Ban Tổ chức Huyện ủy"));
        assertEquals(new Person("Vy Tiến Sơn", "UVBTV, Trưởng Ban Tổ chức Huyện ủy"),
                WorkingGroupCells.leader("Đ/c Vy Tiến Sơn (UVBTV, Trưởng Ban Tổ chức Huyện ủy)"));
        assertEquals(new Person("Vy Tiến Sơn", "UVBTV\nTrưởng Ban Tổ chức Huyện ủy"),
                WorkingGroupCells.leader("Đ/c Vy Tiến Sơn, UVBTV\nTrưởng Ban Tổ chức Huyện ủy"));
        assertNull(WorkingGroupCells.leader(" "));
    }

    @Test
    void numberedMembersOnePerLine() {
        // to_cong_tac_HuuLung_2021.xlsx, rows 9 and 12
        assertEquals(List.of(new Person("Lăng Văn Chung", "Chủ tịch Hội Nông dân huyện"),
                new Person("Mã Văn Lợi", "Trưởng phòng Văn hóa và Thông tin"),
                new Person("Lê Bích Hà", "Chủ tịch Liên đoàn Lao động huyện")),
                WorkingGroupCells.members("1. Lăng Văn Chung - Chủ tịch Hội Nông dân huyện\n"
                        + "2. Mã Văn Lợi - Trưởng phòng Văn hóa và Thông tin\n"
                        + "3. Lê Bích Hà - Chủ tịch Liên đoàn Lao động huyện"));
        assertEquals(List.of(new Person("Hoàng Hữu Duy", "Trưởng phòng Lao động - Thương binh và Xã hội"),
                new Person("Hoàng Quang Tùng", "Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy")),
                WorkingGroupCells.members("1. Đ/c Hoàng Hữu Duy - Trưởng phòng Lao động - Thương binh và Xã hội\n\n"
                        + "2) Hoàng Quang Tùng – Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"));
    }

    @Test
    void membersWithPositionsInParentheses() {
        assertEquals(List.of(new Person("Lê Văn Trung", "Giám đốc Trung tâm Văn hóa, Thể thao và Truyền thông"),
                new Person("Vi Kim Hằng", "Phó Trưởng phòng Nội vụ"), new Person("Hầu Hải Trang", null)),
                WorkingGroupCells.members("Lê Văn Trung (Giám đốc Trung tâm Văn hóa, Thể thao và Truyền thông); "
                        + "Vi Kim Hằng (Phó Trưởng phòng Nội vụ);Hầu Hải Trang; "));
        assertEquals(List.of(new Person("Vi Kim Hằng", "Phó Trưởng phòng Nội vụ"),
                new Person("Hoàng Thị Vân", "Phó Trưởng Ban Tuyên giáo Huyện ủy (kiêm nhiệm)")),
                WorkingGroupCells.members("- Vi Kim Hằng, Phó Trưởng phòng Nội vụ\n"
                        + "Đồng chí Hoàng Thị Vân - Phó Trưởng Ban Tuyên giáo Huyện ủy (kiêm nhiệm)"));
        assertEquals(List.of(), WorkingGroupCells.members(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Phó Bí thư Thường trực Huyện ủy", "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện",
        "UVBTV, Trưởng Ban Tổ chức Huyện ủy", "UVBTV, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy",
        "UVBTV, Phó Chủ tịch Thường trực UBND huyện", "Bí thư Huyện ủy", "Bí thư Huyện uỷ",
        "Phó Bí thư Thường trực Thành ủy", "Bí thư Thành ủy", "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận",
        "Uỷ viên Ban Thường vụ Huyện uỷ", "UV BTV Huyện ủy", "Phó Bí thư Thị ủy"})
    void standingCommitteePositions(String position) {
        assertTrue(WorkingGroupCells.isStandingCommittee(position), position);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HUV, Phó Chủ tịch UBND huyện", "Bí thư Huyện đoàn", "Bí thư Đảng ủy xã Hồ Sơn",
        "Phó Trưởng Ban Thường trực Ban Tổ chức Huyện ủy", "Chủ tịch UBND huyện", "Bí thư Chi bộ thôn Nà Pàn",
        "Ủy viên Ban Chấp hành", ""})
    void otherPositions(String position) {
        assertFalse(WorkingGroupCells.isStandingCommittee(position), position);
    }

    @Test
    void yearCells() {
        assertEquals(2021, WorkingGroupCells.year(2021.0, "nam_thanh_lap").value());
        assertEquals(2021, WorkingGroupCells.year(2021, "nam_thanh_lap").value());
        assertEquals(2021, WorkingGroupCells.year("2021", "nam_thanh_lap").value());
        assertEquals(2020, WorkingGroupCells.year("Năm 2020", "nam_thanh_lap").value());
        assertEquals(2020, WorkingGroupCells.year(" năm  2020 ", "nam_thanh_lap").value());
        assertEquals(2020, WorkingGroupCells.year("NĂM 2020", "nam_thanh_lap").value());
        assertNull(WorkingGroupCells.year(null, "nam_thanh_lap").value());
        assertTrue(WorkingGroupCells.year(" ", "nam_thanh_lap").isOk());
        assertEquals(new ValueProblem(ProblemCode.INVALID_YEAR, "nam_thanh_lap", "hai nghìn", "not a year: hai nghìn"),
                WorkingGroupCells.year("hai nghìn", "nam_thanh_lap").problem());
        assertEquals(ProblemCode.INVALID_YEAR, WorkingGroupCells.year(20.5, "nam_thanh_lap").problem().code());
    }
}
