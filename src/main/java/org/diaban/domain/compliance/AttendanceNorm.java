package org.diaban.domain.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.common.DomainException;

/**
 * Regulation 1764: how many chi-bộ meetings a committee member of a tier must attend a year,
 * valid for a period. Kept as data because the rule is unverified and may be re-issued.
 */
@Entity
@Table(name = "attendance_norm")
public class AttendanceNorm {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_norm_seq")
    @SequenceGenerator(name = "attendance_norm_seq", sequenceName = "attendance_norm_seq", allocationSize = 50)
    private Long id;

    @Column(name = "tier_id", nullable = false)
    private Long tierId;

    @Column(name = "meetings_per_year", nullable = false)
    private int meetingsPerYear;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "legal_basis")
    private String legalBasis;

    protected AttendanceNorm() {
    }

    public AttendanceNorm(Long tierId, int meetingsPerYear, DateRange range, String legalBasis) {
        if (meetingsPerYear < 0) {
            throw new DomainException("norm.error.negative", meetingsPerYear);
        }
        this.tierId = tierId;
        this.meetingsPerYear = meetingsPerYear;
        this.validFrom = range.from();
        this.validTo = range.to();
        this.legalBasis = legalBasis;
    }

    public Long id() {
        return id;
    }

    public Long tierId() {
        return tierId;
    }

    public int meetingsPerYear() {
        return meetingsPerYear;
    }

    public DateRange range() {
        return new DateRange(validFrom, validTo);
    }

    public String legalBasis() {
        return legalBasis;
    }
}
