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
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.common.DomainException;

/**
 * A cadre assigned to a commune, a village or a household (Resolution 77), in a role, for a
 * period, usually under a numbered decision.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "cadre_id", nullable = false)
    private Long cadreId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "household_id")
    private Long householdId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentRole role;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "decision_id")
    private Long decisionId;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "replaces_id")
    private Long replacesId;

    private String note;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected Assignment() {
    }

    private Assignment(Long cadreId, Long unitId, Long householdId, AssignmentRole role, DateRange range,
                       Long decisionId) {
        if (cadreId == null) {
            throw new DomainException("assignment.error.cadreRequired");
        }
        if ((unitId == null) == (householdId == null)) {
            throw new DomainException("assignment.error.oneTarget");
        }
        this.cadreId = cadreId;
        this.unitId = unitId;
        this.householdId = householdId;
        this.role = role == null ? AssignmentRole.IN_CHARGE : role;
        this.validFrom = range.from();
        this.validTo = range.to();
        this.decisionId = decisionId;
    }

    public static Assignment toUnit(Long cadreId, Long unitId, AssignmentRole role, DateRange range, Long decisionId) {
        return new Assignment(cadreId, unitId, null, role, range, decisionId);
    }

    public static Assignment toHousehold(Long cadreId, Long householdId, AssignmentRole role, DateRange range,
                                         Long decisionId) {
        return new Assignment(cadreId, null, householdId, role, range, decisionId);
    }

    /** Ends the assignment after {@code lastDay}, for a reason (transfer, replacement, end of term). */
    public void endOn(LocalDate lastDay, String reason) {
        if (validFrom != null && lastDay.isBefore(validFrom)) {
            throw new DomainException("assignment.error.endsBeforeStart", lastDay, validFrom);
        }
        this.validTo = lastDay;
        this.endReason = reason;
    }

    /** Takes back an end (undo): the assignment runs until {@code lastDay} again, or open-ended if null. */
    public void reopen(LocalDate lastDay, String reason) {
        this.validTo = lastDay;
        this.endReason = reason;
    }

    /**
     * Marks an assignment entered by mistake: it stays in the history but counts for nothing,
     * neither coverage nor figures.
     */
    public void cancel(LocalDate day, String reason) {
        if (day == null) {
            throw new DomainException("assignments.error.cancelDateRequired");
        }
        if (cancelledOn != null) {
            throw new DomainException("assignments.error.alreadyCancelled");
        }
        this.cancelledOn = day;
        this.cancelReason = reason;
    }

    /** Undoes {@link #cancel}. */
    public void restore() {
        this.cancelledOn = null;
        this.cancelReason = null;
    }

    public boolean isCancelled() {
        return cancelledOn != null;
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    public String cancelReason() {
        return cancelReason;
    }

    /** Whether the assignment is in force on the day: within its dates and not cancelled. */
    public boolean countsOn(LocalDate day) {
        return !isCancelled() && isActiveOn(day);
    }

    public void markReplacing(Long previousAssignmentId) {
        this.replacesId = previousAssignmentId;
    }

    public Long id() {
        return id;
    }

    public Long cadreId() {
        return cadreId;
    }

    public Long unitId() {
        return unitId;
    }

    public Long householdId() {
        return householdId;
    }

    public AssignmentRole role() {
        return role;
    }

    public DateRange range() {
        return new DateRange(validFrom, validTo);
    }

    public boolean isActiveOn(LocalDate day) {
        return range().contains(day);
    }

    public Long decisionId() {
        return decisionId;
    }

    public String endReason() {
        return endReason;
    }

    public Long replacesId() {
        return replacesId;
    }

    public String note() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long importBatchId() {
        return importBatchId;
    }

    public void markImported(Long batchId) {
        this.importBatchId = batchId;
    }
}
