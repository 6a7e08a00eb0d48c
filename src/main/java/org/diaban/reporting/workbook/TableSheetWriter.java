package org.diaban.reporting.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.diaban.service.report.ReportControl;

/**
 * Writes a breakdown sheet row by row (the sheet may be streamed): title lines, then each table
 * with its heading, header row, rows and totals, leaving the rows a chart needs below it.
 */
final class TableSheetWriter {

    /** Where a table landed, for the chart drawn from it. */
    record Placement(int headerRow, int firstDataRow, int lastDataRow, int chartFrom, int chartTo) {
    }

    private final Cells cells;
    private final PageLayout layout;
    private final int titleSize;
    private final int tableSize;
    private final Progress progress;
    /** Points used on the current printed page, to keep a small table and its chart on one page. */
    private double usedPt;
    /** The height of a row left empty (Excel's default). */
    private static final double EMPTY_ROW_PT = 15;

    TableSheetWriter(Cells cells, PageLayout layout, int titleSize, int tableSize, Progress progress) {
        this.cells = cells;
        this.layout = layout;
        this.titleSize = titleSize;
        this.tableSize = tableSize;
        this.progress = progress;
    }

    List<Placement> write(Sheet sheet, SheetSpec spec, ReportControl control) {
        double[] widths = layout.setColumnWidths(sheet, spec.widthsMm(), spec.landscape());
        int lastColumn = widths.length - 1;
        double pagePt = layout.printableHeightPt(spec.landscape());
        usedPt = 0;
        int r = 0;
        r = line(sheet, r, spec.title(), Styles.Look.text(titleSize).withBold().align(HorizontalAlignment.CENTER),
                widths);
        r = line(sheet, r, spec.subtitle(), Styles.Look.text(tableSize).withItalic().align(HorizontalAlignment.CENTER),
                widths);
        r++;
        usedPt += EMPTY_ROW_PT;
        List<Placement> placements = new ArrayList<>();
        int repeatRow = -1;
        for (int t = 0; t < spec.tables().size(); t++) {
            Table table = spec.tables().get(t);
            if (table.chartRows() > 0 && t > 0) {
                double block = (table.size() + 3) * (PageLayout.lineHeight(tableSize) + 4)
                        + (table.chartRows() + 2) * EMPTY_ROW_PT;
                if (usedPt + block > pagePt) {
                    sheet.setRowBreak(r - 1);
                    usedPt = 0;
                }
            }
            if (table.heading() != null) {
                r = line(sheet, r, table.heading(), Styles.Look.text(tableSize).withBold(), widths);
            }
            int headerRow = r;
            if (t == spec.tableWithRepeatedHeader()) {
                repeatRow = headerRow;
            }
            r = header(sheet, r, table, widths);
            int first = r;
            for (Object[] values : table.rows()) {
                control.checkCancelled();
                r = row(sheet, r, values, table, widths, false);
                progress.row();
            }
            if (table.totals() != null) {
                r = row(sheet, r, table.totals(), table, widths, true);
            }
            int last = r - 1;
            int chartFrom = r + 1;
            if (table.chartRows() > 0) {
                // rows of a set height, so that Excel and LibreOffice give the chart the same room
                for (int i = 0; i <= table.chartRows(); i++) {
                    sheet.createRow(r++).setHeightInPoints((float) EMPTY_ROW_PT);
                }
            }
            placements.add(new Placement(headerRow, first, last, chartFrom, chartFrom + table.chartRows()));
            r++;
            usedPt += (table.chartRows() > 0 ? table.chartRows() + 2 : 1) * EMPTY_ROW_PT;
        }
        layout.apply(sheet, spec.landscape(), lastColumn, Math.max(0, r - 2), repeatRow, repeatRow);
        return placements;
    }

    /** A line of text across the whole width (merged), its height from the text's wrapping. */
    private int line(Sheet sheet, int r, String text, Styles.Look look, double[] widths) {
        Row row = sheet.createRow(r);
        cells.put(row, 0, text, look, null);
        double total = 0;
        for (double w : widths) {
            total += w;
        }
        row.setHeightInPoints(PageLayout.lineHeight(look.size())
                * PageLayout.lines(text == null ? "" : text, total, look.size(), look.bold()) + 4);
        usedPt += row.getHeightInPoints();
        if (widths.length > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, widths.length - 1));
        }
        return r + 1;
    }

    private int header(Sheet sheet, int r, Table table, double[] widths) {
        Row row = sheet.createRow(r);
        Object[] titles = table.columns().stream().map(Column::title).toArray();
        Styles.Look look = Styles.Look.text(tableSize).withBold().bordered().align(HorizontalAlignment.CENTER);
        for (int c = 0; c < titles.length; c++) {
            cells.put(row, c, titles[c], look, null);
        }
        row.setHeightInPoints(PageLayout.rowHeight(titles, widths, tableSize, true));
        usedPt += row.getHeightInPoints();
        return r + 1;
    }

    private int row(Sheet sheet, int r, Object[] values, Table table, double[] widths, boolean bold) {
        Row row = sheet.createRow(r);
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            cells.table(row, c, c < values.length ? values[c] : null, columns.get(c).kind(), tableSize, bold);
        }
        row.setHeightInPoints(PageLayout.rowHeight(values, widths, tableSize, bold));
        usedPt += row.getHeightInPoints();
        return r + 1;
    }
}
