package org.diaban.reporting.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
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
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;

/**
 * Native Excel charts drawn from the small tables of a sheet. The values go into the chart's own
 * cache as well as referring to the cells, so the chart shows without recalculation even though
 * the streamed rows are no longer in memory.
 */
final class ChartWriter {

    /*
     * Sober colours that stay apart when printed in grey. Explicit RGB fills: LibreOffice draws a
     * series without its own fill as transparent, and cannot resolve theme colours in a chart.
     */
    private static final String[] PALETTE = {"1F4E79", "C55A11", "7F7F7F", "BF9000", "548235", "843C0C", "2E75B6"};

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
            if (!rows.isEmpty()) {
                chart(sheet, drawing, spec, c, table, rows, placements.get(c.tableIndex()));
            }
        }
    }

    private static void chart(SXSSFSheet sheet, XSSFDrawing drawing, SheetSpec spec, ChartSpec c, Table table,
                              List<Object[]> rows, TableSheetWriter.Placement p) {
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
            left.setMinimum(0);
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
                    new CellRangeAddress(p.firstDataRow(), p.lastDataRow(), col, col).formatAsString(sheetName, true));
            XDDFChartData.Series series = data.addSeries(cats, numbers);
            series.setTitle(table.columns().get(col).title(),
                    new CellReference(sheetName, p.headerRow(), col, true, true));
            if (c.type() == ChartSpec.Type.PIE) {
                for (int i = 0; i < rows.size(); i++) {
                    series.getDataPoint(i).setFillProperties(fill(i));
                }
            } else {
                series.setFillProperties(fill(col - 1));
            }
        }
        chart.plot(data);
        labels(chart, c.type());
        if (c.type() == ChartSpec.Type.PIE || table.columns().size() > 2) {
            chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        }
    }

    private static XDDFSolidFillProperties fill(int index) {
        String hex = PALETTE[index % PALETTE.length];
        byte[] rgb = new byte[3];
        for (int i = 0; i < 3; i++) {
            rgb[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return new XDDFSolidFillProperties(XDDFColor.from(rgb));
    }

    /** The figures on the chart itself, as officers write them on a hand-drawn one. */
    private static void labels(XSSFChart chart, ChartSpec.Type type) {
        CTPlotArea plot = chart.getCTChart().getPlotArea();
        if (type == ChartSpec.Type.PIE) {
            for (var ser : plot.getPieChartArray(0).getSerArray()) {
                showValues(ser.isSetDLbls() ? ser.getDLbls() : ser.addNewDLbls(), STDLblPos.BEST_FIT);
            }
        } else {
            for (var ser : plot.getBarChartArray(0).getSerArray()) {
                showValues(ser.isSetDLbls() ? ser.getDLbls() : ser.addNewDLbls(), STDLblPos.OUT_END);
            }
        }
    }

    private static void showValues(CTDLbls labels, STDLblPos.Enum position) {
        labels.addNewDLblPos().setVal(position);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }
}
