package org.diaban.importing.legacy.table;

import java.util.List;
import java.util.Map;
import org.diaban.importing.legacy.workbook.CellRange;

/**
 * Where a table sits in a sheet.
 *
 * @param sheet      the sheet name
 * @param shape      the recognised shape
 * @param headerRows the 1-based rows of the header (without the column-numbering row)
 * @param titleLines the decoded texts above the header, in reading order (for district and year)
 * @param columns    the 1-based column of each column kind found
 * @param unrecognisedHeaders the header cells no column took (extra columns, or columns whose header
 *                            is unknown and could be mapped by hand), left to right
 */
public record TableLayout(String sheet, TableShape shape, List<Integer> headerRows, List<String> titleLines,
                          Map<ColumnKind, Integer> columns, List<HeaderCell> unrecognisedHeaders) {

    public TableLayout {
        headerRows = List.copyOf(headerRows);
        titleLines = List.copyOf(titleLines);
        columns = Map.copyOf(columns);
        unrecognisedHeaders = List.copyOf(unrecognisedHeaders);
    }

    /** A layout whose header cells were all recognised. */
    public TableLayout(String sheet, TableShape shape, List<Integer> headerRows, List<String> titleLines,
                       Map<ColumnKind, Integer> columns) {
        this(sheet, shape, headerRows, titleLines, columns, List.of());
    }

    public int lastHeaderRow() {
        return headerRows.get(headerRows.size() - 1);
    }

    /** The Excel column letters ("E", "AA") of a column kind, or null when the table has no such column. */
    public String letters(ColumnKind kind) {
        Integer column = columns.get(kind);
        return column == null ? null : CellRange.columnName(column);
    }
}
