package org.diaban.importing.legacy.records;

import org.diaban.importing.legacy.table.ColumnKind;
import org.diaban.importing.legacy.table.TableLayout;
import org.diaban.importing.legacy.table.TableRow;
import org.diaban.importing.legacy.values.ValueProblem;

/**
 * A row error or warning of a dry run.
 *
 * @param sheet   the sheet, or null for a file-level finding
 * @param row     the 1-based Excel row, or null for a file- or sheet-level finding
 * @param column  the Excel column letters ("E", "AA") of the cell at fault, or null for a file-level
 *                finding and where no single cell is at fault
 * @param code    the code of the legacy fixture specification, e.g. {@code INVALID_DATE}
 * @param field   the key field concerned, or null
 * @param value   the offending value as found, or null
 * @param message a message for people (English; user interfaces show their own text for the code)
 */
public record Finding(String sheet, Integer row, String column, String code, String field, Object value,
                      String message) {

    /** A file-level error: the whole file is refused. */
    public static Finding ofFile(String code, String message) {
        return new Finding(null, null, code, null, null, message);
    }

    /** A finding with no cell at fault. */
    public Finding(String sheet, Integer row, String code, String field, Object value, String message) {
        this(sheet, row, null, code, field, value, message);
    }

    /** A finding on the cell of {@code kind} in a data row. */
    static Finding at(TableLayout layout, TableRow row, ColumnKind kind, String code, String field, Object value,
                      String message) {
        return new Finding(row.sheet(), row.row(), layout.letters(kind), code, field, value, message);
    }

    /** A problem of the value in the cell of {@code kind}. */
    static Finding of(TableLayout layout, TableRow row, ColumnKind kind, ValueProblem problem) {
        return at(layout, row, kind, problem.code().name(), problem.field(), problem.value(), problem.message());
    }

    static Finding missingName(TableLayout layout, TableRow row, ColumnKind kind, String field) {
        return at(layout, row, kind, "MISSING_NAME", field, null,
                "the name cell is empty while the rest of the row is filled");
    }

    static Finding unknownCommune(TableLayout layout, TableRow row, String cellText) {
        return at(layout, row, ColumnKind.XA, "UNKNOWN_COMMUNE", "xa", cellText,
                "no commune of that name in the file's district");
    }

    static Finding unknownVillage(TableLayout layout, TableRow row, ColumnKind kind, String field, String cellText,
                                  String commune) {
        return at(layout, row, kind, "UNKNOWN_VILLAGE", field, cellText,
                "no such village in " + commune + "; the whole row is rejected");
    }

    static Finding duplicate(TableLayout layout, TableRow row, ColumnKind nameKind, String name, String message) {
        return at(layout, row, nameKind, "DUPLICATE_ROW", null, name, message);
    }
}
