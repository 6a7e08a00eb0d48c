package org.diaban.reporting.workbook;

import java.util.List;

/**
 * One table of a sheet: an optional heading line, the header row, the rows (values of type
 * String, Number, LocalDate or null, one per column), an optional totals row, and how many rows
 * to keep free below it for a chart.
 *
 * @param rows   iterated once by the writer; the annex streams through it
 * @param size   the number of rows, for progress
 * @param totals the totals row, or null
 */
public record Table(String heading, List<Column> columns, Iterable<Object[]> rows, long size, Object[] totals,
                    int chartRows) {

    public Table(String heading, List<Column> columns, List<Object[]> rows, Object[] totals) {
        this(heading, columns, rows, rows.size(), totals, 0);
    }

    public Table withChartRows(int count) {
        return new Table(heading, columns, rows, size, totals, count);
    }
}
