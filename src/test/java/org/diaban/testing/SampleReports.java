package org.diaban.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.diaban.bench.SyntheticReport;
import org.diaban.domain.activity.ConcernStatus;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.compliance.Standing;
import org.diaban.domain.people.CadreCategory;
import org.diaban.domain.report.ReportPeriod;
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
import org.diaban.service.report.Resolution77Report.WorkingGroupRow;

/**
 * Hand-made Resolution 77 reports for the writers' tests: a Hữu Lũng-like district report for the
 * article's period (79 cadres: 8 BTV, 27 BCH, 44 leaders; 24 communes; 203 villages), a 2025
 * report that spans the abolition of the district tier, one with texts that look like formulas,
 * and a large one for streaming and the benchmark.
 */
public final class SampleReports {

    public static final TierRef PROVINCE = new TierRef("tinh", 1, "Cấp tỉnh", "Province level");
    public static final TierRef DISTRICT = new TierRef("huyen", 2, "Cấp huyện", "District level");
    public static final TierRef COMMUNE = new TierRef("xa", 3, "Cấp xã", "Commune level");

    public static final List<String> COMMUNES = List.of("Thị trấn Hữu Lũng", "Xã Yên Thịnh", "Xã Hữu Liên",
            "Xã Yên Bình", "Xã Quyết Thắng", "Xã Hòa Bình", "Xã Yên Vượng", "Xã Yên Sơn", "Xã Thiện Tân",
            "Xã Thiện Kỵ", "Xã Hòa Lạc", "Xã Hòa Sơn", "Xã Đồng Tiến", "Xã Cai Kinh", "Xã Tân Thành",
            "Xã Vân Nham", "Xã Đồng Tân", "Xã Hòa Thắng", "Xã Minh Sơn", "Xã Minh Hòa", "Xã Nhật Tiến",
            "Xã Minh Tiến", "Xã Sơn Hà", "Xã Hồ Sơn");
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Hoàng", "Vi", "Lương", "Hà", "Nông", "Đinh",
        "Lăng"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Thị Thu", "Quang", "Minh"};
    private static final String[] GIVEN = {"Hùng", "Lan", "Thắng", "Hương", "Dũng", "Nga", "Tuấn", "Hạnh",
        "Cường", "Phượng", "Bình", "Thủy"};
    private static final String[] TOPICS = {"Đất đai, giải phóng mặt bằng", "Giao thông nông thôn",
        "Chính sách xã hội", "Môi trường", "An ninh trật tự", "Y tế, giáo dục"};

    private SampleReports() {
    }

    /** The article's report: Hữu Lũng, 22/5/2022 to 30/6/2023, one hierarchy throughout. */
    public static Resolution77Report huuLung() {
        ReportPeriod period = ReportPeriod.custom(LocalDate.of(2022, 5, 22), LocalDate.of(2023, 6, 30));
        List<HierarchyPhase> phases = List.of(new HierarchyPhase(period.from(), period.to(), List.of(COMMUNE), 24,
                203, null));
        return build(period, phases, communes(period.from(), period.to(), 0), annex(240, period), List.of(2022, 2023));
    }

    /** The year 2025: the district tier ends on 30/6/2025, so two stretches and both sets of communes. */
    public static Resolution77Report reorganised2025() {
        ReportPeriod period = ReportPeriod.year(2025);
        LocalDate split = LocalDate.of(2025, 7, 1);
        List<HierarchyPhase> phases = List.of(
                new HierarchyPhase(period.from(), split.minusDays(1), List.of(COMMUNE), 24, 203, null),
                new HierarchyPhase(split, period.to(), List.of(COMMUNE), 9, 198, "Nghị quyết 1672/NQ-UBTVQH15"));
        List<CommuneRow> rows = new ArrayList<>(communes(period.from(), split.minusDays(1), 0));
        for (int i = 0; i < 9; i++) {
            rows.add(commune("Xã " + List.of("Hữu Lũng", "Yên Bình", "Hữu Liên", "Cai Kinh", "Tuấn Sơn", "Tân Thành",
                    "Vân Nham", "Thiện Tân", "Yên Thịnh").get(i), "Đảng bộ tỉnh Lạng Sơn", split, period.to(), i, 22));
        }
        return build(period, phases, rows, annex(300, period), List.of(2025));
    }

