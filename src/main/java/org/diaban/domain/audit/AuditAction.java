package org.diaban.domain.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    RETIRE,
    DELETE,
    UNDO,
    IMPORT
}
