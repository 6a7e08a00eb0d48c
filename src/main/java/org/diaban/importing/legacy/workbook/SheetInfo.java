package org.diaban.importing.legacy.workbook;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A sheet's layout, complete before its first row is delivered.
 *
 * @param index         0-based position in the workbook's sheet order
 * @param name          the sheet name
 * @param visibility    visible, hidden or very hidden
 * @param mergedRegions every merged region of the sheet, in file order
 * @param hiddenColumns 1-based numbers of hidden columns
 * @param hiddenRows    1-based numbers of hidden rows (their cells are still delivered as data)
 */
public record SheetInfo(int index, String name, SheetVisibility visibility, List<CellRange> mergedRegions,
                        Set<Integer> hiddenColumns, Set<Integer> hiddenRows) {

    public SheetInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(visibility, "visibility");
        mergedRegions = List.copyOf(mergedRegions);
        hiddenColumns = Set.copyOf(hiddenColumns);
        hiddenRows = Set.copyOf(hiddenRows);
    }

    public boolean isVisible() {
        return visibility == SheetVisibility.VISIBLE;
    }

    /** The merged region that covers a cell, or {@code null}. */
    public CellRange mergedRegionAt(int row, int column) {
        for (CellRange range : mergedRegions) {
            if (range.contains(row, column)) {
                return range;
            }
        }
        return null;
    }
}
