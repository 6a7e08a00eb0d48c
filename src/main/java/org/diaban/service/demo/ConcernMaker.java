package org.diaban.service.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.diaban.domain.activity.Concern;
import org.diaban.domain.activity.ConcernStatus;
import org.diaban.domain.activity.ConcernTopic;
import org.diaban.persistence.BulkWriter;

/**
 * Residents' concerns raised at activities, each with a topic, a responsible body, a deadline and
 * a status history up to the day the demo's records stop. Old concerns are mostly settled; a share
 * of them is still open past the deadline, which is what the "overdue" figures are about.
 */
final class ConcernMaker {

    private static final String[] TOPIC_ORDER = {"dat_dai", "dat_dai", "dat_dai", "ha_tang", "ha_tang",
        "chinh_sach", "chinh_sach", "du_an", "moi_truong", "xa_hoi", "an_ninh", "khac"};

    private static final Map<String, List<String>> CONTENTS = Map.of(
            "dat_dai", List.of("Đề nghị giải quyết tranh chấp ranh giới đất giữa các hộ",
                    "Đề nghị cấp giấy chứng nhận quyền sử dụng đất cho các hộ còn lại",
                    "Kiến nghị về mức bồi thường, hỗ trợ giải phóng mặt bằng",
                    "Đề nghị đo đạc lại diện tích đất rừng được giao"),
            "chinh_sach", List.of("Đề nghị xem xét hỗ trợ hộ nghèo, hộ cận nghèo",
                    "Kiến nghị việc chi trả trợ cấp người có công còn chậm", "Đề nghị hỗ trợ làm nhà ở cho hộ khó khăn",
                    "Đề nghị giải quyết thẻ bảo hiểm y tế cho người dân tộc thiểu số"),
            "du_an", List.of("Kiến nghị tiến độ thi công công trình còn chậm",
                    "Đề nghị công khai phương án tái định cư của dự án",
                    "Phản ánh xe chở vật liệu của dự án làm hỏng đường"),
            "ha_tang", List.of("Đề nghị sửa chữa đường giao thông nông thôn bị sạt lở",
                    "Đề nghị nâng cấp kênh mương thủy lợi",
                    "Đề nghị kéo điện lưới về các hộ ở xa", "Đề nghị làm cầu tràn qua suối"),
            "moi_truong", List.of("Phản ánh ô nhiễm từ cơ sở chăn nuôi", "Đề nghị tổ chức thu gom rác thải sinh hoạt",
                    "Phản ánh khai thác cát sỏi trái phép trên suối"),
            "an_ninh", List.of("Phản ánh tình trạng trộm cắp gia súc", "Đề nghị tăng cường tuần tra dịp cuối năm",
                    "Phản ánh thanh niên tụ tập gây mất trật tự"),
            "xa_hoi", List.of("Đề nghị sửa chữa phòng học ở điểm trường", "Đề nghị bố trí thêm y sĩ tại trạm y tế",
                    "Đề nghị hỗ trợ công trình nước sinh hoạt"),
            "khac", List.of("Đề nghị hỗ trợ giống cây trồng", "Đề nghị lắp loa truyền thanh thôn",
                    "Đề nghị hướng dẫn thủ tục chuyển đổi cây trồng"));

    private static final Map<String, String> DISTRICT_BODY = Map.of("dat_dai", "Phòng Tài nguyên và Môi trường",
            "chinh_sach", "Phòng Lao động – Thương binh và Xã hội", "du_an", "Ban Quản lý dự án đầu tư xây dựng",
            "ha_tang", "Phòng Kinh tế và Hạ tầng", "moi_truong", "Phòng Tài nguyên và Môi trường",
            "an_ninh", "Công an", "xa_hoi", "Phòng Y tế", "khac", "Phòng Nông nghiệp và Phát triển nông thôn");
    private static final Map<String, String> PROVINCE_BODY = Map.of("dat_dai", "Sở Nông nghiệp và Môi trường",
            "chinh_sach", "Sở Nội vụ", "du_an", "Sở Xây dựng", "ha_tang", "Sở Xây dựng",
            "moi_truong", "Sở Nông nghiệp và Môi trường", "an_ninh", "Công an tỉnh", "xa_hoi", "Sở Y tế",
            "khac", "Sở Nông nghiệp và Môi trường");

