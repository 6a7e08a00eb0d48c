package org.diaban.importing.legacy.commit;

import java.time.LocalDateTime;
import org.diaban.domain.audit.ImportBatchStatus;

/**
 * One line of the import history.
 *
 * @param kind the shape of the file ("assignment_list"...) or another import kind ("hierarchy")
 */
public record ImportBatchView(long id, String sourceName, String kind, ImportBatchStatus status,
        LocalDateTime startedAt, LocalDateTime undoneAt, int recordCount, int rejectedCount, int warningCount) {

    public boolean canUndo() {
        return status == ImportBatchStatus.COMMITTED;
    }
}
