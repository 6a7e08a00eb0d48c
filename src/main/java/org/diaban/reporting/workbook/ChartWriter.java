package org.diaban.reporting.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * Native Excel charts drawn from the small tables of a sheet. The values go into the chart's own
 * cache as well as referring to the cells, so the chart shows without recalculation even though
 * the streamed rows are no longer in memory.
 */
final class ChartWriter {

    void write(SXSSFSheet sheet, SheetSpec spec, List<TableSheetWriter.Placement> placements) {
        if (spec.charts().isEmpty()) {
            return;
        }
        sheet.createDrawingPatriarch();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        for (ChartSpec c : spec.charts()) {
            Table table = spec.tables().get(c.tableIndex());
            List<Object[]> rows = new ArrayList<>();
            table.rows().forEach(rows::add);
            if (rows.isEmpty()) {
                continue;
            }
            TableSheetWriter.Placement p = placements.get(c.tableIndex());
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, p.chartFrom(), spec.widthsMm().length,
                    p.chartTo());
            XSSFChart chart = drawing.createChart(anchor);
            chart.setTitleText(c.title());
            chart.setTitleOverlay(false);
            String sheetName = sheet.getSheetName();
            String[] categories = rows.stream().map(r -> String.valueOf(r[0])).toArray(String[]::new);
            XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromArray(categories,
                    new CellRangeAddress(p.firstDataRow(), p.lastDataRow(), 0, 0).formatAsString(sheetName, true));
            XDDFChartData data;
            if (c.type() == ChartSpec.Type.PIE) {
                data = chart.createData(ChartTypes.PIE, null, null);
                data.setVaryColors(true);
            } else {
                XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
                XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
                left.setCrosses(AxisCrosses.AUTO_ZERO);
                if (c.valueAxisTitle() != null) {
                    left.setTitle(c.valueAxisTitle());
                }
                XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
                bars.setBarDirection(BarDirection.COL);
                bars.setVaryColors(false);
                data = bars;
            }
            for (int col = 1; col < table.columns().size(); col++) {
                Double[] values = new Double[rows.size()];
                for (int i = 0; i < rows.size(); i++) {
                    values[i] = rows.get(i)[col] instanceof Number n ? n.doubleValue() : null;
                }
                XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(values,
                        new CellRangeAddress(p.firstDataRow(), p.lastDataRow(), col, col)
                                .formatAsString(sheetName, true));
                XDDFChartData.Series series = data.addSeries(cats, numbers);
                series.setTitle(table.columns().get(col).title(),
                        new CellReference(sheetName, p.headerRow(), col, true, true));
            }
            chart.plot(data);
            if (c.type() == ChartSpec.Type.PIE || table.columns().size() > 2) {
                chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
            }
        }
    }
}
