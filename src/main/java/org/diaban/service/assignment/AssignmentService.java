package org.diaban.service.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diaban.domain.assignment.Assignment;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.assignment.Decision;
import org.diaban.domain.audit.AuditAction;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.hierarchy.Household;
import org.diaban.persistence.Database;
import org.diaban.persistence.Store;
import org.diaban.service.common.AuditLog;
import org.diaban.service.common.DataChanges;
import org.diaban.service.hierarchy.HierarchyQueries;

/**
 * Resolution 77 assignments: assign a cadre to several places at once, end, transfer, replace,
 * cancel a mistaken entry and restore it, and the history per unit and per cadre. Every change is
 * audited and announced; each returns what its undo needs.
 */
public final class AssignmentService {

    private static final String ENTITY = "Assignment";

    private final Database db;
    private final HierarchyQueries hierarchy;
    private final DataChanges changes;

    public AssignmentService(Database db, HierarchyQueries hierarchy, DataChanges changes) {
        this.db = db;
        this.hierarchy = hierarchy;
        this.changes = changes;
    }

    /** One cadre to several units and/or households, from a day, in a role, under a decision (or none). */
    public record NewAssignments(Long cadreId, List<Long> unitIds, List<Long> householdIds, AssignmentRole role,
                                 LocalDate start, Long decisionId) {

        public NewAssignments {
            unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
            householdIds = householdIds == null ? List.of() : List.copyOf(householdIds);
        }
    }

    /** How an assignment stood before it was ended, so that the end can be taken back. */
    public record EndUndo(Long assignmentId, LocalDate previousEnd, String previousReason) {
    }

    /** A transfer or replacement: the assignment ended and the one started in its stead. */
    public record Handover(EndUndo ended, Long startedId) {
    }

    /** Creates the assignments; returns their ids, in the order given (units, then households). */
    public List<Long> assign(NewAssignments request) {
        if (request.start() == null) {
            throw new DomainException("assignments.error.dateRequired");
        }
        if (request.unitIds().isEmpty() && request.householdIds().isEmpty()) {
            throw new DomainException("assignments.error.noPlace");
        }
        List<Long> ids = db.write(store -> {
            store.cadres().get(request.cadreId());
            List<Assignment> made = new ArrayList<>();
            DateRange range = DateRange.startingOn(request.start());
            for (Long unit : request.unitIds()) {
                made.add(Assignment.toUnit(request.cadreId(), unit, request.role(), range, request.decisionId()));
            }
            for (Long household : request.householdIds()) {
                made.add(Assignment.toHousehold(request.cadreId(), household, request.role(), range,
                        request.decisionId()));
            }
            made.forEach(store.assignments()::save);
            store.flush();
            for (Assignment a : made) {
                AuditLog.record(store, AuditAction.CREATE, ENTITY, a.id(), "Assigned " + describe(store, a));
            }
            return made.stream().map(Assignment::id).toList();
        });
        changes.publish(DataChanges.Topic.ASSIGNMENTS);
        return ids;
    }

    /** Undo of {@link #assign}: removes the assignments just created. */
    public void deleteCreated(List<Long> ids) {
        db.writeAll(store -> {
            for (Long id : ids) {
                Assignment a = get(store, id);
                AuditLog.record(store, AuditAction.DELETE, ENTITY, id, "Removed new assignment " + describe(store, a));
                store.assignments().delete(a);
            }
        });
        changes.publish(DataChanges.Topic.ASSIGNMENTS);
    }

    /** Ends an assignment after {@code lastDay}. */
    public EndUndo end(Long id, LocalDate lastDay, String reason) {
        EndUndo undo = db.write(store -> endIn(store, id, lastDay, reason));
        changes.publish(DataChanges.Topic.ASSIGNMENTS);
        return undo;
    }

    private EndUndo endIn(Store store, Long id, LocalDate lastDay, String reason) {
        if (lastDay == null) {
            throw new DomainException("assignments.error.dateRequired");
        }
        Assignment a = get(store, id);
        EndUndo undo = new EndUndo(id, a.range().to(), a.endReason());
        a.endOn(lastDay, blankToNull(reason));
        AuditLog.record(store, AuditAction.UPDATE, ENTITY, id, "Ended on " + lastDay + ": " + describe(store, a));
        return undo;
    }

    /** Undo of an end: the assignment runs as it did before. */
    public void reopen(EndUndo undo) {
        db.writeAll(store -> {
            Assignment a = get(store, undo.assignmentId());
            a.reopen(undo.previousEnd(), undo.previousReason());
            AuditLog.record(store, AuditAction.UNDO, ENTITY, a.id(), "Reopened " + describe(store, a));
        });
        changes.publish(DataChanges.Topic.ASSIGNMENTS);
    }

    /** Ends the assignment after {@code lastDay} and assigns the same cadre, role and decision to another unit the next day. */
    public Handover transfer(Long id, Long toUnitId, LocalDate lastDay, String reason) {
        Handover h = db.write(store -> {
            Assignment old = get(store, id);
            if (toUnitId == null || toUnitId.equals(old.unitId())) {
                throw new DomainException("assignments.error.sameUnit");
            }
            EndUndo ended = endIn(store, id, lastDay, reason);
            Assignment next = Assignment.toUnit(old.cadreId(), toUnitId, old.role(),
                    DateRange.startingOn(lastDay.plusDays(1)), old.decisionId());
            store.assignments().save(next);
            store.flush();
            AuditLog.record(store, AuditAction.CREATE, ENTITY, next.id(), "Transferred to " + describe(store, next));
            return new Handover(ended, next.id());
        });
        changes.publish(DataChanges.Topic.ASSIGNMENTS);
        return h;
    }

