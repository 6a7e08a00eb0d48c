package org.diaban.ui.report;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.diaban.i18n.I18n;
import org.diaban.reporting.workbook.ChartSpec;
import org.diaban.reporting.workbook.CoverTexts;
import org.diaban.reporting.workbook.ReportTables;
import org.diaban.reporting.workbook.SheetSpec;
import org.diaban.reporting.workbook.SummaryLine;
import org.diaban.reporting.workbook.SummaryLines;
import org.diaban.reporting.workbook.Table;
import org.diaban.service.report.Resolution77Report;

/**
 * The workbook in the window, sheet for sheet: the summary table of the report sheet, then one
 * tab per breakdown sheet with the same name, titles, tables and charts, all made from the models
 * the workbook writer writes from, so that the preview cannot say other than the file.
 * <p>
 * Ids: the tabs are {@code report-tab-0} (summary) to {@code report-tab-N}; the summary table is
 * {@code report-summary}, table j of sheet i is {@code report-table-i-j}.
 */
final class ReportPreview {

    private final I18n i18n;
    private final PreviewTables tables;
    private final TabPane tabs = new TabPane();
    private final TableView<SummaryLine> summary;
    private final Label title = heading("preview-title");
    private final Label subtitle = heading("preview-subtitle");
    private final Label phases = heading("preview-note");
    /** The sheet the officer looked at last: in front again when the next report is shown. */
    private int lastSheet;
    private boolean rebuilding;

    ReportPreview(I18n i18n) {
        this.i18n = i18n;
        this.tables = new PreviewTables(i18n.get("reports.preview.empty"));
        this.summary = tables.summary(List.of(i18n.get("workbook.cover.col.0"), i18n.get("workbook.cover.col.1"),
                i18n.get("workbook.cover.col.2"), i18n.get("workbook.cover.col.3")));
        tabs.setId("report-preview");
        title.setId("report-preview-title");
        subtitle.setId("report-preview-subtitle");
        phases.setId("report-preview-phases");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(summary, Priority.ALWAYS);
        VBox body = new VBox(4, title, subtitle, phases, summary);
        body.setFillWidth(true);
        tabs.getTabs().add(tab(0, i18n.get("workbook.sheet.cover"), body));
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (!rebuilding) {
                lastSheet = index.intValue();
            }
        });
    }

    Node view() {
        return tabs;
    }

    /** Shows a report as its workbook will have it; null empties the preview down to the summary tab. */
    void show(Resolution77Report r) {
        rebuilding = true;
        try {
            fill(r);
        } finally {
            rebuilding = false;
        }
    }

    private void fill(Resolution77Report r) {
        tabs.getTabs().remove(1, tabs.getTabs().size());
        if (r == null) {
            summary.getItems().clear();
            setText(title, null);
            setText(subtitle, null);
            setText(phases, null);
            return;
        }
        summary.getItems().setAll(new SummaryLines(i18n).of(r));
        setText(title, i18n.get("workbook.cover.title"));
        setText(subtitle, CoverTexts.subtitle(r, i18n));
        setText(phases, CoverTexts.phaseNote(r, i18n));
        List<SheetSpec> sheets = new ReportTables(i18n).sheets(r);
        for (int i = 0; i < sheets.size(); i++) {
            tabs.getTabs().add(sheetTab(i + 1, sheets.get(i)));
        }
        // the same sheet stays in front when the report is computed again
        tabs.getSelectionModel().select(Math.max(0, Math.min(lastSheet, tabs.getTabs().size() - 1)));
    }

    private Tab sheetTab(int index, SheetSpec sheet) {
        List<Node> parts = new ArrayList<>();
        parts.add(text("preview-title", sheet.title()));
        parts.add(text("preview-subtitle", sheet.subtitle()));
        List<Table> list = sheet.tables();
        int longest = sheet.longestTable();
        for (int j = 0; j < list.size(); j++) {
            Table t = list.get(j);
            if (t.heading() != null) {
                parts.add(text("preview-heading", t.heading()));
            }
            ChartSpec chart = chartOf(sheet, j);
            TableView<Object[]> view = tables.table(t, sheet.widthsMm(), sheet.landscape() && chart == null,
                    "report-table-" + index + "-" + j);
            if (j == longest && t.size() > PreviewTables.SHOWN_WHOLE) {
                VBox.setVgrow(view, Priority.ALWAYS);
            }
            if (chart == null) {
                parts.add(view);
            } else {
                // the chart beside its table: the workbook has it below, the window has room to the right
                Node drawn = PreviewCharts.of(chart, t);
                HBox.setHgrow(drawn, Priority.ALWAYS);
                HBox pair = new HBox(12, view, drawn);
                pair.setAlignment(Pos.TOP_LEFT);
                parts.add(pair);
            }
        }
        VBox body = new VBox(4, parts.toArray(Node[]::new));
        body.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return tab(index, sheet.name(), scroll);
    }

    private static ChartSpec chartOf(SheetSpec sheet, int table) {
        for (ChartSpec chart : sheet.charts()) {
            if (chart.tableIndex() == table) {
                return chart;
            }
        }
        return null;
    }

    private static Tab tab(int index, String name, Node body) {
        Tab t = new Tab(name, body);
        t.setId("report-tab-" + index);
        return t;
    }

    private static Label text(String style, String value) {
        Label l = heading(style);
        setText(l, value);
        return l;
    }

    private static Label heading(String style) {
        Label l = new Label();
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment("preview-heading".equals(style) ? Pos.CENTER_LEFT : Pos.CENTER);
        return l;
    }

    /** An empty line takes no room. */
    private static void setText(Label l, String value) {
        boolean shown = value != null && !value.isBlank();
        l.setText(shown ? value : "");
        l.setVisible(shown);
        l.setManaged(shown);
    }
}
