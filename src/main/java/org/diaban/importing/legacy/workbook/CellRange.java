package org.diaban.importing.legacy.workbook;

/** A rectangle of cells, 1-based and inclusive: a merged region. */
public record CellRange(int firstRow, int firstColumn, int lastRow, int lastColumn) {

    public CellRange {
        if (firstRow < 1 || firstColumn < 1 || lastRow < firstRow || lastColumn < firstColumn) {
            throw new IllegalArgumentException("bad range " + firstRow + "," + firstColumn
                    + ":" + lastRow + "," + lastColumn);
        }
    }

    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    /** "A1" or "A1:C3". */
    @Override
    public String toString() {
        String first = columnName(firstColumn) + firstRow;
        return firstRow == lastRow && firstColumn == lastColumn
                ? first : first + ":" + columnName(lastColumn) + lastRow;
    }

    /** The letters of a 1-based column number: 1 → A, 27 → AA. */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }
}
