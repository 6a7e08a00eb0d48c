package org.diaban.service.hierarchy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.audit.AuditAction;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.Unit;
import org.diaban.domain.hierarchy.UnitDescription;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.hierarchy.UnitType;
import org.diaban.domain.hierarchy.UnitVersion;
import org.diaban.persistence.Database;
import org.diaban.persistence.Store;
import org.diaban.service.common.AuditLog;
import org.diaban.service.common.Clock;
import org.diaban.service.common.DataChanges;
import org.diaban.service.common.ReferenceData;

/**
 * Creating, correcting, renaming, moving and retiring units. Every method is one transaction,
 * writes the audit log, and has an inverse that the UI uses for undo.
 */
public final class HierarchyEditing {

    static final String ENTITY = "Unit";

    private final Database db;
    private final ReferenceData reference;
    private final HierarchyQueries queries;
    private final DataChanges changes;
    private final Clock clock;

    public HierarchyEditing(Database db, ReferenceData reference, HierarchyQueries queries, DataChanges changes,
                            Clock clock) {
        this.db = db;
        this.reference = reference;
        this.queries = queries;
        this.changes = changes;
        this.clock = clock;
    }

    /** Creates a unit and returns its id. */
    public Long create(NewUnit spec) {
        Long id = db.write(store -> createIn(store, spec, null).id());
        changes.publish(DataChanges.Topic.HIERARCHY);
        return id;
    }

    /** Creates a unit inside a running transaction (also used by reorganisations). */
    Unit createIn(Store store, NewUnit spec, Long reorganisationId) {
        UnitEdit facts = spec.facts();
        UnitType type = type(facts.typeCode());
        LocalDate checkDay = spec.validFrom() == null ? clock.today() : spec.validFrom();
        if (facts.parentId() != null) {
            Unit parent = store.units().get(facts.parentId());
            UnitVersion parentVersion = parent.versionOn(checkDay)
                    .orElseThrow(() -> new DomainException("unit.error.parentNotExistingOn", parent.externalKey(),
                            checkDay));
            checkTierBelow(type, parentVersion.unitTypeId());
        }
        String key = spec.externalKey();
        if (key == null || key.isBlank()) {
            String parentKey = facts.parentId() == null ? null : store.units().get(facts.parentId()).externalKey();
            key = UnitKeys.derive(parentKey, facts.name(), k -> store.units().byKey(k).isPresent());
        } else if (store.units().byKey(key.strip()).isPresent()) {
            throw new DomainException("unit.error.keyTaken", key.strip());
        }
        Unit unit = new Unit(key.strip(), spec.validFrom(), describe(facts), facts.parentId());
        unit.setNote(spec.note());
        if (reorganisationId != null) {
            unit.markCreatedBy(reorganisationId);
        }
        store.units().save(unit);
        store.flush();
        AuditLog.record(store, AuditAction.CREATE, ENTITY, unit.id(), "Created unit " + key + " (" + facts.name() + ")");
        return unit;
    }

    /** Undo of {@link #create}: removes a unit that nothing refers to yet. */
    public void deleteCreated(Long unitId) {
        db.writeAll(store -> {
            Unit unit = store.units().get(unitId);
            if (unit.versions().size() > 1 || store.units().isReferenced(unitId)) {
                throw new DomainException("unit.error.inUse", unit.externalKey());
            }
            store.units().delete(unit);
            AuditLog.record(store, AuditAction.DELETE, ENTITY, unitId, "Deleted new unit " + unit.externalKey());
        });
        changes.publish(DataChanges.Topic.HIERARCHY);
    }

    /**
     * Corrects one version in place (a typo, a missing code) and returns the facts as they were,
     * so that the correction can be undone.
     */
    public UnitEdit correct(Long unitId, Long versionId, UnitEdit facts) {
        UnitEdit before = db.write(store -> {
            Unit unit = store.units().get(unitId);
            UnitVersion version = unit.versions().stream().filter(v -> Objects.equals(v.id(), versionId))
                    .findFirst().orElseThrow(() -> new DomainException("unit.error.noSuchVersion",
                            unit.externalKey(), versionId));
            UnitEdit old = editOf(version);
            LocalDate day = version.validFrom() == null ? clock.today() : version.validFrom();
            checkFacts(store, unit, old.parentId(), facts, day, version.range());
            unit.correct(versionId, describe(facts), facts.parentId());
            AuditLog.record(store, AuditAction.UPDATE, ENTITY, unitId,
                    "Corrected version " + versionId + ": " + old.name() + " -> " + facts.name());
            return old;
        });
        changes.publish(DataChanges.Topic.HIERARCHY);
        return before;
    }

