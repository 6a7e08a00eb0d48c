package org.diaban.reporting.narrative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.diaban.domain.activity.ConcernStatus;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.compliance.Standing;
import org.diaban.domain.people.CadreCategory;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.reporting.DocumentDetails;
import org.diaban.reporting.FormatProfile;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.Resolution77Report.ActivityCounts;
import org.diaban.service.report.Resolution77Report.AssignmentRow;
import org.diaban.service.report.Resolution77Report.BelowNorm;
import org.diaban.service.report.Resolution77Report.CommuneRow;
import org.diaban.service.report.Resolution77Report.ComplianceFigures;
import org.diaban.service.report.Resolution77Report.ConcernFigures;
import org.diaban.service.report.Resolution77Report.Coverage;
import org.diaban.service.report.Resolution77Report.DecisionFigures;
import org.diaban.service.report.Resolution77Report.DecisionRow;
import org.diaban.service.report.Resolution77Report.HierarchyPhase;
import org.diaban.service.report.Resolution77Report.QuarterSessions;
import org.diaban.service.report.Resolution77Report.Scope;
import org.diaban.service.report.Resolution77Report.SessionCount;
import org.diaban.service.report.Resolution77Report.StatusCount;
import org.diaban.service.report.Resolution77Report.TierAssignment;
import org.diaban.service.report.Resolution77Report.TierCompliance;
import org.diaban.service.report.Resolution77Report.TierRef;
import org.diaban.service.report.Resolution77Report.TopicRow;
import org.diaban.service.report.Resolution77Report.WorkingGroupFigures;
import org.diaban.service.report.Resolution77Report.WorkingGroupRow;

/**
 * Reports built by hand for the narrative's tests: Hữu Lũng from 22/5/2022 to 30/6/2023 with the
 * article's figures (79 assigned: 8 BTV, 27 BCH, 44 leaders; 24 communes, 203 villages; 105 and
 * 342 work sessions; 24/24 commune decisions with 448 cadres), the province across the July 2025
 * reform, and an empty commune. Each starts from a builder so a test can change one figure.
 */
final class NarrativeSamples {

    static final TierRef PROVINCE = new TierRef("tinh", 1, "Cấp tỉnh", "Province level");
    static final TierRef DISTRICT = new TierRef("huyen", 2, "Cấp huyện", "District level");
    static final TierRef COMMUNE = new TierRef("xa", 3, "Cấp xã", "Commune level");
    static final TierRef VILLAGE = new TierRef("thon", 4, "Thôn, chi bộ", "Village / party cell");

    private static final String[] COMMUNES = {"thị trấn Hữu Lũng", "xã Yên Thịnh", "xã Hữu Liên", "xã Yên Bình",
        "xã Quyết Thắng", "xã Hòa Bình", "xã Yên Vượng", "xã Yên Sơn", "xã Thiện Tân", "xã Thiện Kỵ", "xã Tân Lập",
        "xã Hòa Lạc", "xã Hòa Sơn", "xã Đồng Tân", "xã Cai Kinh", "xã Hòa Thắng", "xã Minh Sơn", "xã Hồ Sơn",
        "xã Minh Hòa", "xã Nhật Tiến", "xã Vân Nham", "xã Đồng Tiến", "xã Tân Thành", "xã Minh Tiến"};

    private NarrativeSamples() {
    }

    static FormatProfile partyProfile() {
        return new FormatProfile("party", "Đảng (Hướng dẫn 36-HD/VPTW)", "Times New Roman",
                new FormatProfile.Margins(20, 20, 30, 15),
                new FormatProfile.Sizes(15, 14, 14, 14, 14, 14, 16, 14, 12, 14, 11),
                "ĐẢNG CỘNG SẢN VIỆT NAM", null, "Số {0}-BC/{1}", "{0}, ngày {1} tháng {2} năm {3}",
                "T/M BAN THƯỜNG VỤ", "BÍ THƯ", true);
    }

