package org.diaban.ui.report;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import org.diaban.reporting.workbook.ChartSpec;
import org.diaban.reporting.workbook.Table;

/**
 * The workbook's charts drawn in the window from the same tables: the first column names the
 * categories, each further column is a series.
 */
final class PreviewCharts {

    private static final double HEIGHT = 260;

    private PreviewCharts() {
    }

    static Chart of(ChartSpec spec, Table table) {
        List<Object[]> rows = PreviewRows.of(table);
        Chart chart = spec.type() == ChartSpec.Type.PIE ? pie(rows) : columns(spec, table, rows);
        chart.setTitle(spec.title());
        chart.setAnimated(false);
        chart.setPrefHeight(HEIGHT);
        chart.setMinHeight(HEIGHT);
        return chart;
    }

    private static PieChart pie(List<Object[]> rows) {
        PieChart pie = new PieChart();
        for (Object[] row : rows) {
            if (row.length > 1 && row[1] instanceof Number n && n.doubleValue() > 0) {
                pie.getData().add(new PieChart.Data(PreviewText.cell(row[0]) + " (" + PreviewText.cell(n) + ")",
                        n.doubleValue()));
            }
        }
        pie.setLegendVisible(false);
        return pie;
    }

    private static BarChart<String, Number> columns(ChartSpec spec, Table table, List<Object[]> rows) {
        CategoryAxis categories = new CategoryAxis();
        NumberAxis values = new NumberAxis();
        values.setLabel(spec.valueAxisTitle());
        BarChart<String, Number> bars = new BarChart<>(categories, values);
        for (int c = 1; c < table.columns().size(); c++) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(table.columns().get(c).title());
            for (Object[] row : rows) {
                if (c < row.length && row[c] instanceof Number n) {
                    series.getData().add(new XYChart.Data<>(PreviewText.cell(row[0]), n));
                }
            }
            bars.getData().add(series);
        }
        bars.setLegendVisible(table.columns().size() > 2);
        categories.setCategories(FXCollections.observableArrayList(rows.stream()
                .map(r -> PreviewText.cell(r[0])).distinct().toList()));
        return bars;
    }
}
