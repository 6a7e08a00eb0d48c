package org.diaban.ui.dashboard;

import java.util.function.BiConsumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.i18n.I18n;
import org.diaban.service.report.ScopeChoice;
import org.diaban.ui.common.ShownAs;
import org.diaban.ui.common.WhenShown;
import org.diaban.ui.report.ReportControls;
import org.diaban.ui.shell.Workspace;

/**
 * The dashboard tab: a period and a unit at the top, the key figures as tiles, and the charts an
 * officer would otherwise draw by hand: concerns by status, attendance by tier, sessions per quarter.
 */
public final class DashboardPane implements Workspace {

    private final I18n i18n;
    private final DashboardViewModel model;
    private final BorderPane root = new BorderPane();
    private final FlowPane tiles = new FlowPane(10, 10);
    private final PieChart concerns = new PieChart();
    private final BarChart<String, Number> compliance = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 20));
    private final BarChart<String, Number> sessions = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final ComboBox<ReportPeriod> period = new ComboBox<>();

    /** @param makeReport opens the report dialog on a period and a unit key (null: the top) */
    public DashboardPane(I18n i18n, DashboardViewModel model, BiConsumer<ReportPeriod, String> makeReport) {
        this.i18n = i18n;
        this.model = model;
        root.setId("dashboard");
        root.getStylesheets().add(DashboardPane.class.getResource("/org/diaban/ui/report/reports.css")
                .toExternalForm());

        period.setId("dashboard-period");
        period.setItems(model.periods());
        period.setConverter(ShownAs.text(model::periodName));
        period.valueProperty().bindBidirectional(model.periodProperty());
        ComboBox<ScopeChoice> scope = ReportControls.scopes(model.scopes(), "dashboard-scope");
        scope.setPrefWidth(320);
        Button refresh = new Button(i18n.get("dashboard.refresh"));
        refresh.setId("dashboard-refresh");
        refresh.setOnAction(e -> model.refresh());
        refresh.disableProperty().bind(model.job().busyProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.job().busyProperty());
        Label step = new Label();
        step.textProperty().bind(model.job().messageProperty());
        Button report = new Button(i18n.get("dashboard.makeReport"));
        report.setId("dashboard-make-report");
        report.setMnemonicParsing(true);
        report.setOnAction(e -> makeReport.accept(model.periodProperty().get(), model.scopeKey()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label periodLabel = new Label(i18n.get("dashboard.period"));
        periodLabel.setLabelFor(period);
        Label scopeLabel = new Label(i18n.get("dashboard.scope"));
        scopeLabel.setLabelFor(scope);
        HBox bar = new HBox(8, periodLabel, period, scopeLabel, scope, refresh, busy, step, spacer, report);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.job().errorProperty());
        error.visibleProperty().bind(model.job().errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        tiles.setId("dashboard-tiles");
        VBox top = new VBox(8, bar, error, tiles);
        top.setPadding(new Insets(8, 8, 4, 8));
        root.setTop(top);
        root.setCenter(charts());

        model.figuresProperty().addListener((obs, old, f) -> show(f));
        show(model.figuresProperty().get());
        // computed when the tab is first shown, not while the window starts
        WhenShown.run(root, model::activate);
    }

    private Node charts() {
        concerns.setId("dashboard-concerns-chart");
        concerns.setTitle(i18n.get("dashboard.chart.concerns"));
        concerns.setLegendSide(Side.RIGHT);
        concerns.setLabelsVisible(true);
        concerns.setAnimated(false);
        compliance.setId("dashboard-compliance-chart");
        compliance.setTitle(i18n.get("dashboard.chart.compliance"));
        compliance.getYAxis().setLabel("%");
        compliance.setAnimated(false);
        sessions.setId("dashboard-sessions-chart");
        sessions.setTitle(i18n.get("dashboard.chart.sessions"));
        sessions.setLegendVisible(false);
        sessions.setAnimated(false);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setPadding(new Insets(4, 8, 8, 8));
        for (int i = 0; i < 3; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / 3);
            grid.getColumnConstraints().add(c);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        grid.getRowConstraints().add(row);
        grid.addRow(0, box(concerns), box(compliance), box(sessions));
        return grid;
    }

    private static Node box(Region chart) {
        VBox b = new VBox(chart);
        b.getStyleClass().add("chart-box");
        VBox.setVgrow(chart, Priority.ALWAYS);
        chart.setMinSize(0, 0);
        b.setMinSize(0, 0);
        return b;
    }

    private void show(DashboardFigures f) {
        tiles.getChildren().clear();
        concerns.getData().clear();
        compliance.getData().clear();
        sessions.getData().clear();
        if (f == null) {
            Label wait = new Label(i18n.get("dashboard.empty"));
            wait.getStyleClass().add("placeholder-text");
            tiles.getChildren().add(wait);
            return;
        }
        for (DashboardFigures.Tile t : f.tiles()) {
            tiles.getChildren().add(tile(t));
        }
        concerns.setData(FXCollections.observableArrayList(f.concerns().stream()
                .map(s -> new PieChart.Data(s.label() + " (" + org.diaban.ui.report.ReportTexts.number(
                        Math.round(s.value())) + ")", s.value())).toList()));
        for (DashboardFigures.Series s : f.compliance()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            s.points().forEach(p -> series.getData().add(new XYChart.Data<>(p.label(), p.value())));
            compliance.getData().add(series);
        }
        XYChart.Series<String, Number> perQuarter = new XYChart.Series<>();
        perQuarter.setName(i18n.get("dashboard.chart.sessions"));
        f.sessions().forEach(p -> perQuarter.getData().add(new XYChart.Data<>(p.label(), p.value())));
        sessions.getData().add(perQuarter);
    }

    private static Node tile(DashboardFigures.Tile t) {
        Label title = new Label(t.title());
        title.getStyleClass().add("stat-title");
        title.setWrapText(true);
        Label value = new Label(t.value());
        value.getStyleClass().add("stat-number");
        value.setId("dashboard-tile-" + t.id());
        Label note = new Label(t.note());
        note.getStyleClass().add("stat-caption");
        note.setWrapText(true);
        VBox box = new VBox(2, title, value, note);
        box.getStyleClass().add("stat-box");
        return box;
    }

    public DashboardViewModel model() {
        return model;
    }

    @Override
    public Node view() {
        return root;
    }

    /** F5 and changes of data: computed now when the tab shows, else when it is next shown. */
    @Override
    public void refresh() {
        Parent parent = root.getParent();
        if (parent != null && parent.isVisible() && root.getScene() != null) {
            model.refresh();
        } else {
            model.refreshWhenShown();
        }
    }

    @Override
    public void focusMain() {
        period.requestFocus();
    }
}
