package org.diaban.domain.activity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.diaban.domain.common.DomainException;

/** Something cadres did at a place on a day: a work session, a chi-bộ meeting, a dialogue, ... */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_seq")
    @SequenceGenerator(name = "activity_seq", sequenceName = "activity_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityKind kind;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "household_id")
    private Long householdId;

    private String place;

    @Column(name = "working_group_id")
    private Long workingGroupId;

    private String content;

    private String result;

    @ElementCollection
    @CollectionTable(name = "activity_participant", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "cadre_id", nullable = false)
    private Set<Long> participantIds = new LinkedHashSet<>();

    @Column(name = "import_batch_id")
    private Long importBatchId;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** When the activity was deleted; a deleted activity stays in history and can be restored. */
    @Column(name = "retired_at")
    private LocalDateTime retiredAt;

    protected Activity() {
    }

    public Activity(ActivityKind kind, LocalDate heldOn, Long unitId, Long householdId,
                    Collection<Long> participants, String content) {
        change(kind, heldOn, unitId, householdId, participants, content);
        this.createdAt = LocalDateTime.now();
    }

    /** The rules every activity keeps, whatever its origin (form, import, data set). */
    public static void check(ActivityKind kind, LocalDate heldOn, Long unitId, Long householdId,
                             Collection<Long> participants) {
        if (kind == null) {
            throw new DomainException("activity.error.kindRequired");
        }
        if (heldOn == null) {
            throw new DomainException("activity.error.dateRequired");
        }
        if (unitId == null && householdId == null) {
            throw new DomainException("activity.error.placeRequired");
        }
        if (participants == null || participants.isEmpty()) {
            throw new DomainException("activity.error.participantRequired");
        }
    }

    /** An activity is recorded after it happened: never later than today. */
    public static void checkNotFuture(LocalDate heldOn, LocalDate today) {
        if (heldOn != null && heldOn.isAfter(today)) {
            throw new DomainException("activities.error.future", heldOn);
        }
    }

    /** Replaces what the activity is; the same rules as a new one. */
    public void change(ActivityKind kind, LocalDate heldOn, Long unitId, Long householdId,
                       Collection<Long> participants, String content) {
        check(kind, heldOn, unitId, householdId, participants);
        this.kind = kind;
        this.heldOn = heldOn;
        this.unitId = unitId;
        this.householdId = householdId;
        this.participantIds.clear();
        this.participantIds.addAll(participants);
        this.content = content;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    /** Deletes softly: the activity leaves the lists and counts but stays restorable. */
    public void retire() {
        this.retiredAt = LocalDateTime.now();
    }

    public void restore() {
        this.retiredAt = null;
    }

    public Long id() {
        return id;
    }

    public ActivityKind kind() {
        return kind;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public Long unitId() {
        return unitId;
    }

    public Long householdId() {
        return householdId;
    }

    public String place() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Long workingGroupId() {
        return workingGroupId;
    }

    public void setWorkingGroupId(Long workingGroupId) {
        this.workingGroupId = workingGroupId;
    }

    public String content() {
        return content;
    }

    public String result() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public Set<Long> participantIds() {
        return Set.copyOf(participantIds);
    }

    public Long importBatchId() {
        return importBatchId;
    }

    public void markImported(Long batchId) {
        this.importBatchId = batchId;
    }
}