    /** The article's report with texts that a spreadsheet would take for formulas. */
    public static Resolution77Report withFormulaLikeTexts() {
        Resolution77Report r = huuLung();
        List<AssignmentRow> annex = new ArrayList<>(r.annex());
        AssignmentRow a = annex.get(0);
        annex.set(0, new AssignmentRow("=HYPERLINK(\"http://x\")", a.birthYear(), a.category(), a.tier(),
                "+Bí thư chi bộ", "-Thôn Đồng Mới", "@Xã Hòa Lạc", a.role(), a.decisionSymbol(), a.from(), a.to()));
        List<TopicRow> topics = new ArrayList<>(r.concerns().byTopic());
        topics.set(0, new TopicRow("=1+1", "=1+1", 3, 1, 1, 1));
        ConcernFigures c = r.concerns();
        return new Resolution77Report(r.period(), r.scope(), r.computedOn(), r.phases(), r.assigned(), r.coverage(),
                r.decisions(), r.sessions(), r.sessionsByQuarter(), r.activities(), r.workingGroups(), r.compliance(),
                new ConcernFigures(c.received(), c.byStatus(), c.overdue(), topics), r.communes(), annex);
    }

    /** A province-sized report: {@code annexRows} assignments in the annex (30,000 for the benchmark). */
    public static Resolution77Report large(int annexRows) {
        return SyntheticReport.province(annexRows);
    }

