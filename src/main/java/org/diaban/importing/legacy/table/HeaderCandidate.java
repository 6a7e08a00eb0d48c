package org.diaban.importing.legacy.table;

import java.util.List;

/**
 * The most header-like row of a visible sheet where no table was recognised, so that a user can
 * pick a shape and map the columns it misses.
 *
 * @param sheet           the sheet name
 * @param row             the 1-based row: among the top rows, the one whose text cells cover the
 *                        most columns (a merged cell counts for each column it spans; ties go to
 *                        the upper row)
 * @param cells           its header cells, left to right; where the row holds a merged group cell,
 *                        the row below is read with it and its sub-columns read "group > sub"
 * @param closestShape    the shape that finds the most of these columns (mappings included), or
 *                        null when no shape finds any
 * @param missingRequired the required columns of {@code closestShape} not found, in the shape's order
 */
public record HeaderCandidate(String sheet, int row, List<HeaderCell> cells, TableShape closestShape,
                              List<ColumnKind> missingRequired) {

    public HeaderCandidate {
        cells = List.copyOf(cells);
        missingRequired = List.copyOf(missingRequired);
    }
}
