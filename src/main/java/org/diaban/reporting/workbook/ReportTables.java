package org.diaban.reporting.workbook;

import static org.diaban.reporting.workbook.CellKind.CENTER;
import static org.diaban.reporting.workbook.CellKind.DATE;
import static org.diaban.reporting.workbook.CellKind.INTEGER;
import static org.diaban.reporting.workbook.CellKind.PERCENT;
import static org.diaban.reporting.workbook.CellKind.TEXT;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

import org.diaban.domain.people.CadreCategory;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.i18n.I18n;
import org.diaban.reporting.PeriodWording;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.Resolution77Report.AssignmentRow;
import org.diaban.service.report.Resolution77Report.BelowNorm;
import org.diaban.service.report.Resolution77Report.CommuneRow;
import org.diaban.service.report.Resolution77Report.ComplianceFigures;
import org.diaban.service.report.Resolution77Report.DecisionRow;
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
 * The breakdown sheets of a report as plain tables of values: what the styled writer lays out and
 * what the bare benchmark write copies, so both write the same cells.
 */
public final class ReportTables {

    /** Rows of 15 pt kept for each chart: two charts with their tables fit a portrait page. */
    private static final int CHART_ROWS = 13;

    /** Where the annex goes among the breakdown sheets: after the decisions, before the charts. */
    static final int ANNEX_POSITION = 6;

    private final Wording w;

    public ReportTables(I18n i18n) {
        this.w = new Wording(i18n);
    }

    /** The breakdown sheets in workbook order under the report's own subtitle. */
    public List<SheetSpec> sheets(Resolution77Report r) {
        return sheets(r, subtitle(r));
    }

    /** The second title line of every breakdown sheet: who, for which period. */
    public String subtitle(Resolution77Report r) {
        return subtitle(r.scope(), r.period());
    }

    String subtitle(Scope scope, ReportPeriod period) {
        return w.format("workbook.sheetSubtitle", scope.name(), new PeriodWording(w.i18n()).of(period));
    }

    /** The breakdown sheets in workbook order, the chart sheet last. */
    public List<SheetSpec> sheets(Resolution77Report r, String subtitle) {
        List<SheetSpec> all = new ArrayList<>(sheetsBesideAnnex(r, subtitle));
        all.add(ANNEX_POSITION, annex(r.annex(), subtitle));
        return all;
    }

    /** The breakdown sheets but the annex, which goes at {@link #ANNEX_POSITION} among them. */
    List<SheetSpec> sheetsBesideAnnex(Resolution77Report r, String subtitle) {
        return List.of(communes(r, subtitle), categories(r, subtitle), compliance(r, subtitle),
                workingGroups(r, subtitle), concerns(r, subtitle), decisions(r, subtitle), charts(r, subtitle));
    }

