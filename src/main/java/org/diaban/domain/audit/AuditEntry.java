package org.diaban.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One change to the data, who-did-what style, kept for the record and for review. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(nullable = false)
    private String summary;

    @Lob
    private String details;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    protected AuditEntry() {
    }

    public AuditEntry(AuditAction action, String entityType, Long entityId, String summary, String details) {
        this.recordedAt = LocalDateTime.now();
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.summary = summary.length() > 2000 ? summary.substring(0, 2000) : summary;
        this.details = details;
    }

    public AuditEntry forBatch(Long batchId) {
        this.importBatchId = batchId;
        return this;
    }

    public Long id() {
        return id;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }

    public AuditAction action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public Long entityId() {
        return entityId;
    }

    public String summary() {
        return summary;
    }

    public String details() {
        return details;
    }

    public Long importBatchId() {
        return importBatchId;
    }
}
