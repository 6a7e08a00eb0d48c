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
import org.diaban.domain.common.DomainException;

/**
 * One import of one file, committed as a whole. Every row it created carries its id, so the
 * batch can be undone later from the import history.
 */
@Entity
@Table(name = "import_batch")
public class ImportBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_batch_seq")
    @SequenceGenerator(name = "import_batch_seq", sequenceName = "import_batch_seq", allocationSize = 50)
    private Long id;

    /** What was imported: "hierarchy", "assignment_list", "demo", ... */
    @Column(nullable = false)
    private String kind;

    @Column(name = "source_name", nullable = false)
    private String sourceName;

    @Column(name = "source_sha256")
    private String sourceSha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportBatchStatus status;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Column(name = "undone_at")
    private LocalDateTime undoneAt;

    @Column(name = "record_count", nullable = false)
    private int recordCount;

    @Column(name = "rejected_count", nullable = false)
    private int rejectedCount;

    @Column(name = "warning_count", nullable = false)
    private int warningCount;

    @Lob
    private String summary;

    protected ImportBatch() {
    }

    public ImportBatch(String kind, String sourceName, String sourceSha256) {
        this.kind = kind;
        this.sourceName = sourceName;
        this.sourceSha256 = sourceSha256;
        this.status = ImportBatchStatus.RUNNING;
        this.startedAt = LocalDateTime.now();
    }

    public void commit(int records, int rejected, int warnings, String summaryText) {
        this.status = ImportBatchStatus.COMMITTED;
        this.recordCount = records;
        this.rejectedCount = rejected;
        this.warningCount = warnings;
        this.summary = summaryText;
        this.finishedAt = LocalDateTime.now();
    }

    /** Names what the batch turned out to hold (the shape of a legacy file is known once read). */
    public void classify(String batchKind) {
        this.kind = batchKind;
    }

    public LocalDateTime undoneAt() {
        return undoneAt;
    }

    public void markUndone() {
        if (status != ImportBatchStatus.COMMITTED) {
            throw new DomainException("import.error.undoNotCommitted", id, status);
        }
        this.status = ImportBatchStatus.UNDONE;
        this.undoneAt = LocalDateTime.now();
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String sourceName() {
        return sourceName;
    }

    public String sourceSha256() {
        return sourceSha256;
    }

    public ImportBatchStatus status() {
        return status;
    }

    public LocalDateTime startedAt() {
        return startedAt;
    }

    public LocalDateTime finishedAt() {
        return finishedAt;
    }

    public int recordCount() {
        return recordCount;
    }

    public int rejectedCount() {
        return rejectedCount;
    }

    public int warningCount() {
        return warningCount;
    }

    public String summary() {
        return summary;
    }
}
