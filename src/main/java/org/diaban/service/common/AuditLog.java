package org.diaban.service.common;

import org.diaban.domain.audit.AuditAction;
import org.diaban.domain.audit.AuditEntry;
import org.diaban.persistence.Store;

/** Writes audit entries inside the transaction of the change they describe. */
public final class AuditLog {

    private AuditLog() {
    }

    public static void record(Store store, AuditAction action, String entityType, Long entityId, String summary) {
        store.audit().add(new AuditEntry(action, entityType, entityId, summary, null));
    }

    public static void record(Store store, AuditAction action, String entityType, Long entityId, String summary,
                              String details) {
        store.audit().add(new AuditEntry(action, entityType, entityId, summary, details));
    }
}
