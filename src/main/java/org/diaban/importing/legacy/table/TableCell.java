package org.diaban.importing.legacy.table;

import org.diaban.importing.legacy.workbook.RawCell;

/**
 * One cell of a data row.
 *
 * @param text the decoded text (TCVN3/VNI by the cell's font → Unicode), normalised as the keys
 *             write it; for a number the number as written ("12", "1.5"); null for a date cell
 * @param raw  the cell as stored (for dates, numbers and formulas); for a value carried down a
 *             vertical merge, the merge's top cell
 */
public record TableCell(String text, RawCell raw) {

    /** Whether the cell is a real date cell. */
    public boolean isDate() {
        return raw != null && raw.isDate();
    }
}
