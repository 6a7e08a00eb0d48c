package org.diaban.domain.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.diaban.domain.common.DateRange;

/** A committee term (nhiệm kỳ), e.g. 2020–2025; document numbers restart with each term. */
@Entity
@Table(name = "committee_term")
public class CommitteeTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "committee_term_seq")
    @SequenceGenerator(name = "committee_term_seq", sequenceName = "committee_term_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected CommitteeTerm() {
    }

    public CommitteeTerm(Long id, String code, LocalDate startsOn, LocalDate endsOn) {
        this.id = id;
        this.code = code;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** The term in force on a day among these: the latest one that has started. */
    public static Optional<CommitteeTerm> on(List<CommitteeTerm> terms, LocalDate day) {
        return terms.stream().filter(t -> t.range().contains(day))
                .max((a, b) -> a.range().from().compareTo(b.range().from()));
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public DateRange range() {
        return new DateRange(startsOn, endsOn);
    }
}
