package org.diaban.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.diaban.domain.activity.ConcernStatus;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.compliance.Standing;
import org.diaban.domain.people.CadreCategory;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.Resolution77Report.AssignmentRow;
import org.diaban.service.report.Resolution77Report.BelowNorm;
import org.diaban.service.report.Resolution77Report.CommuneRow;
import org.diaban.service.report.Resolution77Report.DecisionRow;
import org.diaban.service.report.Resolution77Report.QuarterSessions;
import org.diaban.service.report.Resolution77Report.SessionCount;
import org.diaban.service.report.Resolution77Report.StatusCount;
import org.diaban.service.report.Resolution77Report.TierCompliance;
import org.diaban.service.report.Resolution77Report.TierRef;
import org.diaban.service.report.Resolution77Report.TopicRow;
import org.diaban.service.report.Resolution77Report.WorkingGroupRow;

/**
 * A province-sized Resolution 77 report made up in memory (a year, 200 communes, as many annex
 * rows as asked), for timing the workbook writer without a database ({@code report-write}); the
 * {@code report} benchmark times the real computation and the writer on a data folder.
 */
public final class SyntheticReport {

    private static final TierRef PROVINCE = new TierRef("province", 0, "tỉnh", "province");
    private static final TierRef DISTRICT = new TierRef("district", 1, "huyện", "district");
    private static final TierRef COMMUNE = new TierRef("commune", 2, "xã", "commune");
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Hoàng", "Vi", "Lương", "Hà", "Nông"};
    private static final String[] GIVEN = {"Văn Hùng", "Thị Lan", "Đức Thắng", "Thị Hương", "Quang Dũng",
        "Minh Tuấn"};

    private SyntheticReport() {
    }

    public static Resolution77Report province(int annexRows) {
        ReportPeriod year = ReportPeriod.year(2024);
        int communes = 200;
        Resolution77Report.Scope scope = new Resolution77Report.Scope(1L, "lang-son", "Tỉnh Lạng Sơn", "Lạng Sơn",
                PROVINCE, "Tỉnh ủy Lạng Sơn", "TU", "Đảng bộ tỉnh Lạng Sơn");
        List<CommuneRow> communeRows = new ArrayList<>();
        List<DecisionRow> decisions = new ArrayList<>();
        for (int i = 0; i < communes; i++) {
            String name = "Xã Số " + (i + 1);
            communeRows.add(new CommuneRow((long) i, name, "Huyện " + (i / 20 + 1), year.from(), year.to(), 9, 9,
                    1_000 + i, 990 + i, List.of(name(i), name(i + 3)), true, 30 + i % 9, 8 + i % 5, 6 + i % 4));
            decisions.add(new DecisionRow((i + 1) + "-QĐ/ĐU", year.from().plusDays(i % 60), "Đảng ủy " + name,
                    COMMUNE, 18, 9, 1_000 + i));
        }
        List<AssignmentRow> annex = new ArrayList<>(annexRows);
        for (int i = 0; i < annexRows; i++) {
            annex.add(new AssignmentRow(name(i), 1960 + i % 30, CadreCategory.values()[i % 3],
                    i % 4 == 0 ? DISTRICT : COMMUNE, "Trưởng ban Dân vận", "Thôn " + (i % 12 + 1),
                    "Xã Số " + (i % communes + 1), AssignmentRole.values()[i % 3], (i % 300 + 1) + "-QĐ/ĐU",
                    year.from(), i % 5 == 0 ? year.to().minusDays(i % 90) : null));
        }
        List<WorkingGroupRow> groups = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            groups.add(new WorkingGroupRow("Tổ công tác số " + (i + 1), "Huyện ủy " + (i % 10 + 1), 2024,
                    year.from().plusDays(i), name(i), 5, List.of("Xã Số " + (i + 1)), true, null));
        }
        List<BelowNorm> below = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            below.add(new BelowNorm(name(i), 1970 + i % 20, "Đảng ủy Xã Số " + (i % communes + 1), COMMUNE, 1, 4,
                    Standing.BEHIND));
        }
        List<QuarterSessions> quarters = new ArrayList<>();
        for (ReportPeriod q : year.quarters()) {
            quarters.add(new QuarterSessions(q.year(), q.index(), 1_000 + 100 * q.index()));
        }
        List<TopicRow> topics = List.of(new TopicRow("Đất đai", "Land", 640, 500, 120, 20),
                new TopicRow("Giao thông", "Roads", 410, 330, 70, 10));
        return new Resolution77Report(year, scope, year.to(),
                List.of(new Resolution77Report.HierarchyPhase(year.from(), year.to(), List.of(DISTRICT, COMMUNE),
                        communes, communes * 9, null)),
                List.of(new Resolution77Report.TierAssignment(PROVINCE, 15, 40, 100, 200, 1_800, 200_000),
                        new Resolution77Report.TierAssignment(DISTRICT, 120, 400, 900, 200, 1_800, 200_000)),
                new Resolution77Report.Coverage(communes, communes, communes * 9, communes * 9, 200_000, 198_000),
                new Resolution77Report.DecisionFigures(communes, communes, 3_600, decisions),
                List.of(new SessionCount(PROVINCE, CadreCategory.BTV, 400),
                        new SessionCount(DISTRICT, CadreCategory.BCH, 3_000)),
                quarters, new Resolution77Report.ActivityCounts(4_600, 2_000, 300, 9_000, 100),
                new Resolution77Report.WorkingGroupFigures(40, groups),
                List.of(new Resolution77Report.ComplianceFigures(2024, year.to(), "Quy định 1764-QĐ/TU",
                        List.of(new TierCompliance(DISTRICT, 4, 400, 300, 60, 40),
                                new TierCompliance(COMMUNE, 4, 4_000, 3_300, 400, 300)), below)),
                new Resolution77Report.ConcernFigures(1_050, List.of(new StatusCount(ConcernStatus.NEW, 100),
                        new StatusCount(ConcernStatus.IN_PROGRESS, 190), new StatusCount(ConcernStatus.RESOLVED, 760)),
                        30, topics),
                communeRows, annex);
    }

    private static String name(int i) {
        return FAMILY[i % FAMILY.length] + " " + GIVEN[i / FAMILY.length % GIVEN.length];
    }
}
