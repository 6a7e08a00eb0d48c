package org.diaban.importing.legacy.table;

import java.util.List;
import java.util.Optional;
import org.diaban.importing.legacy.text.LegacyEncoding;

/**
 * What was found in a file.
 *
 * @param tables   the tables found, one per imported sheet, in sheet order
 * @param encoding the encoding most data text cells are in (by their fonts)
 * @param dataRows the data rows delivered
 * @param problem  the file-level problem, if any
 * @param message  a message for people about the problem, or null
 * @param candidates for each visible sheet where no table was found (every visible sheet when the
 *                   problem is {@link TableProblem#NO_TABLE_FOUND}), its most header-like row, so
 *                   that a user can pick a shape and map the missing columns by hand; sheets whose
 *                   top rows hold no two text cells have none
 */
public record TableReadResult(List<TableLayout> tables, LegacyEncoding encoding, long dataRows,
                              Optional<TableProblem> problem, String message, List<HeaderCandidate> candidates) {

    public TableReadResult {
        tables = List.copyOf(tables);
        candidates = List.copyOf(candidates);
    }

    /** A result without header candidates. */
    public TableReadResult(List<TableLayout> tables, LegacyEncoding encoding, long dataRows,
                           Optional<TableProblem> problem, String message) {
        this(tables, encoding, dataRows, problem, message, List.of());
    }

    /**
     * The header cells of the first table that no column took (see
     * {@link TableLayout#unrecognisedHeaders()} for the other tables); empty when no table was found.
     */
    public List<HeaderCell> unrecognised() {
        return tables.isEmpty() ? List.of() : tables.get(0).unrecognisedHeaders();
    }

    /** The shape of the first table, if any. */
    public Optional<TableShape> shape() {
        return tables.isEmpty() ? Optional.empty() : Optional.of(tables.get(0).shape());
    }

    public List<String> sheets() {
        return tables.stream().map(TableLayout::sheet).toList();
    }
}
