package org.diaban.domain.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.diaban.domain.common.DateRange;

/** A position held on the committee of a unit, for a term and a period. */
@Entity
@Table(name = "cadre_position")
public class CadrePosition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_position_seq")
    @SequenceGenerator(name = "cadre_position_seq", sequenceName = "cadre_position_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cadre_id", nullable = false)
    private Cadre cadre;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PositionKind kind;

    @Column(name = "committee_unit_id", nullable = false)
    private Long committeeUnitId;

    @Column(name = "term_id")
    private Long termId;

    /** As written on documents: "Phó Bí thư Thường trực Huyện ủy", "Trưởng phòng Nội vụ". */
    private String title;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    protected CadrePosition() {
    }

    CadrePosition(Cadre cadre, PositionSpec spec) {
        this.cadre = cadre;
        apply(spec);
    }

    void apply(PositionSpec spec) {
        this.kind = spec.kind();
        this.committeeUnitId = spec.committeeUnitId();
        this.termId = spec.termId();
        this.title = spec.title();
        this.validFrom = spec.range().from();
        this.validTo = spec.range().to();
    }

    void endOn(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    public Long id() {
        return id;
    }

    public Cadre cadre() {
        return cadre;
    }

    public PositionKind kind() {
        return kind;
    }

    public Long committeeUnitId() {
        return committeeUnitId;
    }

    public Long termId() {
        return termId;
    }

    public String title() {
        return title;
    }

    public DateRange range() {
        return new DateRange(validFrom, validTo);
    }

    public PositionSpec spec() {
        return new PositionSpec(kind, committeeUnitId, termId, title, range());
    }

    public Long importBatchId() {
        return importBatchId;
    }

    public void markImported(Long batchId) {
        this.importBatchId = batchId;
    }
}