    private static Resolution77Report build(ReportPeriod period, List<HierarchyPhase> phases, List<CommuneRow> communes,
                                            List<AssignmentRow> annex, List<Integer> years) {
        Scope scope = new Scope(12L, "huu-lung", "Huyện Hữu Lũng", "Hữu Lũng", DISTRICT, "Huyện ủy Hữu Lũng", "HU",
                "Đảng bộ tỉnh Lạng Sơn");
        List<TierAssignment> assigned = List.of(new TierAssignment(DISTRICT, 8, 27, 44, 24, 203, 23_418));
        Coverage coverage = new Coverage(24, 24, 203, 203, 23_418, 23_102);
        List<DecisionRow> decisions = new ArrayList<>();
        decisions.add(new DecisionRow("145-QĐ/HU", LocalDate.of(2022, 5, 22), "Huyện ủy Hữu Lũng", DISTRICT, 79, 24,
                0));
        for (int i = 0; i < COMMUNES.size(); i++) {
            decisions.add(new DecisionRow((20 + i) + "-QĐ/ĐU", LocalDate.of(2022, 6, 1 + i % 28),
                    "Đảng ủy " + COMMUNES.get(i).replace("Thị trấn ", "thị trấn ").replace("Xã ", "xã "), COMMUNE,
                    17 + i % 5, 7 + i % 6, 950 + 13 * i));
        }
        List<SessionCount> sessions = List.of(new SessionCount(DISTRICT, CadreCategory.BTV, 105),
                new SessionCount(DISTRICT, CadreCategory.BCH, 129), new SessionCount(DISTRICT, CadreCategory.LDQL, 213));
        List<QuarterSessions> quarters = new ArrayList<>();
        int q = 0;
        for (ReportPeriod quarter : period.quarters()) {
            quarters.add(new QuarterSessions(quarter.year(), quarter.index(), 120 + 17 * (q++ % 4)));
        }
        List<WorkingGroupRow> groups = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            groups.add(new WorkingGroupRow("Tổ công tác số " + (i + 1) + " của Ban Thường vụ Huyện ủy",
                    "Huyện ủy Hữu Lũng", period.from().getYear(), period.from().plusDays(10 * i), name(i), 5 + i,
                    List.of(COMMUNES.get(i * 3), COMMUNES.get(i * 3 + 1), COMMUNES.get(i * 3 + 2)), i < 5,
                    i == 5 ? period.to().minusDays(30) : null));
        }
        List<ComplianceFigures> compliance = new ArrayList<>();
        for (int y : years) {
            LocalDate asOf = LocalDate.of(y, 12, 31).isAfter(period.to()) ? period.to() : LocalDate.of(y, 12, 31);
            List<BelowNorm> below = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                below.add(new BelowNorm(name(7 * i + y), 1968 + i, "Huyện ủy Hữu Lũng", DISTRICT, 1 + i % 2, 4,
                        Standing.BEHIND));
            }
            compliance.add(new ComplianceFigures(y, asOf, "Quy định 1764-QĐ/TU",
                    List.of(new TierCompliance(DISTRICT, 4, 35, 25, 6, 4),
                            new TierCompliance(COMMUNE, 4, 412, 330, 47, 35)), below));
        }
        List<StatusCount> byStatus = List.of(new StatusCount(ConcernStatus.NEW, 12),
                new StatusCount(ConcernStatus.IN_PROGRESS, 31), new StatusCount(ConcernStatus.ESCALATED, 5),
                new StatusCount(ConcernStatus.RESOLVED, 148), new StatusCount(ConcernStatus.CLOSED, 22));
        List<TopicRow> topics = new ArrayList<>();
        int[][] perTopic = {{64, 52, 10, 3}, {41, 33, 7, 2}, {38, 30, 7, 1}, {29, 22, 6, 2}, {27, 21, 5, 1},
            {19, 12, 6, 0}};
        for (int i = 0; i < TOPICS.length; i++) {
            topics.add(new TopicRow(TOPICS[i], "Topic " + (i + 1), perTopic[i][0], perTopic[i][1], perTopic[i][2],
                    perTopic[i][3]));
        }
        ConcernFigures concerns = new ConcernFigures(218, byStatus, 9, topics);
        return new Resolution77Report(period, scope, LocalDate.of(2026, 11, 28), phases, assigned, coverage,
                new DecisionFigures(24, 24, 448, decisions), sessions, quarters,
                new ActivityCounts(865, 214, 37, 1_236, 18),
                new Resolution77Report.WorkingGroupFigures(5, groups), compliance, concerns, communes, annex);
    }

    private static List<CommuneRow> communes(LocalDate from, LocalDate to, int offset) {
        List<CommuneRow> rows = new ArrayList<>();
        for (int i = 0; i < COMMUNES.size(); i++) {
            rows.add(commune(COMMUNES.get(i), "Huyện Hữu Lũng", from, to, i + offset, 0));
        }
        return rows;
    }

    private static CommuneRow commune(String name, String parent, LocalDate from, LocalDate to, int i, int extra) {
        int villages = 203 / 24 + (i % 24 < 203 % 24 ? 1 : 0) + extra;
        int households = 900 + 37 * (i % 17) + 10 * extra;
        return new CommuneRow((long) 100 + i, name, parent, from, to, villages, villages, households,
                households - i % 3, List.of(name(i), name(i + 11)), true, 30 + i % 9, 8 + i % 5, 6 + i % 4);
    }

    static String name(int i) {
        int n = Math.abs(i);
        return FAMILY[n % FAMILY.length] + " " + MIDDLE[n / 3 % MIDDLE.length] + " " + GIVEN[n / 7 % GIVEN.length];
    }

    private static List<AssignmentRow> annex(int rows, ReportPeriod period) {
        List<AssignmentRow> list = new ArrayList<>(rows);
        CadreCategory[] categories = CadreCategory.values();
        AssignmentRole[] roles = AssignmentRole.values();
        for (int i = 0; i < rows; i++) {
            String commune = COMMUNES.get(i % COMMUNES.size());
            list.add(new AssignmentRow(name(i), 1960 + i % 30, categories[i % 3], i % 4 == 0 ? DISTRICT : COMMUNE,
                    i % 3 == 0 ? "Phó Bí thư Huyện ủy" : "Trưởng ban Dân vận", "Thôn Na " + (i % 12 + 1),
                    commune, roles[i % roles.length], (145 + i % 25) + "-QĐ/HU", period.from(),
                    i % 5 == 0 ? period.to().minusDays(i % 90) : null));
        }
        return list;
    }
}