    static FormatProfile stateProfile() {
        return new FormatProfile("state", "Nhà nước (Nghị định 30/2020/NĐ-CP)", "Times New Roman",
                new FormatProfile.Margins(25, 20, 35, 20),
                new FormatProfile.Sizes(13, 14, 13, 13, 13, 14, 14, 14, 12, 14, 11),
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: {0}/BC-{1}",
                "{0}, ngày {1} tháng {2} năm {3}", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", false);
    }

    static DocumentDetails details(String number) {
        return new DocumentDetails(number, LocalDate.of(2023, 7, 5), null, null, null, "Nguyễn Văn Bình",
                List.of("Ban Thường vụ Tỉnh ủy (b/c),", "Các đồng chí Huyện ủy viên,", "Lưu Văn phòng Huyện ủy."));
    }

    static Builder huuLung() {
        return new Builder();
    }

    /** The province for 2025: district and commune tiers until 30/6, the new communes from 1/7. */
    static Builder provinceAcrossReform() {
        Builder b = new Builder();
        b.period = ReportPeriod.year(2025);
        b.scope = new Scope(10L, "lang-son", "tỉnh Lạng Sơn", "Lạng Sơn", PROVINCE, "Tỉnh ủy Lạng Sơn", "TU",
                "Đảng bộ tỉnh Lạng Sơn");
        b.phases = List.of(
                new HierarchyPhase(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
                        List.of(DISTRICT, COMMUNE, VILLAGE), 194, 1676, null),
                new HierarchyPhase(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31),
                        List.of(COMMUNE, VILLAGE), 65, 1650, "Nghị quyết số 1672/NQ-UBTVQH15"));
        b.assigned = List.of(new TierAssignment(PROVINCE, 15, 38, 60, 194, 0, 0),
                new TierAssignment(DISTRICT, 98, 404, 520, 180, 1100, 0),
                new TierAssignment(COMMUNE, 900, 2159, 1300, 0, 1650, 12_345));
        b.decisions = new DecisionFigures(60, 65, 3059, List.of(
                new DecisionRow("310-QĐ/TU", LocalDate.of(2022, 6, 20), "Tỉnh ủy Lạng Sơn", PROVINCE, 113, 194, 0),
                new DecisionRow("107-QĐ/HU", LocalDate.of(2022, 6, 15), "Huyện ủy Hữu Lũng", DISTRICT, 79, 227, 0),
                new DecisionRow("95-QĐ/HU", LocalDate.of(2022, 6, 30), "Huyện ủy Bắc Sơn", DISTRICT, 70, 180, 0),
                new DecisionRow("15-QĐ/ĐU", LocalDate.of(2025, 7, 20), "Đảng ủy xã Hữu Lũng", COMMUNE, 40, 30, 500)));
        b.coverage = new Coverage(259, 259, 1676, 1600, 150_000, 12_345);
        b.sessions = List.of(new SessionCount(PROVINCE, CadreCategory.BTV, 60),
                new SessionCount(PROVINCE, CadreCategory.BCH, 140), new SessionCount(PROVINCE, CadreCategory.LDQL, 90),
                new SessionCount(DISTRICT, CadreCategory.BTV, 400), new SessionCount(DISTRICT, CadreCategory.BCH, 900),
                new SessionCount(DISTRICT, CadreCategory.LDQL, 700), new SessionCount(COMMUNE, CadreCategory.BTV, 2000),
                new SessionCount(COMMUNE, CadreCategory.BCH, 5000), new SessionCount(COMMUNE, CadreCategory.LDQL, 3000));
        return b;
    }

