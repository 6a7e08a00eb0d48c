package org.diaban.ui.report;

import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.diaban.i18n.I18n;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.Resolution77Report.AssignmentRow;
import org.diaban.service.report.Resolution77Report.BelowNorm;
import org.diaban.service.report.Resolution77Report.CommuneRow;
import org.diaban.service.report.Resolution77Report.ComplianceFigures;
import org.diaban.service.report.Resolution77Report.DecisionRow;
import org.diaban.service.report.Resolution77Report.SessionCount;
import org.diaban.service.report.Resolution77Report.StatusCount;
import org.diaban.service.report.Resolution77Report.TierAssignment;
import org.diaban.service.report.Resolution77Report.TierCompliance;
import org.diaban.service.report.Resolution77Report.TopicRow;
import org.diaban.service.report.Resolution77Report.WorkingGroupRow;
import org.diaban.ui.common.Columns;

/**
 * The report's tables in the window, one tab each as the workbook has one sheet each: the
 * summary, the communes, categories and tiers, attendance with the names below the norm, the
 * working groups, the concerns, the decisions and the annex of assignments.
 */
final class ReportPreview {

    private static final double TWO_LINES = 34;

    private final I18n i18n;
    private final ReportTexts texts;
    private final TabPane tabs = new TabPane();
    private final TableView<SummaryRows.Row> summary = table("report-summary");
    private final TableView<CommuneRow> communes = table("report-communes");
    private final TableView<TierAssignment> assigned = table("report-assigned");
    private final TableView<SessionCount> sessions = table("report-sessions");
    private final TableView<ComplianceRow> compliance = table("report-compliance");
    private final TableView<BelowNorm> below = table("report-below-norm");
    private final TableView<WorkingGroupRow> groups = table("report-groups");
    private final TableView<StatusCount> statuses = table("report-concern-status");
    private final TableView<TopicRow> topics = table("report-topics");
    private final TableView<DecisionRow> decisions = table("report-decisions");
    private final TableView<AssignmentRow> annex = table("report-annex");

    /** A tier's attendance in one year: the compliance tables list every year of the period. */
    record ComplianceRow(int year, TierCompliance tier) {
    }

    ReportPreview(I18n i18n) {
        this.i18n = i18n;
        this.texts = new ReportTexts(i18n);
        tabs.setId("report-preview");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        buildSummary();
        buildCommunes();
        buildCategories();
        buildCompliance();
        buildGroups();
        buildConcerns();
        buildDecisions();
        buildAnnex();
        for (TableView<?> t : List.of(summary, communes, assigned, sessions, compliance, below, groups, statuses,
                topics, decisions, annex)) {
            t.setPlaceholder(new Label(i18n.get("reports.preview.empty")));
            t.getColumns().forEach(ReportPreview::wrapHeader);
        }
        // the summary's notes take the room left; wide tables scroll sideways instead of cutting text
        summary.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tabs.getTabs().setAll(
                tab("reports.preview.summary", summary),
                tab("reports.preview.communes", communes),
                tab("reports.preview.categories", titled("reports.preview.assigned", assigned),
                        titled("reports.preview.sessions", sessions)),
                tab("reports.preview.compliance", titled("reports.preview.complianceTiers", compliance),
                        titled("reports.preview.belowNorm", below)),
                tab("reports.preview.groups", groups),
                tab("reports.preview.concerns", titled("reports.preview.concernStatus", statuses),
                        titled("reports.preview.topics", topics)),
                tab("reports.preview.decisions", decisions),
                tab("reports.preview.annex", annex));
    }

    Node view() {
        return tabs;
    }

    /** Shows a report's tables; null empties them. */
    void show(Resolution77Report r) {
        summary.setItems(items(r == null ? List.of() : new SummaryRows(texts).of(r)));
        communes.setItems(items(r == null ? List.of() : r.communes()));
        assigned.setItems(items(r == null ? List.of() : r.assigned()));
        sessions.setItems(items(r == null ? List.of() : r.sessions()));
        compliance.setItems(items(r == null ? List.of() : r.compliance().stream()
                .flatMap(f -> f.tiers().stream().map(t -> new ComplianceRow(f.year(), t))).toList()));
        below.setItems(items(r == null ? List.of() : r.compliance().stream()
                .map(ComplianceFigures::belowNorm).flatMap(List::stream).toList()));
        groups.setItems(items(r == null ? List.of() : r.workingGroups().groups()));
        statuses.setItems(items(r == null ? List.of() : r.concerns().byStatus()));
        topics.setItems(items(r == null ? List.of() : r.concerns().byTopic()));
        decisions.setItems(items(r == null ? List.of() : r.decisions().decisions()));
        annex.setItems(items(r == null ? List.of() : r.annex()));
    }