    /**
     * From {@code day} on, the unit has new facts (a new name, type or parent); the earlier
     * version stays as history. Returns the new version's id.
     */
    public Long changeFrom(Long unitId, LocalDate day, UnitEdit facts) {
        Long versionId = db.write(store -> {
            Unit unit = store.units().get(unitId);
            UnitVersion current = unit.latestVersion();
            checkFacts(store, unit, current.parentId(), facts, day, DateRange.startingOn(day));
            UnitVersion next = unit.changeFrom(day, describe(facts), facts.parentId());
            store.flush();
            AuditLog.record(store, AuditAction.UPDATE, ENTITY, unitId,
                    "From " + day + ": " + current.name() + " -> " + facts.name()
                            + (Objects.equals(current.parentId(), facts.parentId()) ? "" : " (moved to parent "
                            + facts.parentId() + ")"));
            return next.id();
        });
        changes.publish(DataChanges.Topic.HIERARCHY);
        return versionId;
    }

    /** Moves the unit under another parent from {@code day} on. */
    public Long move(Long unitId, LocalDate day, Long newParentId) {
        UnitState current = queries.history(unitId).stream().reduce((a, b) -> b)
                .orElseThrow(() -> new DomainException("unit.error.unknownId", unitId));
        return changeFrom(unitId, day, editOf(current).withParent(newParentId));
    }

    /** Undo of {@link #changeFrom} and {@link #move}: the latest version goes, the one before is extended. */
    public void dropLatestVersion(Long unitId) {
        db.writeAll(store -> {
            Unit unit = store.units().get(unitId);
            unit.dropLatestVersion();
            AuditLog.record(store, AuditAction.UNDO, ENTITY, unitId, "Undid latest change of " + unit.externalKey());
        });
        changes.publish(DataChanges.Topic.HIERARCHY);
    }

    /**
     * Retires a unit: it exists until {@code lastDay} and stays in history. Units still under it
     * after that day must be moved or retired first. Returns the previous end, for undo.
     */
    public LocalDate retire(Long unitId, LocalDate lastDay) {
        LocalDate previous = db.write(store -> {
            Unit unit = store.units().get(unitId);
            LocalDate old = unit.lifetime().to();
            if (!unit.existsOn(lastDay)) {
                throw new DomainException("unit.error.notExistingOn", unit.latestVersion().fullName(), lastDay);
            }
            // members that exist after the last day, also ones that join only later
            long children = childrenDuring(unitId, DateRange.startingOn(lastDay.plusDays(1))).stream()
                    .map(UnitState::unitId).distinct().count();
            if (children > 0) {
                throw new DomainException("unit.error.hasChildren", unit.latestVersion().fullName(), children);
            }
            unit.endOn(lastDay);
            AuditLog.record(store, AuditAction.RETIRE, ENTITY, unitId,
                    "Retired " + unit.externalKey() + " after " + lastDay);
            return old;
        });
        changes.publish(DataChanges.Topic.HIERARCHY);
        return previous;
    }

    /** Undo of {@link #retire}. */
    public void reopen(Long unitId, LocalDate previousEnd) {
        db.writeAll(store -> {
            Unit unit = store.units().get(unitId);
            unit.reopen(previousEnd);
            AuditLog.record(store, AuditAction.UNDO, ENTITY, unitId, "Reopened " + unit.externalKey());
        });
        changes.publish(DataChanges.Topic.HIERARCHY);
    }

    static UnitEdit editOf(UnitVersion v, ReferenceData reference) {
        String typeCode = reference.typeById(v.unitTypeId()).map(UnitType::code).orElseThrow();
        return new UnitEdit(typeCode, v.name(), v.fullName(), v.officialCode(), v.partyOrgName(),
                v.committeeName(), v.committeeCode(), v.parentId());
    }

