package org.diaban.domain.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.diaban.domain.common.DomainException;

/** A numbered decision of a committee, e.g. "107-QĐ/HU" assigning cadres to communes. */
@Entity
@Table(name = "decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_seq")
    @SequenceGenerator(name = "decision_seq", sequenceName = "decision_seq", allocationSize = 50)
    private Long id;

    @Column(name = "doc_type", nullable = false)
    private String docType;

    @Column(name = "number_in_term")
    private Integer numberInTerm;

    /** As written; legacy files may carry symbols that do not parse, and they are kept as they are. */
    @Column(nullable = false)
    private String symbol;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "issuer_unit_id")
    private Long issuerUnitId;

    @Column(name = "term_id")
    private Long termId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DecisionKind kind;

    private String title;

    private String signer;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Decision() {
    }

    public Decision(String symbolText, LocalDate issuedOn, Long issuerUnitId, Long termId, DecisionKind kind,
                    String title) {
        if (symbolText == null || symbolText.isBlank()) {
            throw new DomainException("decision.error.symbolRequired");
        }
        this.symbol = symbolText.strip();
        DecisionSymbol.parse(symbol).ifPresentOrElse(s -> {
            this.symbol = s.format();
            this.docType = s.docType();
            this.numberInTerm = s.number();
        }, () -> this.docType = "QĐ");
        this.issuedOn = issuedOn;
        this.issuerUnitId = issuerUnitId;
        this.termId = termId;
        this.kind = kind == null ? DecisionKind.OTHER : kind;
        this.title = title;
        this.createdAt = LocalDateTime.now();
    }

    public Long id() {
        return id;
    }

    public String symbol() {
        return symbol;
    }

    public String docType() {
        return docType;
    }

    public Integer numberInTerm() {
        return numberInTerm;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public Long issuerUnitId() {
        return issuerUnitId;
    }

    public Long termId() {
        return termId;
    }

    public DecisionKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String signer() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    public Long importBatchId() {
        return importBatchId;
    }

    public void markImported(Long batchId) {
        this.importBatchId = batchId;
    }
}
