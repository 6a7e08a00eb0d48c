package org.diaban.domain.activity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.people.Cadre;
import org.diaban.domain.people.CadreCategory;

/** A working group (tổ công tác) formed by a committee in a year, caring for some communes. */
@Entity
@Table(name = "working_group")
public class WorkingGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "working_group_seq")
    @SequenceGenerator(name = "working_group_seq", sequenceName = "working_group_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "committee_unit_id", nullable = false)
    private Long committeeUnitId;

    @Column(name = "formed_year", nullable = false)
    private int formedYear;

    @Column(name = "formed_on")
    private LocalDate formedOn;

    @Column(name = "dissolved_on")
    private LocalDate dissolvedOn;

    @Column(name = "decision_id")
    private Long decisionId;

    private String note;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<WorkingGroupMember> members = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "working_group_unit", joinColumns = @JoinColumn(name = "working_group_id"))
    @Column(name = "unit_id", nullable = false)
    private Set<Long> unitIds = new LinkedHashSet<>();

    protected WorkingGroup() {
    }

    public WorkingGroup(String name, Long committeeUnitId, int formedYear, LocalDate formedOn, Long decisionId) {
        if (name == null || name.isBlank()) {
            throw new DomainException("workingGroup.error.nameRequired");
        }
        if (committeeUnitId == null) {
            throw new DomainException("workingGroup.error.committeeRequired");
        }
        this.name = name.strip();
        this.committeeUnitId = committeeUnitId;
        this.formedYear = formedYear;
        this.formedOn = formedOn;
        this.decisionId = decisionId;
    }

    /** Sets the leader; a group has exactly one. The previous leader, if any, becomes a member. */
    public void setLeader(Long cadreId, String positionText) {
        members.stream().filter(m -> m.role() == WorkingGroupRole.LEADER).findFirst().ifPresent(old -> {
            members.remove(old);
            members.add(new WorkingGroupMember(this, old.cadreId(), WorkingGroupRole.MEMBER, old.positionText()));
        });
        members.removeIf(m -> m.cadreId().equals(cadreId));
        members.add(new WorkingGroupMember(this, cadreId, WorkingGroupRole.LEADER, positionText));
    }

    /** Corrects the name and the forming; the year follows the day it was formed on, when known. */
    public void update(String name, int formedYear, LocalDate formedOn, Long decisionId) {
        if (name == null || name.isBlank()) {
            throw new DomainException("workingGroup.error.nameRequired");
        }
        this.name = name.strip();
        this.formedYear = formedOn != null ? formedOn.getYear() : formedYear;
        this.formedOn = formedOn;
        this.decisionId = decisionId;
    }

    /** Sets the whole membership at once: the leader and the other members, in order. */
    public void setMembership(Long leaderId, Collection<Long> memberIds) {
        if (leaderId == null) {
            throw new DomainException("activities.error.leaderRequired");
        }
        members.clear();
        members.add(new WorkingGroupMember(this, leaderId, WorkingGroupRole.LEADER, null));
        for (Long id : memberIds) {
            addMember(id, null);
        }
    }

    /**
     * Whether the leader is a standing-committee (BTV) member of the group's committee on the day:
     * the rule of Resolution 77, a warning only, since imported history breaks it.
     */
    public static boolean leaderIsStanding(Cadre leader, Long committeeUnitId,
                                           LocalDate day) {
        return leader.positionsOn(day).stream().anyMatch(p -> p.committeeUnitId().equals(committeeUnitId)
                && p.kind().category() == CadreCategory.BTV);
    }

    public void addMember(Long cadreId, String positionText) {
        if (members.stream().anyMatch(m -> m.cadreId().equals(cadreId))) {
            return;
        }
        members.add(new WorkingGroupMember(this, cadreId, WorkingGroupRole.MEMBER, positionText));
    }

    public void setUnits(Collection<Long> units) {
        unitIds.clear();
        unitIds.addAll(units);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Long committeeUnitId() {
        return committeeUnitId;
    }

    public int formedYear() {
        return formedYear;
    }

    public LocalDate formedOn() {
        return formedOn;
    }

    public LocalDate dissolvedOn() {
        return dissolvedOn;
    }

    public void dissolveOn(LocalDate day) {
        this.dissolvedOn = day;
    }

    public boolean isDissolved() {
        return dissolvedOn != null;
    }

    public Long decisionId() {
        return decisionId;
    }

    public Optional<WorkingGroupMember> leader() {
        return members.stream().filter(m -> m.role() == WorkingGroupRole.LEADER).findFirst();
    }

    public List<WorkingGroupMember> members() {
        return List.copyOf(members);
    }

    public Set<Long> unitIds() {
        return Set.copyOf(unitIds);
    }

    public Long importBatchId() {
        return importBatchId;
    }

    public void markImported(Long batchId) {
        this.importBatchId = batchId;
    }
}
