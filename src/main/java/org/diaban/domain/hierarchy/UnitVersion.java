package org.diaban.domain.hierarchy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.diaban.domain.common.DateRange;

/** A unit as it was during one period: its name, type, parent and party organisation. */
@Entity
@Table(name = "unit_version")
public class UnitVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_version_seq")
    @SequenceGenerator(name = "unit_version_seq", sequenceName = "unit_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "unit_type_id", nullable = false)
    private Long unitTypeId;

    @Column(nullable = false)
    private String name;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "official_code")
    private String officialCode;

    @Column(name = "party_org_name")
    private String partyOrgName;

    @Column(name = "committee_name")
    private String committeeName;

    @Column(name = "committee_code")
    private String committeeCode;

    @Column(name = "created_by_reorganisation_id")
    private Long createdByReorganisationId;

    @Column(name = "closed_by_reorganisation_id")
    private Long closedByReorganisationId;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected UnitVersion() {
    }

    UnitVersion(Unit unit, DateRange range, Long parentId, UnitDescription description) {
        this.unit = unit;
        this.validFrom = range.from();
        this.validTo = range.to();
        describe(description, parentId);
    }

    void describe(UnitDescription d, Long newParentId) {
        this.parentId = newParentId;
        this.unitTypeId = d.unitTypeId();
        this.name = d.name();
        this.fullName = d.fullName();
        this.officialCode = d.officialCode();
        this.partyOrgName = d.partyOrgName();
        this.committeeName = d.committeeName();
        this.committeeCode = d.committeeCode();
    }

    void endOn(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    void markCreatedBy(Long reorganisationId) {
        this.createdByReorganisationId = reorganisationId;
    }

    /** Records that a reorganisation started this version, so that undoing the event can remove it. */
    public void markCreatedByEvent(Long reorganisationId) {
        this.createdByReorganisationId = reorganisationId;
    }

    void markImported(Long batchId) {
        this.importBatchId = batchId;
    }

    /** Records that a reorganisation ended this version, so that undoing the event can reopen it. */
    public void markClosedBy(Long reorganisationId) {
        this.closedByReorganisationId = reorganisationId;
    }

    public Long id() {
        return id;
    }

    public Unit unit() {
        return unit;
    }

    public DateRange range() {
        return new DateRange(validFrom, validTo);
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public Long parentId() {
        return parentId;
    }

    public UnitDescription description() {
        return new UnitDescription(unitTypeId, name, fullName, officialCode, partyOrgName, committeeName,
                committeeCode);
    }

    public Long unitTypeId() {
        return unitTypeId;
    }

    public String name() {
        return name;
    }

    public String fullName() {
        return fullName;
    }

    public String officialCode() {
        return officialCode;
    }

    public String partyOrgName() {
        return partyOrgName;
    }

    public String committeeName() {
        return committeeName;
    }

    public String committeeCode() {
        return committeeCode;
    }

    public Long createdByReorganisationId() {
        return createdByReorganisationId;
    }

    public Long closedByReorganisationId() {
        return closedByReorganisationId;
    }

    public Long importBatchId() {
        return importBatchId;
    }
}
