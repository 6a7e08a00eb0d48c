package org.diaban.service.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.diaban.domain.activity.Activity;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.domain.activity.WorkingGroup;
import org.diaban.domain.audit.AuditAction;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.text.VietnameseCollation;
import org.diaban.persistence.ActivityRepository;
import org.diaban.persistence.ActivityRepository.Criteria;
import org.diaban.persistence.Database;
import org.diaban.persistence.SettingsRepository;
import org.diaban.persistence.Store;
import org.diaban.service.cadres.CadreService;
import org.diaban.service.cadres.CadreSummary;
import org.diaban.service.common.AuditLog;
import org.diaban.service.common.Clock;
import org.diaban.service.common.DataChanges;
import org.diaban.service.hierarchy.HierarchyQueries;

/**
 * Field activities: record, correct, delete (softly) and restore them, list them by period,
 * place, cadre, kind and working group with totals by kind, and remember the last values entered
 * as the defaults of the next form.
 */
public final class ActivityService {

    private static final String ENTITY = "Activity";
    static final String LAST = "activities.last.";
    private static final Comparator<UnitState> LATEST = Comparator.comparing(u -> u.range().from(),
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Database db;
    private final HierarchyQueries hierarchy;
    private final CadreService cadres;
    private final DataChanges changes;
    private final Clock clock;

    public ActivityService(Database db, HierarchyQueries hierarchy, CadreService cadres, DataChanges changes,
                           Clock clock) {
        this.db = db;
        this.hierarchy = hierarchy;
        this.cadres = cadres;
        this.changes = changes;
        this.clock = clock;
    }

    /** The rules a draft must keep to be saved; throws the first one broken. */
    public void validate(ActivityDraft d) {
        Activity.check(d.kind(), d.heldOn(), d.unitId(), d.householdId(), d.participantIds());
        Activity.checkNotFuture(d.heldOn(), clock.today());
        if (d.unitId() != null && !hierarchy.snapshotOn(d.heldOn()).contains(d.unitId())) {
            String name = hierarchy.stateOn(d.unitId(), d.heldOn()).map(UnitState::fullName).orElse("#" + d.unitId());
            throw new DomainException("activities.error.placeNotOnDate", name, d.heldOn());
        }
        if (d.householdId() != null) {
            Long village = db.read(store -> store.households().get(d.householdId()).villageId());
            if (!village.equals(d.unitId())) {
                throw new DomainException("activities.error.householdElsewhere");
            }
        }
    }

    /** Records an activity and keeps its values as the next form's defaults; returns its id. */
    public Long record(ActivityDraft d) {
        validate(d);
        Long id = db.write(store -> {
            Activity a = new Activity(d.kind(), d.heldOn(), d.unitId(), d.householdId(), d.participantIds(),
                    blankToNull(d.content()));
            apply(a, d);
            store.activities().save(a);
            store.flush();
            remember(store.settings(), d);
            AuditLog.record(store, AuditAction.CREATE, ENTITY, a.id(), "Recorded " + d.kind() + " on " + d.heldOn());
            return a.id();
        });
        changes.publish(DataChanges.Topic.ACTIVITIES);
        return id;
    }

    /** Replaces an activity's values; returns them as they were, for undo. */
    public ActivityDraft update(Long id, ActivityDraft d) {
        validate(d);
        ActivityDraft before = db.write(store -> {
            Activity a = activity(store, id);
            ActivityDraft old = draftOf(a);
            a.change(d.kind(), d.heldOn(), d.unitId(), d.householdId(), d.participantIds(), blankToNull(d.content()));
            apply(a, d);
            AuditLog.record(store, AuditAction.UPDATE, ENTITY, id, "Changed " + d.kind() + " on " + d.heldOn());
            return old;
        });
        changes.publish(DataChanges.Topic.ACTIVITIES);
        return before;
    }

    /** Deletes an activity softly: gone from lists and counts, kept in history, restorable. */
    public void retire(Long id) {
        db.writeAll(store -> {
            activity(store, id).retire();
            AuditLog.record(store, AuditAction.RETIRE, ENTITY, id, "Deleted activity " + id);
        });
        changes.publish(DataChanges.Topic.ACTIVITIES);
    }

    /** Brings a deleted activity back (undo of a delete, redo of a recording). */
    public void restore(Long id) {
        db.writeAll(store -> {
            activity(store, id).restore();
            AuditLog.record(store, AuditAction.UNDO, ENTITY, id, "Restored activity " + id);
        });
        changes.publish(DataChanges.Topic.ACTIVITIES);
    }

    public ActivityDraft draft(Long id) {
        return db.read(store -> draftOf(activity(store, id)));
    }

    public boolean isRetired(Long id) {
        return db.read(store -> activity(store, id).isRetired());
    }

    /** The values of the last activity recorded, or (the first time) a work session today. */
    public ActivityDraft defaults() {
        return db.read(store -> {
            SettingsRepository s = store.settings();
            ActivityKind kind = s.get(LAST + "kind").map(ActivityService::kindOrNull).orElse(ActivityKind.WORK_SESSION);
            LocalDate day = s.get(LAST + "date").map(ActivityService::dayOrNull).orElse(null);
            List<Long> people = s.get(LAST + "participants").map(ActivityService::ids).orElse(List.of());
            return new ActivityDraft(kind, day == null ? clock.today() : day,
                    s.get(LAST + "unit").map(ActivityService::idOrNull).orElse(null), null, null, people,
                    s.get(LAST + "group").map(ActivityService::idOrNull).orElse(null), null, null);
        });
    }

    /**
     * The activities matching a filter, latest first, at most {@code limit} of them, with the number
     * and the totals by kind of all that match.
     */
    public ActivityList list(ActivityFilter f, int limit) {
        Criteria c = criteria(f);
        return db.read(store -> {
            ActivityRepository repo = store.activities();
            Map<ActivityKind, Long> totals = repo.countByKind(c);
            long total = totals.values().stream().mapToLong(Long::longValue).sum();
            List<ActivityRepository.Row> page = repo.page(c, 0, limit);
            List<Long> ids = page.stream().map(ActivityRepository.Row::id).toList();
            Map<Long, List<Long>> people = repo.participants(ids);
            Map<Long, String> names = repo.cadreNames(people.values().stream().flatMap(List::stream)
                    .collect(Collectors.toSet()));
            Map<Long, String> households = repo.householdNames(page.stream().map(ActivityRepository.Row::householdId)
                    .filter(Objects::nonNull).collect(Collectors.toSet()));
            Map<Long, String> groups = groupNames(store, page);
            Map<Long, Long> concerns = store.concerns().countByActivity(ids);
            List<ActivityRow> rows = new ArrayList<>(page.size());
            for (ActivityRepository.Row r : page) {
                List<Long> who = people.getOrDefault(r.id(), List.of());
                rows.add(new ActivityRow(r.id(), r.kind(), r.heldOn(), r.unitId(), r.householdId(),
                        r.unitId() == null ? null : placeName(r.unitId(), r.heldOn()),
                        r.householdId() == null ? null : households.get(r.householdId()), r.place(),
                        who.stream().map(names::get).filter(Objects::nonNull).collect(Collectors.joining(", ")),
                        who.size(), r.workingGroupId() == null ? null : groups.get(r.workingGroupId()), r.content(),
                        concerns.getOrDefault(r.id(), 0L)));
            }
            return new ActivityList(rows, total, totals);
        });
    }

    /** The units an activity can be held at on a day: communes first, then villages, by name. */
    public List<Option> places(LocalDate day) {
        HierarchySnapshot snapshot = hierarchy.snapshotOn(day);
        return snapshot.units().stream().filter(u -> u.isCommuneTier() || u.isVillageTier())
                .sorted(Comparator.comparing((UnitState u) -> u.isVillageTier())
                        .thenComparing(VietnameseCollation.comparing(UnitState::fullName)))
                .map(u -> new Option(u.unitId(), label(snapshot, u))).toList();
    }

    /**
     * Every unit on a day, by tier and name, for filtering by place; then the units gone by then
     * (old districts and communes), under their last name, for the activities of the past.
     */
    public List<Option> units(LocalDate day) {
        HierarchySnapshot snapshot = hierarchy.snapshotOn(day);
        List<Option> options = new ArrayList<>(snapshot.units().stream()
                .sorted(Comparator.comparingInt(UnitState::tierRank)
                        .thenComparing(VietnameseCollation.comparing(UnitState::fullName)))
                .map(u -> new Option(u.unitId(), label(snapshot, u))).toList());
        Map<Long, UnitState> gone = new java.util.LinkedHashMap<>();
        for (UnitState s : hierarchy.allStates()) {
            if (!snapshot.contains(s.unitId()) && !s.isVillageTier()) {
                gone.merge(s.unitId(), s, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
            }
        }
        gone.values().stream().sorted(Comparator.comparingInt(UnitState::tierRank)
                        .thenComparing(VietnameseCollation.comparing(UnitState::fullName)))
                .forEach(u -> options.add(new Option(u.unitId(), u.range().to() == null ? u.fullName()
                        : u.fullName() + " (" + u.range().to().getYear() + ")")));
        return options;
    }

    /** The households of a village, for a visit: head of household and birth year, by name. */
    public List<Option> households(Long villageId) {
        return db.read(store -> store.households().inVillage(villageId, 2_000)).stream()
                .map(h -> new Option(h.id(), h.headBirthYear() == null ? h.headName()
                        : h.headName() + " (" + h.headBirthYear() + ")"))
                .toList();
    }

    /** The cadres who can take part on a day, with birth year and committee to tell namesakes apart. */
    public List<Option> people(LocalDate day) {
        return cadres.registry(day).stream().filter(c -> c.retiredOn() == null || c.retiredOn().isAfter(day))
                .map(c -> new Option(c.id(), personLabel(c))).toList();
    }

    /** The working groups in being on a day. */
    public List<Option> groups(LocalDate day) {
        return db.read(store -> store.workingGroups().byCommittee(null, null)).stream()
                .filter(g -> (g.formedOn() == null || !g.formedOn().isAfter(day))
                        && (g.dissolvedOn() == null || !g.dissolvedOn().isBefore(day)))
                .map(g -> new Option(g.id(), groupLabel(g, day)))
                .sorted(Comparator.comparing(Option::label, VietnameseCollation.comparing(s -> s))).toList();
    }

    String groupLabel(WorkingGroup g, LocalDate day) {
        String committee = hierarchy.stateOn(g.committeeUnitId(), day)
                .map(u -> u.committeeName() != null ? u.committeeName() : u.fullName()).orElse("");
        return g.name() + " – " + committee + " (" + g.formedYear() + ")";
    }

    private static String personLabel(CadreSummary c) {
        StringBuilder s = new StringBuilder(c.fullName());
        if (c.birthYear() != null) {
            s.append(" (").append(c.birthYear()).append(')');
        }
        if (c.committee() != null) {
            s.append(" – ").append(c.committee());
        }
        return s.toString();
    }

    /** A village with its commune ("Thôn Đồng Tiến – Xã Hồ Sơn"): many villages share names. */
    private static String label(HierarchySnapshot snapshot, UnitState u) {
        if (u.isVillageTier() && u.parentId() != null) {
            return snapshot.unit(u.parentId()).map(p -> u.fullName() + " – " + p.fullName()).orElse(u.fullName());
        }
        return u.fullName();
    }

    private String placeName(Long unitId, LocalDate day) {
        return hierarchy.stateOn(unitId, day).map(u -> u.isVillageTier() && u.parentId() != null
                ? u.fullName() + " – " + hierarchy.stateOn(u.parentId(), day).map(UnitState::fullName).orElse("")
                : u.fullName()).orElse("#" + unitId);
    }

    private Map<Long, String> groupNames(Store store, List<ActivityRepository.Row> page) {
        Set<Long> ids = page.stream().map(ActivityRepository.Row::workingGroupId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ids.stream().map(id -> store.workingGroups().find(id).orElse(null)).filter(Objects::nonNull)
                .collect(Collectors.toMap(WorkingGroup::id, WorkingGroup::name));
    }

    /** The unit filter covers the unit and everything under it, as the tree stood at either end of the period. */
    private Criteria criteria(ActivityFilter f) {
        LocalDate from = f.from() == null ? LocalDate.of(1900, 1, 1) : f.from();
        LocalDate to = f.to() == null ? LocalDate.of(9999, 12, 31) : f.to();
        Set<Long> units = null;
        if (f.unitId() != null) {
            Set<Long> under = new HashSet<>();
            LocalDate today = clock.today();
            boolean everything = true;
            for (LocalDate day : new LinkedHashSet<>(List.of(from.isAfter(today) ? today : from,
                    to.isAfter(today) ? today : to))) {
                HierarchySnapshot snapshot = hierarchy.snapshotOn(day);
                List<UnitState> subtree = snapshot.subtree(f.unitId());
                subtree.forEach(u -> under.add(u.unitId()));
                everything &= subtree.size() == snapshot.size();
            }
            under.add(f.unitId());
            // the top of the whole tree filters nothing: no list of every unit to check
            units = everything ? null : under;
        }
        return new Criteria(from, to, units, f.cadreId(), f.kind(), f.workingGroupId());
    }

    private static void apply(Activity a, ActivityDraft d) {
        a.setPlace(blankToNull(d.placeDetail()));
        a.setWorkingGroupId(d.workingGroupId());
        a.setResult(blankToNull(d.result()));
    }

    private static ActivityDraft draftOf(Activity a) {
        return new ActivityDraft(a.kind(), a.heldOn(), a.unitId(), a.householdId(), a.place(),
                // a set comes back from the database in no particular order: show it in a stable one
                a.participantIds().stream().sorted().toList(), a.workingGroupId(), a.content(), a.result());
    }

    private static void remember(SettingsRepository s, ActivityDraft d) {
        s.put(LAST + "kind", d.kind().name());
        s.put(LAST + "date", d.heldOn().toString());
        s.put(LAST + "unit", d.unitId() == null ? "" : d.unitId().toString());
        s.put(LAST + "participants", d.participantIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
        s.put(LAST + "group", d.workingGroupId() == null ? "" : d.workingGroupId().toString());
    }

    private static Activity activity(Store store, Long id) {
        return store.activities().find(id).orElseThrow(() -> new DomainException("activities.error.unknown", id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static ActivityKind kindOrNull(String s) {
        try {
            return ActivityKind.valueOf(s);
        } catch (IllegalArgumentException e) {
            return ActivityKind.WORK_SESSION;
        }
    }

    private static LocalDate dayOrNull(String s) {
        try {
            return LocalDate.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Long idOrNull(String s) {
        try {
            return s.isBlank() ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<Long> ids(String s) {
        return Arrays.stream(s.split(",")).map(ActivityService::idOrNull).filter(Objects::nonNull).toList();
    }
}
