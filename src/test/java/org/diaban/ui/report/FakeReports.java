package org.diaban.ui.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diaban.domain.activity.ConcernStatus;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.compliance.Standing;
import org.diaban.domain.people.CadreCategory;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.reporting.FormatProfile;
import org.diaban.service.report.ReportRequest;
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
import org.diaban.service.report.ScopeChoice;

/**
 * Hand-built reports with the article's figures for Hữu Lũng (79 assigned: 8 BTV, 27 BCH, 44
 * leaders; 24 communes, 203 villages; 105 and 342 work sessions), for view-model and window tests.
 */
public final class FakeReports {

    public static final TierRef PROVINCE = new TierRef("tinh", 1, "Cấp tỉnh", "Province level");
    public static final TierRef DISTRICT = new TierRef("huyen", 2, "Cấp huyện", "District level");
    public static final TierRef COMMUNE = new TierRef("xa", 3, "Cấp xã", "Commune level");

    public static final int BTV_SESSIONS = 105;
    public static final int OTHER_SESSIONS = 342;

    private FakeReports() {
    }

    /** The units of a period: districts before 1/7/2025, the new communes after. */
    public static List<ScopeChoice> scopes(ReportPeriod period) {
        List<ScopeChoice> list = new ArrayList<>();
        list.add(new ScopeChoice("lang-son", "Tỉnh Lạng Sơn", PROVINCE, 0));
        if (period.from().isBefore(LocalDate.of(2025, 7, 1))) {
            list.add(new ScopeChoice("bac-son", "Huyện Bắc Sơn", DISTRICT, 1));
            list.add(new ScopeChoice("huu-lung", "Huyện Hữu Lũng", DISTRICT, 1));
            list.add(new ScopeChoice("son-ha", "Xã Sơn Hà", COMMUNE, 2));
        }
        if (!period.to().isBefore(LocalDate.of(2025, 7, 1))) {
            list.add(new ScopeChoice("xa-huu-lung", "Xã Hữu Lũng", COMMUNE, 1));
            list.add(new ScopeChoice("xa-yen-binh", "Xã Yên Bình", COMMUNE, 1));
        }
        return list;
    }

    public static Resolution77Report huuLung(ReportPeriod period) {
        return report(new ReportRequest(period, "huu-lung"));
    }

