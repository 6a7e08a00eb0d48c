package org.diaban.domain.activity;

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
import java.time.LocalDateTime;

/** One dated step in a concern's history: a new status, or a handover to another body. */
@Entity
@Table(name = "concern_status_change")
public class ConcernStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concern_status_change_seq")
    @SequenceGenerator(name = "concern_status_change_seq", sequenceName = "concern_status_change_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "concern_id", nullable = false)
    private Concern concern;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConcernStatus status;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @Column(name = "responsible_body")
    private String responsibleBody;

    private String note;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected ConcernStatusChange() {
    }

    ConcernStatusChange(Concern concern, ConcernStatus status, LocalDate changedOn, String responsibleBody,
                        String note) {
        this.concern = concern;
        this.status = status;
        this.changedOn = changedOn;
        this.responsibleBody = responsibleBody;
        this.note = note;
        this.recordedAt = LocalDateTime.now();
    }

    /** The first step follows corrections of the day the concern was raised and of its first body. */
    void correct(LocalDate day, String body) {
        this.changedOn = day;
        this.responsibleBody = body;
    }

    /** A handover keeps the status (no status moves to itself), so a step with its predecessor's status is one. */
    public boolean isHandover(ConcernStatusChange previous) {
        return previous != null && previous.status == status;
    }

    public Long id() {
        return id;
    }

    public ConcernStatus status() {
        return status;
    }

    public LocalDate changedOn() {
        return changedOn;
    }

    public String responsibleBody() {
        return responsibleBody;
    }

    public String note() {
        return note;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}