    private final Rand rand;
    private final Map<String, ConcernTopic> topics;
    private final Long batchId;
    private final PersonMaker people;
    private int made;

    ConcernMaker(Rand rand, List<ConcernTopic> topics, Long batchId) {
        this.rand = rand;
        this.topics = topics.stream().collect(java.util.stream.Collectors.toMap(ConcernTopic::code, t -> t));
        this.batchId = batchId;
        this.people = new PersonMaker(rand);
    }

    /**
     * A concern raised at an activity. {@code commune} is the commune-level unit's full name then,
     * {@code district} the district's ("" after the reform).
     */
    void raise(BulkWriter bulk, Long activity, LocalDate day, Long unit, Long household, String place,
               String commune, String district) {
        String code = TOPIC_ORDER[rand.between(0, TOPIC_ORDER.length - 1)];
        ConcernTopic topic = topics.get(code);
        String body = rand.chance(0.5) ? "UBND " + lowerFirst(commune)
                : district.isEmpty() ? PROVINCE_BODY.get(code) : DISTRICT_BODY.get(code) + " " + lowerFirst(district);
        LocalDate deadline = day.plusDays(rand.between(15, 90));
        Concern c = new Concern(unit, day, topic == null ? null : topic.id(), rand.pick(CONTENTS.get(code)), body, deadline);
        String by = household == null && rand.chance(0.4) ? "Nhân dân " + lowerFirst(place)
                : (rand.chance(0.6) ? "Ông " : "Bà ") + people.householder().fullName() + ", " + lowerFirst(place);
        c.raisedAt(activity, household, by);
        history(c, day, deadline, body);
        c.markImported(batchId);
        bulk.insert(c);
        made++;
    }

    int made() {
        return made;
    }

    /**
     * Moves the concern along as far as the records go: recent ones are mostly still open, a few
     * from the last half year are late, and hardly any older one is left forgotten.
     */
    private void history(Concern c, LocalDate raised, LocalDate deadline, String body) {
        LocalDate until = DemoWorld.RECORDED_UNTIL;
        long age = ChronoUnit.DAYS.between(raised, until);
        double r = rand.fraction();
        boolean staysOpen = age < 60 ? r < 0.55 : age < 180 ? r < 0.08 : r < 0.006;
        boolean escalates = rand.chance(0.1);
        LocalDate day = raised.plusDays(rand.between(2, 10));
        if (day.isAfter(until)) {
            return;
        }
        if (escalates) {
            c.moveTo(ConcernStatus.ESCALATED, day, "Vượt thẩm quyền, đã báo cáo cấp trên xem xét");
            day = day.plusDays(rand.between(10, 40));
            if (staysOpen || day.isAfter(until)) {
                return;
            }
            c.moveTo(ConcernStatus.IN_PROGRESS, day, "Cấp trên đã chỉ đạo giải quyết");
        } else {
            c.moveTo(ConcernStatus.IN_PROGRESS, day, "Đã chuyển " + body + " xem xét, giải quyết");
        }
        if (staysOpen) {
            return;
        }
        long span = ChronoUnit.DAYS.between(day, deadline);
        day = day.plusDays(rand.between(3, (int) Math.max(4, span + 30)));
        if (day.isAfter(until)) {
            return;
        }
        c.moveTo(ConcernStatus.RESOLVED, day, "Đã giải quyết và trả lời người dân");
        day = day.plusDays(rand.between(3, 30));
        if (!day.isAfter(until) && rand.chance(0.6)) {
            c.moveTo(ConcernStatus.CLOSED, day, "Người dân đồng ý với kết quả giải quyết");
        }
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