    private void buildSummary() {
        summary.getColumns().setAll(List.of(
                text("reports.col.no", SummaryRows.Row::number, 40),
                text("reports.col.indicator", SummaryRows.Row::indicator, 430),
                numeric(text("reports.col.result", SummaryRows.Row::value, 90)),
                text("reports.col.note", SummaryRows.Row::note, 200)));
    }

    private void buildCommunes() {
        communes.getColumns().setAll(List.of(
                text("reports.col.commune", CommuneRow::name, 170),
                text("reports.col.parent", CommuneRow::parentName, 140),
                text("reports.col.days", c -> ReportTexts.date(c.from()) + " – " + ReportTexts.date(c.to()), 160),
                count("reports.col.villages", CommuneRow::villages),
                count("reports.col.villagesCovered", CommuneRow::villagesCovered),
                count("reports.col.households", CommuneRow::households),
                count("reports.col.householdsCovered", CommuneRow::householdsCovered),
                text("reports.col.inCharge", c -> String.join("; ", c.inCharge()), 220),
                text("reports.col.ownDecision", c -> i18n.get(c.ownDecision() ? "reports.yes" : "reports.no"), 80),
                count("reports.col.sessions", CommuneRow::sessions),
                count("reports.col.concerns", CommuneRow::concerns),
                count("reports.col.concernsResolved", CommuneRow::concernsResolved)));
    }

    private void buildCategories() {
        assigned.getColumns().setAll(List.of(
                text("reports.col.tier", t -> texts.tier(t.tier()), 150),
                count("reports.col.btv", TierAssignment::btv),
                count("reports.col.bch", TierAssignment::bch),
                count("reports.col.leaders", TierAssignment::leaders),
                count("reports.col.total", TierAssignment::total),
                count("reports.col.communes", TierAssignment::communes),
                count("reports.col.villages", TierAssignment::villages),
                count("reports.col.households", TierAssignment::households)));
        sessions.getColumns().setAll(List.of(
                text("reports.col.tier", s -> texts.tier(s.tier()), 150),
                text("reports.col.category", s -> texts.category(s.category()), 170),
                count("reports.col.sessions", SessionCount::sessions)));
    }

    private void buildCompliance() {
        compliance.getColumns().setAll(List.of(
                text("reports.col.year", c -> String.valueOf(c.year()), 60),
                text("reports.col.tier", c -> texts.tier(c.tier().tier()), 150),
                text("reports.col.norm", c -> c.tier().norm() == null ? "–" : ReportTexts.number(c.tier().norm()), 70),
                count("reports.col.members", c -> c.tier().members()),
                count("reports.col.met", c -> c.tier().met()),
                count("reports.col.onTrack", c -> c.tier().onTrack()),
                count("reports.col.behind", c -> c.tier().behind()),
                numeric(text("reports.col.percent", c -> ReportTexts.percent(c.tier().percent()), 80))));
        below.getColumns().setAll(List.of(
                text("reports.col.name", BelowNorm::name, 170),
                text("reports.col.birthYear", b -> b.birthYear() == null ? "" : String.valueOf(b.birthYear()), 70),
                text("reports.col.committee", BelowNorm::committeeName, 190),
                text("reports.col.tier", b -> texts.tier(b.tier()), 120),
                count("reports.col.attended", BelowNorm::attended),
                count("reports.col.required", BelowNorm::required),
                text("reports.col.standing", b -> texts.standing(b.standing()), 110)));
    }

    private void buildGroups() {
        groups.getColumns().setAll(List.of(
                text("reports.col.group", WorkingGroupRow::name, 170),
                text("reports.col.committee", WorkingGroupRow::committeeName, 170),
                text("reports.col.formedOn", g -> g.formedOn() == null ? String.valueOf(g.formedYear())
                        : ReportTexts.date(g.formedOn()), 90),
                text("reports.col.leader", WorkingGroupRow::leaderName, 150),
                count("reports.col.members", WorkingGroupRow::members),
                text("reports.col.communesInCare", g -> String.join(", ", g.communeNames()), 220),
                text("reports.col.formedInPeriod",
                        g -> i18n.get(g.formedInPeriod() ? "reports.yes" : "reports.no"), 90),
                text("reports.col.dissolvedOn", g -> ReportTexts.date(g.dissolvedOn()), 90)));
    }

