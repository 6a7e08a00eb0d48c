package org.diaban.service.hierarchy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.diaban.domain.audit.AuditAction;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.hierarchy.Reorganisation;
import org.diaban.domain.hierarchy.ReorganisationKind;
import org.diaban.domain.hierarchy.Unit;
import org.diaban.domain.hierarchy.UnitVersion;
import org.diaban.persistence.Database;
import org.diaban.persistence.Store;
import org.diaban.service.common.AuditLog;
import org.diaban.service.common.DataChanges;
import org.diaban.service.hierarchy.ReorganisationPlan.Created;
import org.diaban.service.hierarchy.ReorganisationPlan.Existing;
import org.diaban.service.hierarchy.ReorganisationPlan.SuccessorRef;

/**
 * Records merges, splits, renames, moves, establishments and dissolutions as dated events, and
 * undoes them. Every row the event creates or closes is marked with it, so undo is exact.
 */
public final class ReorganisationService {

    private static final String ENTITY = "Reorganisation";

    private final Database db;
    private final HierarchyEditing editing;
    private final DataChanges changes;

    public ReorganisationService(Database db, HierarchyEditing editing, DataChanges changes) {
        this.db = db;
        this.editing = editing;
        this.changes = changes;
    }

    /** Records the plan in one transaction and returns the event's id. */
    public Long record(ReorganisationPlan plan) {
        Long id = db.write(store -> recordIn(store, plan, null));
        changes.publish(DataChanges.Topic.HIERARCHY);
        return id;
    }

    /** Records a plan inside a running transaction; {@code batchId} marks rows of an import. */
    public Long recordIn(Store store, ReorganisationPlan plan, Long batchId) {
        LocalDate day = plan.effectiveOn();
        if (day == null) {
            throw new DomainException("reorganisation.error.dateRequired");
        }
        for (Long p : plan.predecessors()) {
            Unit unit = store.units().get(p);
            if (!unit.existsOn(day.minusDays(1)) || !unit.lifetime().isOpenEnded()
                    || unit.latestVersion().validFrom() != null && !unit.latestVersion().validFrom().isBefore(day)) {
                throw new DomainException("reorganisation.error.predecessorNotCurrent", unit.externalKey(), day);
            }
        }
        for (Long s : plan.existingSuccessors()) {
            Unit unit = store.units().get(s);
            if (!unit.existsOn(day)) {
                throw new DomainException("reorganisation.error.successorNotExisting",
                        unit.latestVersion().fullName(), day);
            }
        }

        List<Long> successorIds = new ArrayList<>(plan.existingSuccessors());
        List<Unit> created = new ArrayList<>();
        for (NewUnit spec : plan.newSuccessors()) {
            NewUnit dated = new NewUnit(spec.externalKey(), spec.facts(), day, spec.note());
            Unit unit = editing.createIn(store, dated, null);
            created.add(unit);
            successorIds.add(unit.id());
        }
        Reorganisation event = new Reorganisation(plan.kind(), day, plan.legalBasis(), plan.note(),
                plan.predecessors(), successorIds);
        if (batchId != null) {
            event.markImported(batchId);
            created.forEach(u -> u.markImported(batchId));
        }
        store.reorganisations().save(event);
        store.flush();
        created.forEach(u -> u.markCreatedBy(event.id()));

        switch (plan.kind()) {
            case RENAME, CHANGE_PARENT -> changeOne(store, plan, event);
            case MERGE, SPLIT, DISSOLVE -> {
                moveChildren(store, plan, event, successorIds);
                Set<Long> carryOn = new HashSet<>(successorIds);
                for (Long p : plan.predecessors()) {
                    if (!carryOn.contains(p)) {
                        Unit unit = store.units().get(p);
                        UnitVersion last = unit.latestVersion();
                        unit.endOn(day.minusDays(1));
                        last.markClosedBy(event.id());
                    }
                }
            }
            case ESTABLISH -> {
                // the new units are all there is to it
            }
            default -> throw new IllegalStateException(plan.kind().name());
        }
        AuditLog.record(store, AuditAction.CREATE, ENTITY, event.id(),
                plan.kind() + " on " + day + ": " + plan.predecessors() + " -> " + successorIds
                        + (plan.legalBasis() == null ? "" : " (" + plan.legalBasis() + ")"));
        return event.id();
    }

    private void changeOne(Store store, ReorganisationPlan plan, Reorganisation event) {
        if (plan.change() == null) {
            throw new DomainException("reorganisation.error.changeMissing");
        }
        Long unitId = plan.predecessors().get(0);
        Unit unit = store.units().get(unitId);
        UnitVersion previous = unit.latestVersion();
        if (plan.kind() == ReorganisationKind.RENAME && !Objects.equals(previous.parentId(), plan.change().parentId())) {
            throw new DomainException("reorganisation.error.renameKeepsParent");
        }
        editing.checkFacts(store, unit, previous.parentId(), plan.change(), plan.effectiveOn(),
                DateRange.startingOn(plan.effectiveOn()));
        UnitVersion next = unit.changeFrom(plan.effectiveOn(), editing.describe(plan.change()),
                plan.change().parentId());
        previous.markClosedBy(event.id());
        next.markCreatedByEvent(event.id());
    }

