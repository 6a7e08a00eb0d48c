package org.diaban.importing.legacy.commit;

import java.nio.file.Path;
import java.util.List;
import org.diaban.importing.legacy.records.DryRunReport;

/**
 * What importing a file would do, computed without writing anything.
 *
 * @param file         the file
 * @param report       its dry run (records, errors, warnings, shape, district, encoding...)
 * @param questions    people the user should confirm
 * @param newCadres    cadres the import would create
 * @param knownCadres  rows' people found among the stored cadres
 */
public record FilePreview(Path file, DryRunReport report, List<MatchQuestion> questions, int newCadres,
        int knownCadres) {

    public FilePreview {
        questions = List.copyOf(questions);
    }

    /** Whether the file can be imported at all (no file-level error). */
    public boolean importable() {
        return !"reject".equals(report.outcome());
    }
}
