package org.diaban.service.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.diaban.domain.activity.WorkingGroup;
import org.diaban.domain.activity.WorkingGroupMember;
import org.diaban.domain.activity.WorkingGroupRole;
import org.diaban.domain.assignment.Decision;
import org.diaban.domain.audit.AuditAction;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.text.VietnameseCollation;
import org.diaban.persistence.Database;
import org.diaban.persistence.Store;
import org.diaban.service.common.AuditLog;
import org.diaban.service.common.Clock;
import org.diaban.service.common.DataChanges;
import org.diaban.service.hierarchy.HierarchyQueries;

/** Working groups (tổ công tác): form, correct, dissolve them, and list them per committee and year. */
public final class WorkingGroupService {

    private static final String ENTITY = "WorkingGroup";

    private final Database db;
    private final HierarchyQueries hierarchy;
    private final DataChanges changes;
    private final Clock clock;

    public WorkingGroupService(Database db, HierarchyQueries hierarchy, DataChanges changes, Clock clock) {
        this.db = db;
        this.hierarchy = hierarchy;
        this.changes = changes;
        this.clock = clock;
    }

    /** The committees that can form a group on a day: units with a committee, highest tier first. */
    public List<Option> committees(LocalDate day) {
        return hierarchy.snapshotOn(day).units().stream().filter(u -> u.committeeName() != null)
                .sorted(Comparator.comparingInt(UnitState::tierRank)
                        .thenComparing(VietnameseCollation.comparing(UnitState::committeeName)))
                .map(u -> new Option(u.unitId(), u.committeeName())).toList();
    }

    /**
     * The committees to filter the list by: those of the day, then those gone since that formed
     * groups (the district committees before the 2025 reform), under their name of then.
     */
    public List<Option> committeesForList(LocalDate day) {
        Map<Long, Option> all = new java.util.LinkedHashMap<>();
        committees(day).forEach(o -> all.put(o.id(), o));
        for (WorkingGroup g : db.read(store -> store.workingGroups().byCommittee(null, null))) {
            LocalDate then = g.formedOn() != null ? g.formedOn() : LocalDate.of(g.formedYear(), 12, 31);
            all.computeIfAbsent(g.committeeUnitId(), id -> new Option(id, hierarchy.stateOn(id, then)
                    .map(u -> u.committeeName() != null ? u.committeeName() : u.fullName()).orElse("#" + id)));
        }
        return List.copyOf(all.values());
    }

    /** The communes a committee's group can care for on a day: the communes under it. */
    public List<Option> communes(Long committeeUnitId, LocalDate day) {
        return hierarchy.snapshotOn(day).subtree(committeeUnitId).stream().filter(UnitState::isCommuneTier)
                .sorted(VietnameseCollation.comparing(UnitState::fullName))
                .map(u -> new Option(u.unitId(), u.fullName())).toList();
    }

    /**
     * Whether the leader is a standing-committee (BTV) member of the committee on the day; the
     * form warns when not, and saves all the same.
     */
    public boolean leaderIsStanding(Long leaderId, Long committeeUnitId, LocalDate day) {
        if (leaderId == null || committeeUnitId == null || day == null) {
            return true;
        }
        return db.read(store -> store.cadres().withPositions(leaderId)
                .map(c -> WorkingGroup.leaderIsStanding(c, committeeUnitId, day)).orElse(true));
    }

    public Long create(GroupDraft d) {
        Long id = db.write(store -> {
            WorkingGroup g = new WorkingGroup(d.name(), d.committeeUnitId(), year(d), d.formedOn(), d.decisionId());
            g.setMembership(d.leaderId(), d.memberIds());
            g.setUnits(d.unitIds());
            store.workingGroups().save(g);
            store.flush();
            AuditLog.record(store, AuditAction.CREATE, ENTITY, g.id(), "Formed working group " + g.name());
            return g.id();
        });
        changes.publish(DataChanges.Topic.WORKING_GROUPS);
        return id;
    }

    /** Undo of {@link #create}: removes a group nothing was recorded under yet. */
    public void deleteCreated(Long id) {
        db.writeAll(store -> {
            WorkingGroup g = group(store, id);
            if (store.activities().countByGroup(List.of(id)).getOrDefault(id, 0L) > 0) {
                throw new DomainException("activities.error.groupInUse", g.name());
            }
            store.workingGroups().delete(g);
            AuditLog.record(store, AuditAction.DELETE, ENTITY, id, "Deleted new working group " + g.name());
        });
        changes.publish(DataChanges.Topic.WORKING_GROUPS);
    }

