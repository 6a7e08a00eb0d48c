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
 */
public record TableReadResult(List<TableLayout> tables, LegacyEncoding encoding, long dataRows,
                              Optional<TableProblem> problem, String message) {

    public TableReadResult {
        tables = List.copyOf(tables);
    }

    /** The shape of the first table, if any. */
    public Optional<TableShape> shape() {
        return tables.isEmpty() ? Optional.empty() : Optional.of(tables.get(0).shape());
    }

    public List<String> sheets() {
        return tables.stream().map(TableLayout::sheet).toList();
    }
}
