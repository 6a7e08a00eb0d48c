package org.diaban.domain.activity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.diaban.domain.common.DomainException;

/**
 * A residents' concern (kiến nghị, vướng mắc): raised at an activity or on its own, owned by a
 * responsible body, due by a deadline, and followed through a dated status history so that none
 * turns into a hot spot.
 */
@Entity
@Table(name = "concern")
public class Concern {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concern_seq")
    @SequenceGenerator(name = "concern_seq", sequenceName = "concern_seq", allocationSize = 50)
    private Long id;

    @Column(name = "activity_id")
    private Long activityId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "household_id")
    private Long householdId;

    @Column(name = "raised_by")
    private String raisedBy;

    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;

    @Column(name = "topic_id")
    private Long topicId;

    @Column(nullable = false)
    private String content;

    @Column(name = "responsible_body")
    private String responsibleBody;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConcernStatus status;

    @Column(name = "status_on", nullable = false)
    private LocalDate statusOn;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    /** Set when the concern was withdrawn (entered by mistake); it stays in the history and can be restored. */
    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "concern", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ConcernStatusChange> history = new ArrayList<>();

    protected Concern() {
    }

    public Concern(Long unitId, LocalDate raisedOn, Long topicId, String content, String responsibleBody,
                   LocalDate deadline) {
        if (unitId == null) {
            throw new DomainException("concern.error.unitRequired");
        }
        if (raisedOn == null) {
            throw new DomainException("concern.error.dateRequired");
        }
        if (content == null || content.isBlank()) {
            throw new DomainException("concern.error.contentRequired");
        }
        if (deadline != null && deadline.isBefore(raisedOn)) {
            throw new DomainException("concern.error.deadlineBeforeRaised", deadline, raisedOn);
        }
        this.unitId = unitId;
        this.raisedOn = raisedOn;
        this.topicId = topicId;
        this.content = content.strip();
        this.responsibleBody = responsibleBody;
        this.deadline = deadline;
        this.status = ConcernStatus.NEW;
        this.statusOn = raisedOn;
        this.createdAt = LocalDateTime.now();
        history.add(new ConcernStatusChange(this, ConcernStatus.NEW, raisedOn, responsibleBody, null));
    }

    /** Moves to a new status on a day, with a note; the history keeps every step. */
    public void moveTo(ConcernStatus target, LocalDate day, String note) {
        refuseIfWithdrawn();
        if (!status.canMoveTo(target)) {
            throw new DomainException("concern.error.transition", status, target);
        }
        LocalDate last = lastChangeOn();
        if (day == null || day.isBefore(last)) {
            throw new DomainException("concern.error.changeBeforeLast", day, last);
        }
        this.status = target;
        this.statusOn = day;
        history.add(new ConcernStatusChange(this, target, day, responsibleBody, note));
    }

    /** Hands the concern to another body; the status stays, the handover is kept in the history. */
    public void handOver(String newBody, LocalDate day, String note) {
        refuseIfWithdrawn();
        if (newBody == null || newBody.isBlank()) {
            throw new DomainException("concerns.error.bodyRequired");
        }
        if (!status.isOpen()) {
            throw new DomainException("concern.error.handOverClosed", status);
        }
        LocalDate last = lastChangeOn();
        if (day == null || day.isBefore(last)) {
            throw new DomainException("concern.error.changeBeforeLast", day, last);
        }
        this.responsibleBody = newBody;
        history.add(new ConcernStatusChange(this, status, day, newBody, note));
    }

    /** Open (new, in progress or escalated) and its deadline passed before {@code day}. */
    public boolean isOverdueOn(LocalDate day) {
        return withdrawnOn == null && status.isOpen() && deadline != null && deadline.isBefore(day);
    }

    /**
     * Corrects what was recorded when the concern was raised. The raising day moves the first step
     * of the history with it, so it cannot pass a later step; the deadline must not precede it.
     */
    public void correct(Long unit, LocalDate raised, Long topic, String text, String body, LocalDate due) {
        if (unit == null) {
            throw new DomainException("concern.error.unitRequired");
        }
        if (raised == null) {
            throw new DomainException("concern.error.dateRequired");
        }
        if (text == null || text.isBlank()) {
            throw new DomainException("concern.error.contentRequired");
        }
        if (due != null && due.isBefore(raised)) {
            throw new DomainException("concern.error.deadlineBeforeRaised", due, raised);
        }
        List<ConcernStatusChange> steps = history();
        if (steps.size() > 1 && raised.isAfter(steps.get(1).changedOn())) {
            throw new DomainException("concerns.error.raisedAfterChange", raised, steps.get(1).changedOn());
        }
        this.unitId = unit;
        this.raisedOn = raised;
        this.topicId = topic;
        this.content = text.strip();
        this.responsibleBody = body;
        this.deadline = due;
        steps.get(0).correct(raised, steps.size() == 1 ? body : steps.get(0).responsibleBody());
        if (steps.size() == 1) {
            this.statusOn = raised;
        }
    }

    /**
     * Takes back the latest status change or handover (undo): the concern returns to the status,
     * day and body of the step before it. The first step (raised) cannot be taken back.
     */
    public void takeBackLastChange() {
        List<ConcernStatusChange> steps = history();
        if (steps.size() < 2) {
            throw new DomainException("concerns.error.nothingToTakeBack");
        }
        history.remove(steps.get(steps.size() - 1));
        ConcernStatusChange previous = steps.get(steps.size() - 2);
        this.status = previous.status();
        this.statusOn = previous.changedOn();
        this.responsibleBody = previous.responsibleBody();
    }

    /** Withdraws a concern entered by mistake; it is kept, hidden from lists and counts, and can be restored. */
    public void withdraw(LocalDate day) {
        if (withdrawnOn != null) {
            throw new DomainException("concerns.error.alreadyWithdrawn");
        }
        this.withdrawnOn = day;
    }

    public void restore() {
        this.withdrawnOn = null;
    }

    public boolean isWithdrawn() {
        return withdrawnOn != null;
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    /** The day of the latest step, status change or handover: a new step may not precede it. */
    public LocalDate lastChangeOn() {
        return history.stream().map(ConcernStatusChange::changedOn).max(LocalDate::compareTo).orElse(statusOn);
    }

    private void refuseIfWithdrawn() {
        if (withdrawnOn != null) {
            throw new DomainException("concerns.error.withdrawn");
        }
    }

    public void raisedAt(Long activity, Long household, String by) {
        this.activityId = activity;
        this.householdId = household;
        this.raisedBy = by;
    }

    public Long id() {
        return id;
    }

    public Long activityId() {
        return activityId;
    }

    public Long unitId() {
        return unitId;
    }

    public Long householdId() {
        return householdId;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public LocalDate raisedOn() {
        return raisedOn;
    }

    public Long topicId() {
        return topicId;
    }

    public String content() {
        return content;
    }

    public String responsibleBody() {
        return responsibleBody;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public ConcernStatus status() {
        return status;
    }

    public LocalDate statusOn() {
        return statusOn;
    }

    public List<ConcernStatusChange> history() {
        return history.stream().sorted(Comparator.comparing(ConcernStatusChange::changedOn)
                .thenComparing(ConcernStatusChange::recordedAt)).toList();
    }

    public Long importBatchId() {
        return importBatchId;
    }

    public void markImported(Long batchId) {
        this.importBatchId = batchId;
    }
}