    /**
     * Ends cadre A's assignment after {@code lastDay} and gives the same place and role to cadre B
     * from the next day, marked as replacing it.
     */
    public Handover replace(Long id, Long newCadreId, LocalDate lastDay, String reason, Long decisionId) {
        Handover h = db.write(store -> {
            Assignment old = get(store, id);
            if (newCadreId == null || newCadreId.equals(old.cadreId())) {
                throw new DomainException("assignments.error.sameCadre");
            }
            store.cadres().get(newCadreId);
            EndUndo ended = endIn(store, id, lastDay, reason);
            DateRange range = DateRange.startingOn(lastDay.plusDays(1));
            Long decision = decisionId != null ? decisionId : old.decisionId();
            Assignment next = old.unitId() != null
                    ? Assignment.toUnit(newCadreId, old.unitId(), old.role(), range, decision)
                    : Assignment.toHousehold(newCadreId, old.householdId(), old.role(), range, decision);
            next.markReplacing(old.id());
            store.assignments().save(next);
            store.flush();
            AuditLog.record(store, AuditAction.CREATE, ENTITY, next.id(), "Replacement: " + describe(store, next));
            return new Handover(ended, next.id());
        });
        changes.publish(DataChanges.Topic.ASSIGNMENTS);
        return h;
    }

    /** Undo of a transfer or replacement. */
    public void undoHandover(Handover handover) {
        db.writeAll(store -> {
            Assignment started = get(store, handover.startedId());
            AuditLog.record(store, AuditAction.UNDO, ENTITY, started.id(), "Removed " + describe(store, started));
            store.assignments().delete(started);
            Assignment a = get(store, handover.ended().assignmentId());
            a.reopen(handover.ended().previousEnd(), handover.ended().previousReason());
            AuditLog.record(store, AuditAction.UNDO, ENTITY, a.id(), "Reopened " + describe(store, a));
        });
        changes.publish(DataChanges.Topic.ASSIGNMENTS);
    }

    /** Marks an assignment entered by mistake; it stays listed but counts for nothing. */
    public void cancel(Long id, LocalDate day, String reason) {
        db.writeAll(store -> {
            Assignment a = get(store, id);
            a.cancel(day, blankToNull(reason));
            AuditLog.record(store, AuditAction.UPDATE, ENTITY, id, "Cancelled " + describe(store, a)
                    + (reason == null ? "" : " (" + reason + ")"));
        });
        changes.publish(DataChanges.Topic.ASSIGNMENTS);
    }

    /** Undoes {@link #cancel}. */
    public void restore(Long id) {
        db.writeAll(store -> {
            Assignment a = get(store, id);
            a.restore();
            AuditLog.record(store, AuditAction.UPDATE, ENTITY, id, "Restored " + describe(store, a));
        });
        changes.publish(DataChanges.Topic.ASSIGNMENTS);
    }

    /** One assignment as history lists show it. */
    public AssignmentRecord record(Long id) {
        return db.read(s -> records(s, List.of(get(s, id))).get(0));
    }

    /** Everything ever assigned at a unit, or at a household of it if it is a village; oldest first. */
    public List<AssignmentRecord> historyOfUnit(Long unitId) {
        return db.read(s -> {
            List<Assignment> list = new ArrayList<>(s.assignments().forUnit(unitId));
            list.addAll(s.assignments().forHouseholdsOf(unitId));
            return records(s, list);
        });
    }

    /** Everything ever assigned to a cadre; oldest first. */
    public List<AssignmentRecord> historyOfCadre(Long cadreId) {
        return db.read(s -> records(s, s.assignments().forCadre(cadreId)));
    }

    private List<AssignmentRecord> records(Store s, List<Assignment> list) {
        Map<Long, String> cadres = new HashMap<>();
        Map<Long, String> decisions = new HashMap<>();
        List<AssignmentRecord> out = new ArrayList<>();
        for (Assignment a : list) {
            String cadre = cadres.computeIfAbsent(a.cadreId(), id -> s.cadres().get(id).fullName());
            String symbol = a.decisionId() == null ? null : decisions.computeIfAbsent(a.decisionId(),
                    id -> s.decisions().find(id).map(Decision::symbol).orElse(null));
            out.add(new AssignmentRecord(a.id(), a.cadreId(), cadre, a.unitId(), a.householdId(), place(s, a),
                    a.role(), a.range(), symbol, a.endReason(), a.cancelledOn(), a.cancelReason(), a.replacesId()));
        }
        out.sort(Comparator.comparing((AssignmentRecord r) -> r.range().from(),
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(AssignmentRecord::id));
        return out;
    }

    private String place(Store s, Assignment a) {
        LocalDate day = a.range().from() != null ? a.range().from() : LocalDate.now();
        if (a.unitId() != null) {
            return unitName(a.unitId(), day);
        }
        Household h = s.households().get(a.householdId());
        return h.headName() + " — " + unitName(h.villageId(), day);
    }

    /** A village is named with its commune: many villages share names. */
    private String unitName(Long unitId, LocalDate day) {
        return hierarchy.stateOn(unitId, day).map(u -> u.isVillageTier() && u.parentId() != null
                ? u.fullName() + ", " + hierarchy.stateOn(u.parentId(), day).map(p -> p.fullName()).orElse("")
                : u.fullName()).orElse("#" + unitId);
    }

    private String describe(Store s, Assignment a) {
        return s.cadres().get(a.cadreId()).fullName() + " -> " + place(s, a) + " (" + a.role() + ", from "
                + a.range().from() + ")";
    }

    private static Assignment get(Store store, Long id) {
        return store.assignments().find(id).orElseThrow(() -> new DomainException("assignments.error.notFound"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
