package org.diaban.domain.hierarchy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.diaban.domain.common.DomainException;

/**
 * A dated change to the hierarchy with its legal basis, e.g. "NQ 1672/NQ-UBTVQH15: Hồ Sơn, Hòa
 * Sơn and Tân Thành merge into xã Tân Thành on 1/7/2025". Successors are followed to find where an
 * old unit went.
 */
@Entity
@Table(name = "reorganisation")
public class Reorganisation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reorganisation_seq")
    @SequenceGenerator(name = "reorganisation_seq", sequenceName = "reorganisation_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReorganisationKind kind;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "legal_basis")
    private String legalBasis;

    private String note;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    // read back in a fixed order: a plain set's order follows the role enum's identity hash, new in every run
    @ElementCollection
    @CollectionTable(name = "reorganisation_unit", joinColumns = @JoinColumn(name = "reorganisation_id"))
    @OrderBy("unitId, role")
    private Set<ReorganisationLink> links = new LinkedHashSet<>();

    protected Reorganisation() {
    }

    public Reorganisation(ReorganisationKind kind, LocalDate effectiveOn, String legalBasis, String note,
                          Collection<Long> predecessors, Collection<Long> successors) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if (effectiveOn == null) {
            throw new DomainException("reorganisation.error.dateRequired");
        }
        this.effectiveOn = effectiveOn;
        this.legalBasis = legalBasis == null || legalBasis.isBlank() ? null : legalBasis.strip();
        this.note = note;
        this.createdAt = LocalDateTime.now();
        predecessors.forEach(p -> links.add(new ReorganisationLink(p, ReorganisationRole.PREDECESSOR)));
        successors.forEach(s -> links.add(new ReorganisationLink(s, ReorganisationRole.SUCCESSOR)));
        ReorganisationRules.check(kind, predecessors(), successors());
    }

    public Long id() {
        return id;
    }

    public ReorganisationKind kind() {
        return kind;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String note() {
        return note;
    }

    public Long importBatchId() {
        return importBatchId;
    }

    public void markImported(Long batchId) {
        this.importBatchId = batchId;
    }

    public List<Long> predecessors() {
        return links.stream().filter(l -> l.role() == ReorganisationRole.PREDECESSOR).map(ReorganisationLink::unitId)
                .toList();
    }

    public List<Long> successors() {
        return links.stream().filter(l -> l.role() == ReorganisationRole.SUCCESSOR).map(ReorganisationLink::unitId)
                .toList();
    }

    /** The plain facts of this event, for {@link Lineage}. */
    public ReorganisationStep step() {
        return new ReorganisationStep(id, kind, effectiveOn, predecessors(), successors());
    }
}
