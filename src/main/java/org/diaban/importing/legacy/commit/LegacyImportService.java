package org.diaban.importing.legacy.commit;

import java.util.List;
import org.diaban.importing.legacy.workbook.ReadControl;
import org.diaban.persistence.Database;
import org.diaban.service.common.Clock;
import org.diaban.service.common.DataChanges;
import org.diaban.service.common.ReferenceData;
import org.diaban.service.hierarchy.HierarchyQueries;

/**
 * Imports legacy spreadsheets: previews them without writing, commits each file as one import
 * batch (accepted rows stored, rejected rows reported, all or nothing), lists the import history
 * and undoes a batch. Files are handled in the given order; a file's people are matched against
 * the stored cadres and the people of the files before it.
 */
public final class LegacyImportService {

    private final Database db;
    private final HierarchyQueries hierarchy;
    private final ReferenceData reference;
    private final DataChanges changes;
    private final Clock clock;

    public LegacyImportService(Database db, HierarchyQueries hierarchy, ReferenceData reference, DataChanges changes,
            Clock clock) {
        this.db = db;
        this.hierarchy = hierarchy;
        this.reference = reference;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Reads the files as an import would and says what it would store, without writing.
     *
     * @param control progress (per file, reported through the read) and cancel
     */
    public List<FilePreview> preview(List<FileRequest> files, MatchAnswers answers, ReadControl control) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Imports the files, each in its own transaction and batch; a refused file stores nothing. */
    public List<FileImportResult> commit(List<FileRequest> files, MatchAnswers answers, ReadControl control) {
        throw new UnsupportedOperationException("in progress");
    }

    /** The import batches, newest first. */
    public List<ImportBatchView> history() {
        throw new UnsupportedOperationException("in progress");
    }

    /**
     * Removes every row a batch stored and marks it undone.
     *
     * @throws org.diaban.domain.common.DomainException when the batch is not committed, or when
     *         rows stored later depend on its rows (the message names them)
     */
    public UndoSummary undo(long batchId) {
        throw new UnsupportedOperationException("in progress");
    }

    /** What an undo removed, by kind of row. */
    public record UndoSummary(long batchId, java.util.Map<String, Integer> removed) {
    }
}
