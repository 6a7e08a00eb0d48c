package org.diaban.reporting.workbook;

import java.util.List;

/**
 * One breakdown sheet: its tab name, orientation, title lines, column widths in millimetres (the
 * writer scales them to the printable width) and its tables, which share the columns.
 *
 * @param tableWithRepeatedHeader the table whose header row repeats on every printed page, -1 for none
 */
public record SheetSpec(String name, boolean landscape, String title, String subtitle, double[] widthsMm,
                        List<Table> tables, List<ChartSpec> charts, int tableWithRepeatedHeader) {

    public SheetSpec(String name, boolean landscape, String title, String subtitle, double[] widthsMm,
                     List<Table> tables) {
        this(name, landscape, title, subtitle, widthsMm, tables, List.of(), longest(tables));
    }

    private static int longest(List<Table> tables) {
        int best = 0;
        for (int i = 1; i < tables.size(); i++) {
            if (tables.get(i).size() > tables.get(best).size()) {
                best = i;
            }
        }
        return best;
    }

    /** The index of the table with the most rows (the first of equals). */
    public int longestTable() {
        return longest(tables);
    }

    public long rowCount() {
        return tables.stream().mapToLong(Table::size).sum();
    }
}