    private void moveChildren(Store store, ReorganisationPlan plan, Reorganisation event, List<Long> successorIds) {
        LocalDate dayBefore = plan.effectiveOn().minusDays(1);
        store.flush();
        Set<Long> carryOn = new HashSet<>(successorIds);
        Map<Long, Long> targets = new LinkedHashMap<>();
        for (Long p : plan.predecessors()) {
            if (carryOn.contains(p)) {
                continue;
            }
            for (Unit child : store.units().childrenOn(p, dayBefore)) {
                if (!child.existsOn(plan.effectiveOn())) {
                    continue; // ended on the same day, by this or another event
                }
                SuccessorRef ref = plan.childTargets().get(child.id());
                Long target;
                if (ref == null) {
                    if (successorIds.size() != 1) {
                        throw new DomainException("reorganisation.error.childNotAllocated",
                                child.latestVersion().fullName());
                    }
                    target = successorIds.get(0);
                } else {
                    target = resolve(ref, plan, successorIds);
                }
                targets.put(child.id(), target);
            }
        }
        for (Map.Entry<Long, Long> move : targets.entrySet()) {
            Unit child = store.units().get(move.getKey());
            UnitVersion previous = child.latestVersion();
            editing.checkTierBelow(store, previous.unitTypeId(), move.getValue(), plan.effectiveOn());
            UnitVersion next = child.changeFrom(plan.effectiveOn(), previous.description(), move.getValue());
            previous.markClosedBy(event.id());
            next.markCreatedByEvent(event.id());
        }
    }

    private static Long resolve(SuccessorRef ref, ReorganisationPlan plan, List<Long> successorIds) {
        if (ref instanceof Existing e) {
            if (!successorIds.contains(e.unitId())) {
                throw new DomainException("reorganisation.error.targetNotSuccessor", e.unitId());
            }
            return e.unitId();
        }
        int index = ((Created) ref).index();
        if (index < 0 || index >= plan.newSuccessors().size()) {
            throw new DomainException("reorganisation.error.targetNotSuccessor", index);
        }
        return successorIds.get(plan.existingSuccessors().size() + index);
    }

    /**
     * Undoes a reorganisation: units it created are deleted, versions it started are removed,
     * and what it ended is open again. Refused when later changes build on it.
     */
    public void revert(Long reorganisationId) {
        db.writeAll(store -> {
            Reorganisation event = store.reorganisations().find(reorganisationId)
                    .orElseThrow(() -> new DomainException("reorganisation.error.unknown", reorganisationId));
            Set<Long> createdUnits = new HashSet<>();
            for (Long s : event.successors()) {
                Unit unit = store.units().get(s);
                if (Objects.equals(unit.createdByReorganisationId(), event.id())) {
                    createdUnits.add(s);
                }
            }
            // versions started by the event, on units that existed before it
            for (UnitVersion v : store.reorganisations().versionsCreatedBy(event.id())) {
                Unit unit = v.unit();
                if (createdUnits.contains(unit.id())) {
                    continue;
                }
                if (!Objects.equals(unit.latestVersion().id(), v.id())) {
                    throw new DomainException("reorganisation.error.laterChanges", unit.externalKey());
                }
                unit.dropLatestVersion();
            }
            for (UnitVersion v : store.reorganisations().versionsClosedBy(event.id())) {
                Unit unit = v.unit();
                if (!unit.lifetime().isOpenEnded() && Objects.equals(unit.lifetime().to(), v.validTo())) {
                    unit.reopen(null);
                }
                v.markClosedBy(null);
            }
            store.flush();
            // the units it created and the event point at each other: unlink, then delete both
            List<Unit> toDelete = new ArrayList<>();
            for (Long id : createdUnits) {
                Unit unit = store.units().get(id);
                boolean changedSince = unit.versions().size() > 1 || !unit.lifetime().isOpenEnded();
                if (changedSince || store.units().isReferenced(id, event.id())) {
                    throw new DomainException("reorganisation.error.laterChanges", unit.externalKey());
                }
                unit.markCreatedBy(null);
                toDelete.add(unit);
            }
            store.flush();
            store.reorganisations().delete(event);
            store.flush();
            toDelete.forEach(store.units()::delete);
            AuditLog.record(store, AuditAction.UNDO, ENTITY, reorganisationId,
                    "Reverted " + event.kind() + " of " + event.effectiveOn());
        });
        changes.publish(DataChanges.Topic.HIERARCHY);
    }
}
