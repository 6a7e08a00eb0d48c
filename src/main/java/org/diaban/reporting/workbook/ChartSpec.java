package org.diaban.reporting.workbook;

/**
 * A native chart drawn from one table of its sheet, placed in the rows kept free below it: the
 * first column gives the categories, each further column one series.
 */
public record ChartSpec(int tableIndex, Type type, String title, String valueAxisTitle) {

    public enum Type { PIE, COLUMNS }
}
