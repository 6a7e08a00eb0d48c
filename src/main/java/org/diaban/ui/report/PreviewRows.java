package org.diaban.ui.report;

import java.util.ArrayList;
import java.util.List;
import org.diaban.reporting.workbook.Table;

/**
 * The rows of a workbook table as the preview lists them, its totals row last. A table whose
 * rows are already a list is shown as that list: the annex is a view of tens of thousands of
 * assignments, and copying it would make every row at once.
 */
final class PreviewRows {

    private PreviewRows() {
    }

    static List<Object[]> of(Table table) {
        if (table.totals() == null && table.rows() instanceof List<Object[]> list) {
            return list;
        }
        List<Object[]> rows = new ArrayList<>((int) Math.min(Integer.MAX_VALUE - 1, table.size()) + 1);
        table.rows().forEach(rows::add);
        if (table.totals() != null) {
            rows.add(table.totals());
        }
        return rows;
    }
}
