package org.diaban.service.demo;

import java.util.List;

/**
 * Position titles as written on party documents, per level. "{C}" is the committee ("Huyện ủy",
 * "Thành ủy", "Tỉnh ủy", "Đảng ủy xã"), "{L}" the level of government ("huyện", "xã", ...).
 */
final class Titles {

    static final List<String> PROVINCE_LEADERS = List.of("Bí thư {C}", "Phó Bí thư Thường trực {C}",
            "Phó Bí thư {C}, Chủ tịch UBND {L}", "Phó Bí thư {C}, Chủ tịch HĐND {L}");
    static final List<String> DISTRICT_LEADERS = List.of("Bí thư {C}", "Phó Bí thư Thường trực {C}",
            "Phó Bí thư {C}, Chủ tịch UBND {L}");
    static final List<String> COMMUNE_LEADERS = DISTRICT_LEADERS;

    static final List<String> PROVINCE_STANDING = List.of("Trưởng Ban Tổ chức {C}", "Chủ nhiệm Ủy ban Kiểm tra {C}",
            "Trưởng Ban Tuyên giáo {C}", "Trưởng Ban Dân vận {C}", "Chánh Văn phòng {C}",
            "Phó Chủ tịch Thường trực UBND {L}", "Phó Chủ tịch Thường trực HĐND {L}",
            "Chỉ huy trưởng Bộ Chỉ huy Quân sự {L}", "Giám đốc Công an {L}", "Chủ tịch Ủy ban MTTQ Việt Nam {L}",
            "Trưởng Ban Nội chính {C}");
    static final List<String> DISTRICT_STANDING = List.of("Trưởng Ban Tổ chức {C}", "Chủ nhiệm Ủy ban Kiểm tra {C}",
            "Trưởng Ban Tuyên giáo {C}", "Phó Chủ tịch Thường trực UBND {L}", "Trưởng Ban Dân vận {C}",
            "Chỉ huy trưởng Ban Chỉ huy Quân sự {L}", "Trưởng Công an {L}", "Chủ tịch Ủy ban MTTQ Việt Nam {L}",
            "Chánh Văn phòng {C}");
    static final List<String> COMMUNE_STANDING = List.of("Chủ tịch Ủy ban MTTQ Việt Nam {L}", "Phó Chủ tịch UBND {L}",
            "Chủ nhiệm Ủy ban Kiểm tra {C}", "Chủ tịch HĐND {L}");

