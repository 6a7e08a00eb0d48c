package org.diaban.domain.audit;

public enum ImportBatchStatus {
    RUNNING,
    COMMITTED,
    FAILED,
    UNDONE
}
