package org.diaban.importing.legacy.table;

/**
 * A header cell of a sheet, as a user interface lists it to map it by hand.
 *
 * @param column  the 1-based column
 * @param letters the column's Excel letters ("E", "AA")
 * @param text    the header as shown, decoded by its font; a sub-column under a merged group cell
 *                reads "group > sub" ("Đơn vị phụ trách > Xã, thị trấn")
 * @param folded  the same header folded as header names are compared ("don vi phu trach > xa thi
 *                tran"): what {@link ColumnMappings#with} and {@link ColumnMappings#kindOf} take
 */
public record HeaderCell(int column, String letters, String text, String folded) {
}