    /** The same figures whatever is asked; the scope and period are those of the request. */
    public static Resolution77Report report(ReportRequest request) {
        ReportPeriod period = request.period();
        String key = request.scopeKey() == null ? "lang-son" : request.scopeKey();
        String name = scopes(period).stream().filter(s -> s.key().equals(key)).map(ScopeChoice::name).findFirst()
                .orElse("Huyện Hữu Lũng");
        Scope scope = new Scope(7L, key, name, "Hữu Lũng", DISTRICT, "Huyện ủy Hữu Lũng", "HU",
                "Đảng bộ tỉnh Lạng Sơn");
        List<QuarterSessions> perQuarter = new ArrayList<>();
        List<ReportPeriod> quarters = period.quarters();
        int total = BTV_SESSIONS + OTHER_SESSIONS;
        for (int i = 0; i < quarters.size(); i++) {
            int share = total / quarters.size() + (i < total % quarters.size() ? 1 : 0);
            perQuarter.add(new QuarterSessions(quarters.get(i).year(), quarters.get(i).index(), share));
        }
        LocalDate asOf = period.to();
        return new Resolution77Report(period, scope, LocalDate.of(2026, 11, 28),
                List.of(new HierarchyPhase(period.from(), period.to(), List.of(DISTRICT, COMMUNE), 24, 203, null)),
                List.of(new TierAssignment(DISTRICT, 8, 27, 44, 24, 203, 0)),
                new Coverage(24, 24, 203, 203, 12_480, 3_150),
                new DecisionFigures(24, 24, 448, List.of(
                        new DecisionRow("107-QĐ/HU", LocalDate.of(2022, 6, 10), "Huyện ủy Hữu Lũng", DISTRICT, 79,
                                227, 0),
                        new DecisionRow("12-QĐ/ĐU", LocalDate.of(2022, 7, 1), "Đảng ủy xã Sơn Hà", COMMUNE, 19, 9,
                                40))),
                List.of(new SessionCount(DISTRICT, CadreCategory.BTV, BTV_SESSIONS),
                        new SessionCount(DISTRICT, CadreCategory.BCH, 200),
                        new SessionCount(DISTRICT, CadreCategory.LDQL, OTHER_SESSIONS - 200)),
                perQuarter,
                new ActivityCounts(total, 61, 12, 310, 5),
                new WorkingGroupFigures(2, List.of(
                        new WorkingGroupRow("Tổ công tác số 1", "Huyện ủy Hữu Lũng", 2023, LocalDate.of(2023, 4, 3),
                                "Hoàng Văn Dũng", 5, List.of("Xã Sơn Hà", "Xã Hòa Sơn"), true, null),
                        new WorkingGroupRow("Tổ công tác số 2", "Huyện ủy Hữu Lũng", 2022, LocalDate.of(2022, 8, 1),
                                "Lương Thị Hoa", 4, List.of("Xã Yên Vượng"), false, null))),
                List.of(new ComplianceFigures(period.to().getYear(), asOf, "EACH_COMMITTEE", List.of(
                        new TierCompliance(DISTRICT, 2, 35, 20, 10, 5),
                        new TierCompliance(COMMUNE, 4, 400, 150, 200, 50)), List.of(
                        new BelowNorm("Nguyễn Văn An", 1970, "Huyện ủy Hữu Lũng", DISTRICT, 0, 2, Standing.BEHIND),
                        new BelowNorm("Đặng Thị Bích", 1981, "Đảng ủy xã Sơn Hà", COMMUNE, 1, 4,
                                Standing.BEHIND)))),
                new ConcernFigures(40, List.of(new StatusCount(ConcernStatus.NEW, 5),
                        new StatusCount(ConcernStatus.IN_PROGRESS, 10), new StatusCount(ConcernStatus.ESCALATED, 2),
                        new StatusCount(ConcernStatus.RESOLVED, 20), new StatusCount(ConcernStatus.CLOSED, 3)), 4,
                        List.of(new TopicRow("Giải phóng mặt bằng", "Land clearance", 15, 8, 7, 2),
                                new TopicRow("Chính sách xã hội", "Social policy", 25, 15, 8, 2))),
                List.of(new CommuneRow(11L, "Xã Sơn Hà", "Huyện Hữu Lũng", period.from(), period.to(), 9, 9, 540, 120,
                                List.of("Nguyễn Văn An"), true, 31, 4, 3),
                        new CommuneRow(12L, "=Xã Hòa Sơn", "Huyện Hữu Lũng", period.from(), period.to(), 8, 8, 500,
                                100, List.of("Đặng Thị Bích"), true, 22, 2, 1)),
                List.of(new AssignmentRow("Nguyễn Văn An", 1970, CadreCategory.BTV, DISTRICT,
                        "Phó Bí thư Huyện ủy", "Xã Sơn Hà", "Xã Sơn Hà", AssignmentRole.IN_CHARGE, "107-QĐ/HU",
                        LocalDate.of(2022, 6, 10), null)));
    }

    public static List<FormatProfile> profiles() {
        FormatProfile.Sizes sizes = new FormatProfile.Sizes(15, 13, 14, 14, 14, 14, 16, 14, 13, 14, 12);
        return List.of(
                new FormatProfile("party", "Thể thức văn bản của Đảng", "Times New Roman",
                        new FormatProfile.Margins(20, 20, 30, 15), sizes, "ĐẢNG CỘNG SẢN VIỆT NAM", null,
                        "Số {0}-BC/{1}", "{0}, ngày {1} tháng {2} năm {3}", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", true),
                new FormatProfile("state", "Thể thức Nghị định 30/2020", "Times New Roman",
                        new FormatProfile.Margins(20, 20, 30, 15), sizes, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc", "Số: {0}/BC-{1}", "{0}, ngày {1} tháng {2} năm {3}",
                        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", false));
    }
}
