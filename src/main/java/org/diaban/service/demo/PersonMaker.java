package org.diaban.service.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diaban.domain.people.Gender;

/**
 * Invented people of Lạng Sơn: Tày, Nùng and Kinh family names with common middle and given
 * names. Names repeat, as real ones do, but a name is never given twice with the same birth year,
 * so that birth year tells namesakes apart.
 */
final class PersonMaker {

    /** An invented person. */
    record Person(String fullName, Gender gender, int birthYear, String ethnicity) {
    }

    private static final List<String> TAY_NUNG = List.of("Hoàng", "Nông", "Lương", "Lăng", "Vi", "Chu", "Hà",
            "Triệu", "Lộc", "Mã", "Dương", "Bế", "Hứa", "Lý", "Đàm", "Hoàng", "Nông", "Lương", "Vi", "Hà");
    private static final List<String> KINH = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Đỗ", "Đinh", "Ngô",
            "Bùi", "Đặng", "Nguyễn", "Trần");
    private static final List<String> MIDDLE_MALE = List.of("Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu",
            "Xuân", "Thanh", "Ngọc", "Công", "Trung", "Mạnh");
    private static final List<String> MIDDLE_FEMALE = List.of("Thị", "Thị", "Thị", "Thu", "Thanh", "Hồng", "Ngọc",
            "Kim", "Minh", "Thùy");
    private static final List<String> GIVEN_MALE = List.of("Hùng", "Dũng", "Cường", "Thắng", "Tuấn", "Hải", "Long",
            "Sơn", "Bình", "Quân", "Huy", "Tâm", "Toàn", "Thành", "Khánh", "Lâm", "Hưng", "Phong", "Chiến", "Tiến",
            "Nam", "Trường", "Vinh", "Đạt", "Luân", "Tú", "Quyết", "Hiếu", "Nghĩa", "Thịnh");
    private static final List<String> GIVEN_FEMALE = List.of("Hoa", "Lan", "Hương", "Mai", "Hằng", "Nga", "Thảo",
            "Linh", "Huyền", "Yến", "Phượng", "Thủy", "Trang", "Loan", "Liên", "Hạnh", "Dung", "Nhung", "Vân", "Hiền");

    private final Rand rand;
    private final Set<String> taken = new HashSet<>();

    PersonMaker(Rand rand) {
        this.rand = rand;
    }

    /** Someone born between the two years; about {@code femaleShare} of people are women. */
    Person next(int bornFrom, int bornTo, double femaleShare) {
        return make(bornFrom, bornTo, femaleShare, true);
    }

    /** A head of household: older, any walk of life; namesakes of the same age are fine here. */
    Person householder() {
        return make(1940, 2000, 0.3, false);
    }

    private Person make(int bornFrom, int bornTo, double femaleShare, boolean distinct) {
        Gender gender = rand.chance(femaleShare) ? Gender.FEMALE : Gender.MALE;
        boolean kinh = rand.chance(0.3);
        String family = rand.pick(kinh ? KINH : TAY_NUNG);
        String ethnicity = kinh ? "Kinh" : rand.chance(0.08) ? rand.pickOf("Dao", "Sán Chay") : rand.pickOf("Tày", "Nùng");
        String name = family + " " + rand.pick(gender == Gender.MALE ? MIDDLE_MALE : MIDDLE_FEMALE) + " "
                + rand.pick(gender == Gender.MALE ? GIVEN_MALE : GIVEN_FEMALE);
        int year = rand.between(bornFrom, bornTo);
        for (int tries = 0; distinct && !taken.add(name + "|" + year) && tries < 40; tries++) {
            year = rand.between(bornFrom, bornTo);
        }
        return new Person(name, gender, year, ethnicity);
    }
}
