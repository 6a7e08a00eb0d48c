package org.diaban.persistence;

import java.util.List;
import org.diaban.domain.audit.AuditEntry;
import org.hibernate.Session;

public final class AuditRepository {

    private final Session session;

    AuditRepository(Session session) {
        this.session = session;
    }

    public AuditEntry add(AuditEntry entry) {
        session.persist(entry);
        return entry;
    }

    public List<AuditEntry> recent(int limit) {
        return session.createSelectionQuery("from AuditEntry order by recordedAt desc, id desc", AuditEntry.class)
                .setMaxResults(limit).getResultList();
    }

    public List<AuditEntry> forEntity(String entityType, Long entityId) {
        return session.createSelectionQuery(
                "from AuditEntry where entityType = :t and entityId = :id order by recordedAt, id", AuditEntry.class)
                .setParameter("t", entityType).setParameter("id", entityId).getResultList();
    }
}