    static final List<String> PROVINCE_JOBS = List.of("Giám đốc Sở Nội vụ", "Giám đốc Sở Tài chính",
            "Giám đốc Sở Xây dựng", "Giám đốc Sở Y tế", "Giám đốc Sở Giáo dục và Đào tạo",
            "Giám đốc Sở Nông nghiệp và Môi trường", "Giám đốc Sở Công Thương", "Giám đốc Sở Tư pháp",
            "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Giám đốc Sở Khoa học và Công nghệ", "Chánh Thanh tra {L}",
            "Phó Chủ tịch UBND {L}", "Phó Trưởng Ban Tổ chức {C}", "Phó Trưởng Ban Tuyên giáo {C}",
            "Phó Chủ nhiệm Ủy ban Kiểm tra {C}", "Bí thư Tỉnh đoàn", "Chủ tịch Hội Nông dân {L}",
            "Chủ tịch Hội Liên hiệp Phụ nữ {L}", "Chủ tịch Liên đoàn Lao động {L}", "Chủ tịch Hội Cựu chiến binh {L}",
            "Tổng Biên tập Báo Lạng Sơn", "Giám đốc Bệnh viện Đa khoa {L}", "Hiệu trưởng Trường Chính trị Hoàng Văn Thụ",
            "Chánh án Tòa án nhân dân {L}", "Viện trưởng Viện Kiểm sát nhân dân {L}",
            "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng {L}", "Phó Giám đốc Công an {L}",
            "Trưởng Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn", "Phó Chánh Văn phòng {C}",
            "Phó Trưởng Ban Dân vận {C}", "Phó Chủ tịch Ủy ban MTTQ Việt Nam {L}",
            "Giám đốc Đài Phát thanh và Truyền hình {L}");
    static final List<String> DISTRICT_JOBS = List.of("Trưởng phòng Nội vụ", "Trưởng phòng Tài chính – Kế hoạch",
            "Trưởng phòng Tài nguyên và Môi trường", "Trưởng phòng Nông nghiệp và Phát triển nông thôn",
            "Trưởng phòng Kinh tế và Hạ tầng", "Trưởng phòng Giáo dục và Đào tạo", "Trưởng phòng Y tế",
            "Trưởng phòng Lao động – Thương binh và Xã hội", "Trưởng phòng Văn hóa và Thông tin",
            "Trưởng phòng Tư pháp", "Chánh Thanh tra {L}", "Chánh Văn phòng HĐND và UBND {L}",
            "Giám đốc Ban Quản lý dự án đầu tư xây dựng {L}", "Giám đốc Trung tâm Y tế {L}",
            "Giám đốc Trung tâm Văn hóa, Thể thao và Truyền thông {L}", "Phó Trưởng Ban Tổ chức {C}",
            "Phó Trưởng Ban Tuyên giáo {C}", "Phó Trưởng Ban Dân vận {C}", "Phó Chủ nhiệm Ủy ban Kiểm tra {C}",
            "Phó Chánh Văn phòng {C}", "Giám đốc Trung tâm Chính trị {L}", "Chủ tịch Hội Nông dân {L}",
            "Chủ tịch Hội Khuyến học {L}", "Chủ tịch Hội Liên hiệp Phụ nữ {L}", "Chủ tịch Hội Cựu chiến binh {L}",
            "Chủ tịch Liên đoàn Lao động {L}", "Phó Chủ tịch Ủy ban MTTQ Việt Nam {L}", "Phó Chủ tịch UBND {L}",
            "Phó Chủ tịch HĐND {L}", "Trưởng Ban Kinh tế – Xã hội HĐND {L}", "Trưởng Ban Pháp chế HĐND {L}",
            "Phó Chỉ huy trưởng Ban Chỉ huy Quân sự {L}", "Phó Trưởng Công an {L}",
            "Giám đốc Kho bạc Nhà nước {L}", "Giám đốc Phòng Giao dịch Ngân hàng Chính sách xã hội {L}");
    static final List<String> DISTRICT_DEPUTY_JOBS = List.of("Phó Trưởng phòng Nội vụ",
            "Phó Trưởng phòng Tài chính – Kế hoạch", "Phó Trưởng phòng Tài nguyên và Môi trường",
            "Phó Trưởng phòng Nông nghiệp và Phát triển nông thôn", "Phó Trưởng phòng Kinh tế và Hạ tầng",
            "Phó Trưởng phòng Giáo dục và Đào tạo", "Phó Trưởng phòng Lao động – Thương binh và Xã hội",
            "Phó Trưởng phòng Văn hóa và Thông tin", "Phó Chánh Thanh tra {L}", "Phó Chánh Văn phòng HĐND và UBND {L}",
            "Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng {L}", "Phó Giám đốc Trung tâm Y tế {L}",
            "Phó Chủ tịch Hội Nông dân {L}", "Phó Chủ tịch Hội Chữ thập đỏ {L}", "Phó Chủ tịch Hội Liên hiệp Phụ nữ {L}",
            "Phó Chủ tịch Hội Cựu chiến binh {L}", "Trưởng phòng Tư pháp", "Hiệu trưởng Trường THPT",
            "Giám đốc Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên {L}", "Chi cục trưởng Chi cục Thuế khu vực",
            "Trưởng Ban Tiếp công dân {L}", "Phó Giám đốc Trung tâm Chính trị {L}");
    static final List<String> COMMUNE_JOBS = List.of("Trưởng Công an {L}", "Chỉ huy trưởng Quân sự {L}",
            "Chủ tịch Hội Nông dân {L}", "Chủ tịch Hội Liên hiệp Phụ nữ {L}", "Bí thư Đoàn {L}",
            "Chủ tịch Hội Cựu chiến binh {L}", "Phó Chủ tịch HĐND {L}", "Công chức Văn phòng – Thống kê",
            "Công chức Tư pháp – Hộ tịch", "Công chức Địa chính – Xây dựng", "Công chức Tài chính – Kế toán",
            "Công chức Văn hóa – Xã hội", "Phó Chủ tịch UBND {L}", "Bí thư Chi bộ thôn", "Trưởng Ban Dân vận {C}");
    static final List<String> COMMUNE_DEPUTY_JOBS = List.of("Phó Chủ tịch Ủy ban MTTQ Việt Nam {L}",
            "Phó Chỉ huy trưởng Quân sự {L}", "Phó Trưởng Công an {L}", "Công chức Văn hóa – Xã hội",
            "Phó Chủ tịch Hội Nông dân {L}", "Chủ tịch Hội Chữ thập đỏ {L}", "Phó Bí thư Đoàn {L}");

    private Titles() {
    }

    /** The words of one committee: e.g. "Huyện ủy" and "huyện", or "Đảng ủy xã" and "xã". */
    record Words(String committee, String level, String memberPrefix) {

        String fill(String template) {
            return template.replace("{C}", committee).replace("{L}", level);
        }

        String standing(String job) {
            return "Ủy viên Ban Thường vụ " + committee + ", " + fill(job);
        }

        String member(String job) {
            return memberPrefix + ", " + fill(job);
        }
    }

    static Words province() {
        return new Words("Tỉnh ủy", "tỉnh", "Tỉnh ủy viên");
    }

    static Words district(String typeCode) {
        return switch (typeCode) {
            case "thanh_pho" -> new Words("Thành ủy", "thành phố", "Thành ủy viên");
            case "thi_xa" -> new Words("Thị ủy", "thị xã", "Thị ủy viên");
            default -> new Words("Huyện ủy", "huyện", "Huyện ủy viên");
        };
    }

    static Words commune(String typeCode) {
        String level = switch (typeCode) {
            case "phuong" -> "phường";
            case "thi_tran" -> "thị trấn";
            default -> "xã";
        };
        return new Words("Đảng ủy " + level, level, "Đảng ủy viên");
    }
}
