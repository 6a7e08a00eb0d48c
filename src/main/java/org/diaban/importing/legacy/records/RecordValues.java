package org.diaban.importing.legacy.records;

import java.time.LocalDate;
import java.util.Locale;
import org.diaban.importing.legacy.table.ColumnKind;
import org.diaban.importing.legacy.table.TableCell;
import org.diaban.importing.legacy.table.TableRow;
import org.diaban.importing.legacy.text.LegacyText;
import org.diaban.importing.legacy.values.LegacyDates;
import org.diaban.importing.legacy.values.ValueResult;

/** Small conversions of cell texts to record values. */
final class RecordValues {

    private RecordValues() {
    }

    /** The integer a cell shows ("12", "12.0", "12."), or null. */
    static Integer integer(String text) {
        if (text == null) {
            return null;
        }
        if (isShortDigits(text)) {
            // the usual cell, without a regex
            return Integer.valueOf(text);
        }
        String digits = text.trim().replaceAll("[.,]0*$", "");
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isShortDigits(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A person's name as compared for duplicates: lower case, new-style tone placement. */
    static String personKey(String name) {
        return LegacyText.newStyleTones(name.toLowerCase(Locale.ROOT));
    }

    /** A date cell: a real date cell, or day-first text; empty gives a null value. */
    static ValueResult<LocalDate> date(TableCell cell, String field) {
        if (cell == null) {
            return ValueResult.empty();
        }
        return cell.isDate() ? ValueResult.of(cell.raw().date()) : LegacyDates.parse(cell.text(), field);
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
