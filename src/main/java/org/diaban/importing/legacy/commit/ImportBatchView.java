package org.diaban.importing.legacy.commit;

import java.time.LocalDateTime;
import java.util.Arrays;
import org.diaban.domain.audit.ImportBatchStatus;
import org.diaban.importing.legacy.table.TableShape;

/**
 * One line of the import history.
 *
 * @param kind the shape of the file ("assignment_list"...) or another import kind ("hierarchy")
 */
public record ImportBatchView(long id, String sourceName, String kind, ImportBatchStatus status,
        LocalDateTime startedAt, LocalDateTime undoneAt, int recordCount, int rejectedCount, int warningCount,
        String sourceSha256) {

    /** Only committed imports of legacy files can be undone (not the hierarchy or demo data). */
    public boolean canUndo() {
        return status == ImportBatchStatus.COMMITTED
                && Arrays.stream(TableShape.values()).anyMatch(s -> s.code().equals(kind));
    }
}
