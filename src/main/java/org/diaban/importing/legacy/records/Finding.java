package org.diaban.importing.legacy.records;

import org.diaban.importing.legacy.table.TableRow;
import org.diaban.importing.legacy.values.ValueProblem;

/** A row error or warning of a dry run; {@code row} is 1-based, null (with sheet) for a file-level error. */
public record Finding(String sheet, Integer row, String code, String field, Object value, String message) {

    /** A file-level error: the whole file is refused. */
    public static Finding ofFile(String code, String message) {
        return new Finding(null, null, code, null, null, message);
    }

    static Finding of(TableRow row, ValueProblem problem) {
        return new Finding(row.sheet(), row.row(), problem.code().name(), problem.field(), problem.value(),
                problem.message());
    }

    static Finding missingName(TableRow row, String field) {
        return new Finding(row.sheet(), row.row(), "MISSING_NAME", field, null,
                "the name cell is empty while the rest of the row is filled");
    }

    static Finding unknownCommune(TableRow row, String cellText) {
        return new Finding(row.sheet(), row.row(), "UNKNOWN_COMMUNE", "xa", cellText,
                "no commune of that name in the file's district");
    }

    static Finding unknownVillage(TableRow row, String field, String cellText, String commune) {
        return new Finding(row.sheet(), row.row(), "UNKNOWN_VILLAGE", field, cellText,
                "no such village in " + commune + "; the whole row is rejected");
    }
}
