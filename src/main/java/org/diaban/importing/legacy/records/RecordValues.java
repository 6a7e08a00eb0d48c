package org.diaban.importing.legacy.records;

import org.diaban.importing.legacy.table.ColumnKind;
import org.diaban.importing.legacy.table.TableCell;
import org.diaban.importing.legacy.table.TableRow;

/** Small conversions of cell texts to record values. */
final class RecordValues {

    private RecordValues() {
    }

    /** The integer a cell shows ("12", "12.0", "12."), or null. */
    static Integer integer(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.trim().replaceAll("[.,]0*$", "");
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The text of a cell only on the row it is written in (not carried down a vertical merge). */
    static String ownText(TableRow row, ColumnKind kind) {
        TableCell cell = row.cell(kind);
        if (cell == null || (cell.raw() != null && cell.raw().row() != row.row())) {
            return null;
        }
        return cell.text();
    }
}
