package org.diaban.importing.legacy.table;

import java.util.Map;
import java.util.Optional;
import org.diaban.importing.legacy.values.CommitteeCategory;

/**
 * A data row of a legacy table.
 *
 * @param sheet   the sheet name
 * @param row     the 1-based Excel row number
 * @param cells   the non-empty cells by column kind (values of vertical merges carried down)
 * @param section the committee category of the section row above, if any
 */
public record TableRow(String sheet, int row, Map<ColumnKind, TableCell> cells, Optional<CommitteeCategory> section) {

    public TableRow {
        cells = Map.copyOf(cells);
    }

    public TableCell cell(ColumnKind kind) {
        return cells.get(kind);
    }

    /** The decoded text of a column, or null when it is empty or a date. */
    public String text(ColumnKind kind) {
        TableCell cell = cells.get(kind);
        return cell == null ? null : cell.text();
    }
}
