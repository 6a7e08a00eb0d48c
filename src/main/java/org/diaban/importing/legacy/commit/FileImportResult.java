package org.diaban.importing.legacy.commit;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.diaban.importing.legacy.records.DryRunReport;

/**
 * The outcome of importing one file.
 *
 * @param file     the file
 * @param report   what was read (accepted records, rejected rows, warnings); for a file refused
 *                 before reading, a report holding only that refusal as its file-level error
 * @param batchId  the import batch that holds what was stored, or null when nothing was
 * @param stored   rows stored by kind ("cadre", "assignment", "activity", "household"...)
 * @param refusal  why nothing was stored, as a code: a file-level error of the README
 *                 ({@code NOT_A_WORKBOOK}, {@code UNREADABLE_FILE}, {@code NO_TABLE_FOUND},
 *                 {@code UNKNOWN_DISTRICT}), {@code ALREADY_IMPORTED}, {@code CANCELLED} or
 *                 {@code FAILED}; null when stored
 * @param detail   more about the refusal for people (the file-level message, the earlier batch, the
 *                 failure), or null
 * @param questions names that were uncertain and not answered: those rows got people of their own
 */
public record FileImportResult(Path file, DryRunReport report, Long batchId, Map<String, Integer> stored,
        String refusal, String detail, List<MatchQuestion> questions) {

    public FileImportResult {
        stored = Collections.unmodifiableMap(new TreeMap<>(stored)); // by kind: listed in the same order every time
        questions = List.copyOf(questions);
    }

    public boolean committed() {
        return batchId != null;
    }
}