    private void buildConcerns() {
        statuses.getColumns().setAll(List.of(
                text("reports.col.status", s -> texts.status(s.status()), 200),
                count("reports.col.count", StatusCount::count)));
        topics.getColumns().setAll(List.of(
                text("reports.col.topic", t -> i18n.isEnglish() && t.topicNameEn() != null ? t.topicNameEn()
                        : t.topicName(), 260),
                count("reports.col.received", TopicRow::received),
                count("reports.col.resolved", TopicRow::resolved),
                count("reports.col.inProgress", TopicRow::inProgress),
                count("reports.col.overdue", TopicRow::overdue)));
    }

    private void buildDecisions() {
        decisions.getColumns().setAll(List.of(
                text("reports.col.symbol", DecisionRow::symbol, 130),
                text("reports.col.issuedOn", d -> ReportTexts.date(d.issuedOn()), 90),
                text("reports.col.issuer", DecisionRow::issuerName, 200),
                text("reports.col.tier", d -> texts.tier(d.issuerTier()), 120),
                count("reports.col.cadres", DecisionRow::cadres),
                count("reports.col.units", DecisionRow::units),
                count("reports.col.households", DecisionRow::households)));
    }

    private void buildAnnex() {
        annex.getColumns().setAll(List.of(
                text("reports.col.name", AssignmentRow::cadreName, 160),
                text("reports.col.birthYear", a -> a.birthYear() == null ? "" : String.valueOf(a.birthYear()), 70),
                text("reports.col.category", a -> texts.category(a.category()), 130),
                text("reports.col.tier", a -> texts.tier(a.tier()), 110),
                text("reports.col.position", AssignmentRow::positionTitle, 180),
                text("reports.col.unit", AssignmentRow::unitName, 150),
                text("reports.col.commune", AssignmentRow::communeName, 140),
                text("reports.col.role", a -> texts.role(a.role()), 90),
                text("reports.col.decision", AssignmentRow::decisionSymbol, 110),
                text("reports.col.from", a -> ReportTexts.date(a.from()), 85),
                text("reports.col.to", a -> ReportTexts.date(a.to()), 85)));
    }

    private <T> TableColumn<T, String> text(String key, Function<T, String> value, double width) {
        return Columns.text(i18n.get(key), value, width);
    }

    /** A count, right-aligned and written 1.234. */
    private <T> TableColumn<T, Integer> count(String key, Function<T, Integer> value) {
        String title = i18n.get(key);
        // wide enough for the heading on two lines
        double width = Math.max(70, Math.min(140, title.length() * 4.8 + 22));
        TableColumn<T, Integer> column = Columns.value(title, value, n -> ReportTexts.number(n), width);
        column.getStyleClass().add("number");
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** Long Vietnamese headings wrap onto two or three lines rather than end in "…". */
    private static void wrapHeader(TableColumn<?, ?> column) {
        Label heading = new Label(column.getText());
        heading.setWrapText(true);
        heading.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        heading.setAlignment(javafx.geometry.Pos.CENTER);
        heading.prefWidthProperty().bind(column.widthProperty().subtract(8));
        // the header row is as tall as its tallest heading's minimum: room for two lines everywhere
        heading.setMinHeight(TWO_LINES);
        column.setText("");
        column.setGraphic(heading);
    }

    private static <T> TableColumn<T, String> numeric(TableColumn<T, String> column) {
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private static <T> TableView<T> table(String id) {
        TableView<T> t = new TableView<>();
        t.setId(id);
        return t;
    }

    private Tab tab(String key, Node... content) {
        Node body = content.length == 1 ? content[0] : new VBox(6, content);
        if (body instanceof VBox box) {
            box.getChildren().forEach(c -> VBox.setVgrow(c, javafx.scene.layout.Priority.ALWAYS));
        }
        Tab t = new Tab(i18n.get(key), body);
        t.setId(key.replace('.', '-'));
        return t;
    }

    private VBox titled(String key, TableView<?> table) {
        Label title = new Label(i18n.get(key));
        title.getStyleClass().add("section-title");
        VBox box = new VBox(2, title, table);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    private static <T> javafx.collections.ObservableList<T> items(List<T> list) {
        return FXCollections.observableArrayList(list);
    }
}