    /** Replaces the group's values; returns them as they were, for undo. */
    public GroupDraft update(Long id, GroupDraft d) {
        GroupDraft before = db.write(store -> {
            WorkingGroup g = group(store, id);
            GroupDraft old = draftOf(g);
            g.update(d.name(), year(d), d.formedOn(), d.decisionId());
            g.setMembership(d.leaderId(), d.memberIds());
            g.setUnits(d.unitIds());
            AuditLog.record(store, AuditAction.UPDATE, ENTITY, id, "Changed working group " + g.name());
            return old;
        });
        changes.publish(DataChanges.Topic.WORKING_GROUPS);
        return before;
    }

    /** Dissolves the group from a day; it stays in the lists, marked. Returns the previous day, for undo. */
    public LocalDate dissolve(Long id, LocalDate day) {
        LocalDate before = db.write(store -> {
            WorkingGroup g = group(store, id);
            LocalDate old = g.dissolvedOn();
            g.dissolveOn(day);
            AuditLog.record(store, day == null ? AuditAction.UNDO : AuditAction.RETIRE, ENTITY, id,
                    (day == null ? "Reopened working group " : "Dissolved working group ") + g.name());
            return old;
        });
        changes.publish(DataChanges.Topic.WORKING_GROUPS);
        return before;
    }

    public GroupDraft draft(Long id) {
        return db.read(store -> draftOf(group(store, id)));
    }

    /** A committee's groups of a year (or of every year when null), with leader, size, communes and activities. */
    public List<GroupRow> list(Long committeeUnitId, Integer year) {
        return db.read(store -> {
            List<WorkingGroup> groups = store.workingGroups().byCommittee(committeeUnitId, year);
            Map<Long, Long> done = store.activities().countByGroup(groups.stream().map(WorkingGroup::id).toList());
            Map<Long, String> leaders = store.activities().cadreNames(groups.stream()
                    .map(g -> g.leader().map(WorkingGroupMember::cadreId).orElse(-1L)).toList());
            List<GroupRow> rows = new ArrayList<>();
            for (WorkingGroup g : groups) {
                LocalDate day = g.formedOn() != null ? g.formedOn() : LocalDate.of(g.formedYear(), 12, 31);
                Long leader = g.leader().map(WorkingGroupMember::cadreId).orElse(null);
                boolean standing = leader == null || store.cadres().withPositions(leader)
                        .map(c -> WorkingGroup.leaderIsStanding(c, g.committeeUnitId(), day)).orElse(true);
                String communes = g.unitIds().stream().map(u -> hierarchy.stateOn(u, day).map(UnitState::name)
                        .orElse("#" + u)).sorted(VietnameseCollation.comparing(s -> s))
                        .collect(Collectors.joining(", "));
                String committee = hierarchy.stateOn(g.committeeUnitId(), day).map(u -> u.committeeName() != null
                        ? u.committeeName() : u.fullName()).orElse("#" + g.committeeUnitId());
                rows.add(new GroupRow(g.id(), g.name(), committee, g.formedYear(), g.formedOn(), g.dissolvedOn(),
                        leader == null ? null : leaders.get(leader), standing, g.members().size(), communes,
                        done.getOrDefault(g.id(), 0L), g.decisionId() == null ? null
                        : store.decisions().find(g.decisionId()).map(Decision::symbol).orElse(null)));
            }
            return rows;
        });
    }

    private int year(GroupDraft d) {
        return d.formedOn() != null ? d.formedOn().getYear() : clock.today().getYear();
    }

    private static GroupDraft draftOf(WorkingGroup g) {
        Long leader = g.leader().map(WorkingGroupMember::cadreId).orElse(null);
        List<Long> members = g.members().stream().filter(m -> m.role() == WorkingGroupRole.MEMBER)
                .map(WorkingGroupMember::cadreId).toList();
        return new GroupDraft(g.name(), g.committeeUnitId(), g.formedOn(), g.decisionId(), leader, members,
                new ArrayList<>(g.unitIds()));
    }

    private static WorkingGroup group(Store store, Long id) {
        return store.workingGroups().find(id).orElseThrow(() -> new DomainException("activities.error.unknownGroup",
                id));
    }
}
