package org.diaban.importing.legacy.workbook;

import java.util.List;

/**
 * One row of a sheet as stored in the file.
 *
 * @param row    1-based Excel row number
 * @param hidden whether the row is hidden (it is still data)
 * @param cells  its non-blank cells in column order; empty for a row that only has formatting
 */
public record RowCells(int row, boolean hidden, List<RawCell> cells) {

    public RowCells {
        cells = List.copyOf(cells);
    }

    /** The cell in a 1-based column, or {@code null} when it is blank. */
    public RawCell cell(int column) {
        for (RawCell cell : cells) {
            if (cell.column() == column) {
                return cell;
            }
        }
        return null;
    }
}