    private List<Column> columns(String prefix, CellKind... kinds) {
        List<Column> list = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            list.add(new Column(w.text(prefix + i), kinds[i]));
        }
        return list;
    }

    SheetSpec communes(Resolution77Report r, String subtitle) {
        List<Object[]> rows = new ArrayList<>();
        int n = 0;
        for (CommuneRow c : r.communes()) {
            rows.add(new Object[] {++n, c.name(), c.parentName(), c.from(), c.to(), c.villages(), c.villagesCovered(),
                c.households(), c.householdsCovered(), String.join(", ", c.inCharge()), w.yesNo(c.ownDecision()),
                c.sessions(), c.concerns(), c.concernsResolved()});
        }
        Table t = new Table(null, columns("workbook.communes.col.", CENTER, TEXT, TEXT, DATE, DATE, INTEGER, INTEGER,
                INTEGER, INTEGER, TEXT, CENTER, INTEGER, INTEGER, INTEGER), rows, null);
        return new SheetSpec(w.text("workbook.sheet.communes"), true, w.text("workbook.communes.title"), subtitle,
                new double[] {10, 33, 31, 22, 22, 12, 16, 15, 16, 36, 15, 14, 13, 15}, List.of(t));
    }

    SheetSpec categories(Resolution77Report r, String subtitle) {
        List<Object[]> rows = new ArrayList<>();
        int tierNo = 0;
        int btv = 0;
        int bch = 0;
        int leaders = 0;
        for (TierAssignment a : r.assigned()) {
            rows.add(new Object[] {PeriodWording.roman(++tierNo), w.tierTitle(a.tier()), w.text("workbook.categories.allOfTier"),
                a.total(), null, a.communes(), a.villages(), a.households()});
            int[] counts = {a.btv(), a.bch(), a.leaders()};
            for (CadreCategory c : CadreCategory.values()) {
                rows.add(new Object[] {c.ordinal() + 1, "", w.category(c), counts[c.ordinal()],
                    sessions(r, a.tier(), c), null, null, null});
            }
            btv += a.btv();
            bch += a.bch();
            leaders += a.leaders();
        }
        Object[] totals = {"", w.text("workbook.total"), w.format("workbook.categories.totalNote",
                String.valueOf(btv), String.valueOf(bch), String.valueOf(leaders)), btv + bch + leaders,
            r.activities().workSessions(), r.coverage().communesCovered(), r.coverage().villagesCovered(),
            r.coverage().householdsCovered()};
        Table t = new Table(null, columns("workbook.categories.col.", CENTER, TEXT, TEXT, INTEGER, INTEGER, INTEGER,
                INTEGER, INTEGER), rows, totals);
        return new SheetSpec(w.text("workbook.sheet.categories"), false, w.text("workbook.categories.title"),
                subtitle, new double[] {11, 32, 36, 22, 20, 13, 15, 16}, List.of(t));
    }

    private static Integer sessions(Resolution77Report r, TierRef tier, CadreCategory category) {
        int sum = 0;
        for (SessionCount s : r.sessions()) {
            if (s.category() == category && s.tier().code().equals(tier.code())) {
                sum += s.sessions();
            }
        }
        return sum;
    }

    SheetSpec compliance(Resolution77Report r, String subtitle) {
        List<Object[]> rates = new ArrayList<>();
        List<Object[]> names = new ArrayList<>();
        String policy = null;
        for (ComplianceFigures f : r.compliance()) {
            policy = policy == null ? f.policy() : policy;
            for (TierCompliance t : f.tiers()) {
                rates.add(new Object[] {String.valueOf(f.year()), w.tierTitle(t.tier()), t.norm(), t.members(), t.met(),
                    t.onTrack(), t.behind(), t.percent()});
            }
            for (BelowNorm b : f.belowNorm()) {
                names.add(new Object[] {names.size() + 1, b.name(), b.birthYear() == null ? null
                    : String.valueOf(b.birthYear()), b.committeeName(), String.valueOf(f.year()), b.attended(),
                    b.required(), w.standing(b.standing())});
            }
        }
        String heading = policy == null || policy.isBlank() ? w.text("workbook.compliance.rates")
                : w.format("workbook.compliance.ratesUnder", w.policy(policy));
        Table rateTable = new Table(heading, columns("workbook.compliance.col.", CENTER, TEXT, INTEGER, INTEGER,
                INTEGER, INTEGER, INTEGER, PERCENT), rates, null);
        Table nameTable = new Table(w.text("workbook.compliance.names"), columns("workbook.compliance.names.col.",
                CENTER, TEXT, CENTER, TEXT, CENTER, INTEGER, INTEGER, CENTER), names, null);
        return new SheetSpec(w.text("workbook.sheet.compliance"), false, w.text("workbook.compliance.title"),
                subtitle, new double[] {12, 38, 22, 36, 14, 15, 14, 16}, List.of(rateTable, nameTable));
    }

    SheetSpec workingGroups(Resolution77Report r, String subtitle) {
        List<Object[]> rows = new ArrayList<>();
        for (WorkingGroupRow g : r.workingGroups().groups()) {
            Object formed = g.formedOn() != null ? g.formedOn() : String.valueOf(g.formedYear());
            rows.add(new Object[] {rows.size() + 1, g.name(), g.committeeName(), formed, g.leaderName(), g.members(),
                String.join(", ", g.communeNames()), w.yesNo(g.formedInPeriod()), g.dissolvedOn()});
        }
        Table t = new Table(w.format("workbook.groups.formed", String.valueOf(r.workingGroups().formed())),
                columns("workbook.groups.col.", CENTER, TEXT, TEXT, DATE, TEXT, INTEGER, TEXT, CENTER, DATE), rows,
                null);
        return new SheetSpec(w.text("workbook.sheet.groups"), true, w.text("workbook.groups.title"), subtitle,
                new double[] {10, 42, 37, 22, 33, 17, 50, 21, 25}, List.of(t));
    }

    SheetSpec concerns(Resolution77Report r, String subtitle) {
        List<Object[]> status = new ArrayList<>();
        for (StatusCount s : r.concerns().byStatus()) {
            status.add(new Object[] {status.size() + 1, w.status(s.status()), s.count()});
        }
        status.add(new Object[] {"", w.text("workbook.concerns.overdue"), r.concerns().overdue()});
        Table byStatus = new Table(w.text("workbook.concerns.byStatus"),
                columns("workbook.concerns.status.col.", CENTER, TEXT, INTEGER), status,
                new Object[] {"", w.text("workbook.concerns.received"), r.concerns().received()});
        List<Object[]> topics = new ArrayList<>();
        int[] sums = new int[4];
        for (TopicRow t : r.concerns().byTopic()) {
            int[] v = {t.received(), t.resolved(), t.inProgress(), t.overdue()};
            for (int i = 0; i < v.length; i++) {
                sums[i] += v[i];
            }
            String topic = w.isEnglish() && t.topicNameEn() != null ? t.topicNameEn() : t.topicName();
            topics.add(new Object[] {topics.size() + 1, topic, v[0], v[1], v[2], v[3]});
        }
        Table byTopic = new Table(w.text("workbook.concerns.byTopic"), columns("workbook.concerns.topic.col.",
                CENTER, TEXT, INTEGER, INTEGER, INTEGER, INTEGER), topics,
                new Object[] {"", w.text("workbook.total"), sums[0], sums[1], sums[2], sums[3]});
        return new SheetSpec(w.text("workbook.sheet.concerns"), false, w.text("workbook.concerns.title"), subtitle,
                new double[] {12, 61, 23, 23, 24, 22}, List.of(byStatus, byTopic));
    }

    SheetSpec decisions(Resolution77Report r, String subtitle) {
        List<Object[]> rows = new ArrayList<>();
        for (DecisionRow d : r.decisions().decisions()) {
            rows.add(new Object[] {rows.size() + 1, d.symbol(), d.issuedOn(), d.issuerName(), w.tierTitle(d.issuerTier()),
                d.cadres(), d.units(), d.households()});
        }
        Resolution77Report.DecisionFigures f = r.decisions();
        Table t = new Table(w.format("workbook.decisions.communes", String.valueOf(f.communesIssuing()),
                String.valueOf(f.communes()), String.valueOf(f.cadresInCommuneDecisions())),
                columns("workbook.decisions.col.", CENTER, TEXT, DATE, TEXT, TEXT, INTEGER, INTEGER, INTEGER), rows,
                null);
        return new SheetSpec(w.text("workbook.sheet.decisions"), false, w.text("workbook.decisions.title"), subtitle,
                new double[] {10, 30, 22, 42, 21, 13, 14, 13}, List.of(t));
    }

    SheetSpec annex(List<AssignmentRow> source, String subtitle) {
        // a view, not a copy: the annex can run to tens of thousands of rows, each made when read
        List<Object[]> rows = new AnnexRows(source);
        Table t = new Table(null, columns("workbook.annex.col.", CENTER, TEXT, CENTER, CENTER, TEXT, TEXT, TEXT, TEXT,
                CENTER, TEXT, DATE, DATE), rows, source.size(), null, 0);
        return new SheetSpec(w.text("workbook.sheet.annex"), true, w.text("workbook.annex.title"), subtitle,
                new double[] {10, 34, 11, 14, 19, 49, 33, 30, 17, 22, 20, 20}, List.of(t));
    }

    /** The annex's assignments as rows of cells, each made on demand. */
    private final class AnnexRows extends AbstractList<Object[]> implements RandomAccess {

        private final List<AssignmentRow> source;

        AnnexRows(List<AssignmentRow> source) {
            this.source = source;
        }

        @Override
        public Object[] get(int index) {
            AssignmentRow a = source.get(index);
            return new Object[] {index + 1, a.cadreName(), a.birthYear() == null ? null : String.valueOf(a.birthYear()),
                w.categoryShort(a.category()), w.tierTitle(a.tier()), a.positionTitle(), a.unitName(), a.communeName(),
                w.role(a.role()), a.decisionSymbol(), a.from(), a.to()};
        }

        @Override
        public int size() {
            return source.size();
        }
    }

    /** The chart sheet: the three small tables the charts are drawn from, a chart below each. */
    SheetSpec charts(Resolution77Report r, String subtitle) {
        List<Object[]> status = new ArrayList<>();
        for (StatusCount s : r.concerns().byStatus()) {
            status.add(new Object[] {w.status(s.status()), s.count()});
        }
        // compliance pivoted: one row per tier, one column (series) per calendar year
        List<Integer> years = r.compliance().stream().map(ComplianceFigures::year).toList();
        Map<String, Object[]> byTier = new LinkedHashMap<>();
        for (int y = 0; y < years.size(); y++) {
            for (TierCompliance t : r.compliance().get(y).tiers()) {
                Object[] row = byTier.computeIfAbsent(t.tier().code(), k -> new Object[years.size() + 1]);
                row[0] = w.tierTitle(t.tier());
                row[y + 1] = t.percent();
            }
        }
        List<Column> complianceColumns = new ArrayList<>();
        complianceColumns.add(new Column(w.text("workbook.charts.tier"), TEXT));
        for (Integer y : years) {
            complianceColumns.add(new Column(w.format("workbook.charts.yearPercent", String.valueOf(y)), PERCENT));
        }
        List<Object[]> quarters = new ArrayList<>();
        for (QuarterSessions q : r.sessionsByQuarter()) {
            quarters.add(new Object[] {w.format("workbook.charts.quarterLabel", PeriodWording.roman(q.quarter()),
                String.valueOf(q.year())), q.sessions()});
        }
        List<Table> tables = List.of(
                new Table(w.text("workbook.charts.concerns"), List.of(new Column(w.text("workbook.charts.status"),
                        TEXT), new Column(w.text("workbook.charts.count"), INTEGER)), status, null).withChartRows(CHART_ROWS),
                new Table(w.text("workbook.charts.compliance"), complianceColumns, new ArrayList<>(byTier.values()),
                        null).withChartRows(CHART_ROWS),
                new Table(w.text("workbook.charts.sessions"), List.of(new Column(w.text("workbook.charts.quarter"),
                        TEXT), new Column(w.text("workbook.charts.sessionCount"), INTEGER)), quarters, null)
                        .withChartRows(CHART_ROWS));
        int valueColumns = Math.max(2, years.size());
        double[] widths = new double[valueColumns + 1];
        widths[0] = 60;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 105.0 / valueColumns;
        }
        List<ChartSpec> charts = List.of(
                new ChartSpec(0, ChartSpec.Type.PIE, w.text("workbook.charts.concerns"), null),
                new ChartSpec(1, ChartSpec.Type.COLUMNS, w.text("workbook.charts.compliance"), "%"),
                new ChartSpec(2, ChartSpec.Type.COLUMNS, w.text("workbook.charts.sessions"),
                        w.text("workbook.charts.sessionCount")));
        return new SheetSpec(w.text("workbook.sheet.charts"), false, w.text("workbook.charts.title"), subtitle, widths,
                tables, charts, -1);
    }
}