    private UnitEdit editOf(UnitVersion v) {
        return editOf(v, reference);
    }

    public static UnitEdit editOf(UnitState s) {
        return new UnitEdit(s.typeCode(), s.name(), s.fullName(), s.officialCode(), s.partyOrgName(),
                s.committeeName(), s.committeeCode(), s.parentId());
    }

    UnitDescription describe(UnitEdit facts) {
        return new UnitDescription(type(facts.typeCode()).id(), facts.name(), facts.fullName(), facts.officialCode(),
                facts.partyOrgName(), facts.committeeName(), facts.committeeCode());
    }

    private UnitType type(String code) {
        if (code == null || code.isBlank()) {
            throw new DomainException("unit.error.typeRequired");
        }
        return reference.findType(code).orElseThrow(() -> new DomainException("unit.error.unknownType", code));
    }

    /** A new parent must exist that day, sit on a higher tier, and not be the unit or under it. */
    void checkParent(Store store, Unit unit, Long parentId, LocalDate day, UnitType type) {
        if (parentId == null) {
            return;
        }
        if (parentId.equals(unit.id())) {
            throw new DomainException("unit.error.ownParent");
        }
        Unit parent = store.units().get(parentId);
        UnitVersion parentVersion = parent.versionOn(day)
                .orElseThrow(() -> new DomainException("unit.error.parentNotExistingOn", parent.externalKey(), day));
        checkTierBelow(type, parentVersion.unitTypeId());
        HierarchySnapshot snapshot = queries.snapshotOn(day);
        boolean underItself = snapshot.pathToRoot(parentId).stream().anyMatch(s -> s.unitId().equals(unit.id()));
        if (underItself) {
            throw new DomainException("unit.error.cycle", parent.externalKey());
        }
    }

    /**
     * New facts for a unit during {@code period} (starting on {@code day}): a new parent must be valid
     * that day, the type must sit below the parent's and above the units under it in that period.
     */
    void checkFacts(Store store, Unit unit, Long oldParentId, UnitEdit facts, LocalDate day, DateRange period) {
        UnitType type = type(facts.typeCode());
        if (!Objects.equals(oldParentId, facts.parentId())) {
            checkParent(store, unit, facts.parentId(), day, type);
        } else if (facts.parentId() != null) {
            store.units().get(facts.parentId()).versionOn(day)
                    .ifPresent(pv -> checkTierBelow(type, pv.unitTypeId()));
        }
        int rank = reference.tierOf(type).rank();
        for (UnitState child : childrenDuring(unit.id(), period)) {
            if (child.tierRank() <= rank) {
                throw new DomainException("unit.error.childTierOrder", facts.fullName() == null ? facts.name()
                        : facts.fullName(), type.nameVi(), child.fullName());
            }
        }
    }

    /** Versions of other units that sit under {@code unitId} at some time in {@code period}. */
    private List<UnitState> childrenDuring(Long unitId, DateRange period) {
        return queries.allStates().stream()
                .filter(s -> unitId.equals(s.parentId()) && s.range().overlaps(period)
                        && s.lifetime().overlaps(period))
                .toList();
    }

    /** A unit of type {@code childTypeId} may sit under {@code parentId} on {@code day}. */
    void checkTierBelow(Store store, Long childTypeId, Long parentId, LocalDate day) {
        Unit parent = store.units().get(parentId);
        UnitVersion parentVersion = parent.versionOn(day)
                .orElseThrow(() -> new DomainException("unit.error.parentNotExistingOn", parent.externalKey(), day));
        checkTierBelow(reference.typeById(childTypeId).orElseThrow(), parentVersion.unitTypeId());
    }

    private void checkTierBelow(UnitType child, Long parentTypeId) {
        UnitType parentType = reference.typeById(parentTypeId).orElseThrow();
        int childRank = reference.tierOf(child).rank();
        int parentRank = reference.tierOf(parentType).rank();
        if (childRank <= parentRank) {
            throw new DomainException("unit.error.tierOrder", child.nameVi(), parentType.nameVi());
        }
    }
}