    /** A commune with nothing recorded in the month. */
    static Builder emptyCommune() {
        Builder b = new Builder();
        b.period = ReportPeriod.month(2026, 5);
        b.scope = new Scope(20L, "xa-huu-lung", "xã Hữu Lũng", "Hữu Lũng", COMMUNE, "Đảng ủy xã Hữu Lũng", "ĐU",
                "Đảng bộ tỉnh Lạng Sơn");
        b.phases = List.of(new HierarchyPhase(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), List.of(VILLAGE),
                1, 28, null));
        b.assigned = List.of();
        b.coverage = new Coverage(1, 0, 28, 0, 3_000, 0);
        b.decisions = new DecisionFigures(0, 1, 0, List.of());
        b.sessions = List.of();
        b.sessionsByQuarter = List.of(new QuarterSessions(2026, 2, 0));
        b.activities = new ActivityCounts(0, 0, 0, 0, 0);
        b.workingGroups = new WorkingGroupFigures(0, List.of());
        b.compliance = List.of();
        b.concerns = new ConcernFigures(0, List.of(), 0, List.of());
        b.communes = List.of();
        b.annex = List.of();
        return b;
    }

    /** Every component of the report, the Hữu Lũng figures unless changed. */
    static final class Builder {
        ReportPeriod period = ReportPeriod.custom(LocalDate.of(2022, 5, 22), LocalDate.of(2023, 6, 30));
        Scope scope = new Scope(2L, "huu-lung", "huyện Hữu Lũng", "Hữu Lũng", DISTRICT, "Huyện ủy Hữu Lũng", "HU",
                "Đảng bộ tỉnh Lạng Sơn");
        LocalDate computedOn = LocalDate.of(2026, 11, 28);
        List<HierarchyPhase> phases = List.of(new HierarchyPhase(LocalDate.of(2022, 5, 22), LocalDate.of(2023, 6, 30),
                List.of(COMMUNE, VILLAGE), 24, 203, null));
        List<TierAssignment> assigned = List.of(new TierAssignment(DISTRICT, 8, 27, 44, 24, 203, 0),
                new TierAssignment(COMMUNE, 96, 210, 142, 0, 203, 1_500));
        Coverage coverage = new Coverage(24, 24, 203, 203, 31_250, 1_500);
        DecisionFigures decisions = new DecisionFigures(24, 24, 448, decisionRows());
        List<SessionCount> sessions = List.of(new SessionCount(DISTRICT, CadreCategory.BTV, 105),
                new SessionCount(DISTRICT, CadreCategory.BCH, 200), new SessionCount(DISTRICT, CadreCategory.LDQL, 142),
                new SessionCount(COMMUNE, CadreCategory.BTV, 1_450), new SessionCount(COMMUNE, CadreCategory.BCH, 2_800),
                new SessionCount(COMMUNE, CadreCategory.LDQL, 1_980));
        List<QuarterSessions> sessionsByQuarter = List.of(new QuarterSessions(2022, 2, 310),
                new QuarterSessions(2022, 3, 1_420), new QuarterSessions(2022, 4, 1_610),
                new QuarterSessions(2023, 1, 1_370), new QuarterSessions(2023, 2, 1_967));
        ActivityCounts activities = new ActivityCounts(6_677, 812, 36, 1_240, 18);
        WorkingGroupFigures workingGroups = new WorkingGroupFigures(2, List.of(
                new WorkingGroupRow("Tổ công tác số 1", "Huyện ủy Hữu Lũng", 2022, LocalDate.of(2022, 8, 1),
                        "Hoàng Văn Hải", 5, List.of("xã Yên Thịnh", "xã Hữu Liên"), true, null),
                new WorkingGroupRow("Tổ công tác số 2", "Huyện ủy Hữu Lũng", 2023, LocalDate.of(2023, 3, 2),
                        "Lý Thị Mai", 4, List.of("xã Thiện Kỵ"), true, null),
                new WorkingGroupRow("Tổ công tác phòng, chống thiên tai", "Huyện ủy Hữu Lũng", 2021,
                        LocalDate.of(2021, 9, 10), "Vi Văn Đức", 6, List.of(), false, null)));
        List<ComplianceFigures> compliance = List.of(
                new ComplianceFigures(2022, LocalDate.of(2022, 12, 31), "EACH_COMMITTEE", List.of(
                        new TierCompliance(DISTRICT, 2, 35, 33, 0, 2), new TierCompliance(COMMUNE, 4, 310, 298, 0, 12)),
                        belowNorm(14)),
                new ComplianceFigures(2023, LocalDate.of(2023, 6, 30), "EACH_COMMITTEE", List.of(
                        new TierCompliance(DISTRICT, 2, 35, 20, 15, 0), new TierCompliance(COMMUNE, 4, 310, 150, 160, 0)),
                        List.of()));
        ConcernFigures concerns = new ConcernFigures(57, List.of(new StatusCount(ConcernStatus.NEW, 3),
                new StatusCount(ConcernStatus.IN_PROGRESS, 6), new StatusCount(ConcernStatus.ESCALATED, 2),
                new StatusCount(ConcernStatus.RESOLVED, 40), new StatusCount(ConcernStatus.CLOSED, 6)), 4, List.of(
                new TopicRow("Đất đai, giải phóng mặt bằng", "Land and site clearance", 21, 15, 6, 3),
                new TopicRow("Chính sách xã hội", "Social policies", 14, 13, 1, 0),
                new TopicRow("Hạ tầng giao thông, thủy lợi", "Roads and irrigation", 12, 10, 2, 1),
                new TopicRow("Môi trường", "Environment", 10, 8, 2, 0)));
        List<CommuneRow> communes = communeRows();
        List<AssignmentRow> annex = List.of(
                new AssignmentRow("Nguyễn Văn Bình", 1968, CadreCategory.BTV, DISTRICT, "Bí thư Huyện ủy",
                        "xã Yên Thịnh", "xã Yên Thịnh", AssignmentRole.IN_CHARGE, "107-QĐ/HU",
                        LocalDate.of(2022, 6, 15), null),
                new AssignmentRow("Lý Thị Mai", 1975, CadreCategory.BCH, DISTRICT, "Trưởng Ban Dân vận",
                        "thôn Làng Cháy", "xã Hữu Liên", AssignmentRole.FOLLOW, "107-QĐ/HU", LocalDate.of(2022, 6, 15),
                        null));

        Resolution77Report build() {
            return new Resolution77Report(period, scope, computedOn, phases, assigned, coverage, decisions, sessions,
                    sessionsByQuarter, activities, workingGroups, compliance, concerns, communes, annex);
        }

        private static List<DecisionRow> decisionRows() {
            List<DecisionRow> rows = new ArrayList<>();
            rows.add(new DecisionRow("107-QĐ/HU", LocalDate.of(2022, 6, 15), "Huyện ủy Hữu Lũng", DISTRICT, 79, 227,
                    0));
            for (int i = 0; i < COMMUNES.length; i++) {
                rows.add(new DecisionRow((10 + i) + "-QĐ/ĐU", LocalDate.of(2022, 7, 1 + i),
                        "Đảng ủy " + COMMUNES[i], COMMUNE, 18 + i % 3, 8 + i % 5, 60));
            }
            return rows;
        }

        private static List<CommuneRow> communeRows() {
            List<CommuneRow> rows = new ArrayList<>();
            for (int i = 0; i < COMMUNES.length; i++) {
                rows.add(new CommuneRow(100L + i, COMMUNES[i], "huyện Hữu Lũng", LocalDate.of(2022, 5, 22),
                        LocalDate.of(2023, 6, 30), 8 + i % 5, 8 + i % 5, 1_300, 60, List.of("Cán bộ " + (i + 1)),
                        true, 270, 2, 2));
            }
            return rows;
        }

        private static List<BelowNorm> belowNorm(int count) {
            List<BelowNorm> rows = new ArrayList<>();
            rows.add(new BelowNorm("Trần Văn Hùng", 1972, "Huyện ủy Hữu Lũng", DISTRICT, 1, 2, Standing.BEHIND));
            rows.add(new BelowNorm("Hoàng Thị Lan", 1980, "Huyện ủy Hữu Lũng", DISTRICT, 0, 2, Standing.BEHIND));
            for (int i = 2; i < count; i++) {
                rows.add(new BelowNorm("Cán bộ xã " + i, 1985, "Đảng ủy " + COMMUNES[i], COMMUNE, 2, 4,
                        Standing.BEHIND));
            }
            return rows;
        }
    }
}
