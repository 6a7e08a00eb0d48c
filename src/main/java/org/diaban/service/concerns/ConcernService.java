package org.diaban.service.concerns;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.diaban.domain.activity.Concern;
import org.diaban.domain.activity.ConcernStatus;
import org.diaban.domain.activity.ConcernStatusChange;
import org.diaban.domain.activity.ConcernTopic;
import org.diaban.domain.audit.AuditAction;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.text.VietnameseCollation;
import org.diaban.domain.text.VietnameseText;
import org.diaban.persistence.ActivityRepository;
import org.diaban.persistence.ConcernRepository.Row;
import org.diaban.persistence.Database;
import org.diaban.service.common.AuditLog;
import org.diaban.service.common.Clock;
import org.diaban.service.common.DataChanges;
import org.diaban.service.hierarchy.HierarchyQueries;
import org.diaban.service.hierarchy.UnitKeys;

/**
 * Residents' concerns: raise, correct, move through their statuses, hand over, withdraw and
 * restore; the filtered lists and counts; and the editable topics. Every change is audited.
 */
public final class ConcernService {

    private static final String ENTITY = "Concern";
    private static final String TOPIC = "ConcernTopic";

    private final Database db;
    private final HierarchyQueries hierarchy;
    private final DataChanges changes;
    private final Clock clock;

    public ConcernService(Database db, HierarchyQueries hierarchy, DataChanges changes, Clock clock) {
        this.db = db;
        this.hierarchy = hierarchy;
        this.changes = changes;
        this.clock = clock;
    }

    public LocalDate today() {
        return clock.today();
    }

    // Queries

    /** The concerns matching a filter, newest first. */
    public List<ConcernSummary> list(ConcernFilter filter) {
        Set<Long> units = filter.unitId() == null ? null : subtree(filter.unitId());
        List<Row> rows = db.read(s -> s.concerns().list(filter.statuses(), filter.topicId(), units,
                filter.raisedFrom(), filter.raisedTo(), filter.overdueOn(), filter.withdrawn()));
        Map<Long, TopicInfo> topics = topicsById();
        Places places = new Places();
        LocalDate today = clock.today();
        String[] words = filter.text() == null ? new String[0] : VietnameseText.fold(filter.text()).split(" ");
        List<ConcernSummary> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            if (words.length > 0 && !matches(r, words)) {
                continue;
            }
            out.add(summary(r, topics.get(r.topicId()), places, today));
        }
        return out;
    }

    private static boolean matches(Row r, String[] words) {
        String haystack = VietnameseText.fold(r.content() + " " + nz(r.raisedBy()) + " " + nz(r.responsibleBody()));
        for (String w : words) {
            if (!w.isEmpty() && !haystack.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static ConcernSummary summary(Row r, TopicInfo topic, Places places, LocalDate today) {
        long late = r.withdrawnOn() == null && r.status().isOpen() && r.deadline() != null
                && r.deadline().isBefore(today) ? ChronoUnit.DAYS.between(r.deadline(), today) : 0;
        UnitState unit = places.latest(r.unitId());
        return new ConcernSummary(r.id(), r.activityId(), r.unitId(), places.name(r.unitId()),
                unit == null ? null : unit.externalKey(), r.householdId(), r.householdName(), r.raisedBy(),
                r.raisedOn(), r.topicId(), topic == null ? null : topic.code(), topic == null ? null : topic.nameVi(),
                topic == null ? null : topic.nameEn(), r.content(), r.responsibleBody(), r.deadline(), r.status(),
                r.statusOn(), r.withdrawnOn(), late);
    }

    /** How many concerns of a list there are by status and topic, and overdue today. */
    public ConcernCounts counts(ConcernFilter filter) {
        return counts(list(filter));
    }

    public static ConcernCounts counts(List<ConcernSummary> rows) {
        Map<ConcernStatus, Long> byStatus = new EnumMap<>(ConcernStatus.class);
        Map<Long, Long> byTopic = new HashMap<>();
        long overdue = 0;
        for (ConcernSummary c : rows) {
            byStatus.merge(c.status(), 1L, Long::sum);
            byTopic.merge(c.topicId(), 1L, Long::sum);
            if (c.overdue()) {
                overdue++;
            }
        }
        return new ConcernCounts(rows.size(), byStatus, byTopic, overdue);
    }

    /** Open concerns past their deadline today. */
    public long overdueCount() {
        LocalDate today = clock.today();
        return db.read(s -> s.concerns().overdueCount(today));
    }

    public ConcernDetail detail(Long id) {
        LocalDate today = clock.today();
        Map<Long, TopicInfo> topics = topicsById();
        Places places = new Places();
        return db.read(s -> {
            Concern c = s.concerns().get(id);
            Row row = new Row(c.id(), c.activityId(), c.unitId(), c.householdId(), c.raisedBy(), c.raisedOn(),
                    c.topicId(), c.content(), c.responsibleBody(), c.deadline(), c.status(), c.statusOn(),
                    c.withdrawnOn(), c.householdId() == null ? null : s.households().get(c.householdId()).headName());
            List<ConcernDetail.Step> steps = new ArrayList<>();
            ConcernStatusChange previous = null;
            for (ConcernStatusChange step : c.history()) {
                steps.add(new ConcernDetail.Step(step.status(), step.changedOn(), step.responsibleBody(), step.note(),
                        step.isHandover(previous)));
                previous = step;
            }
            ActivityRef activity = c.activityId() == null ? null : s.activities().find(c.activityId())
                    .map(a -> new ActivityRef(a.id(), a.kind(), a.heldOn(), places.name(a.unitId()))).orElse(null);
            return new ConcernDetail(summary(row, topics.get(c.topicId()), places, today), activity, steps);
        });
    }

    /** How far back from the day raised the activities a concern can be linked to go. */
    public static final int ACTIVITY_DAYS = 60;

    /**
     * The activities a concern raised at a unit on a day can be linked to: held at the unit or under
     * it in the {@value #ACTIVITY_DAYS} days up to that day, latest first; and the one it is linked to
     * ({@code linkedId}), wherever and whenever it was held, so that a correction does not lose it.
     */
    public List<ActivityRef> activitiesNear(Long unitId, LocalDate day, Long linkedId) {
        Places places = new Places();
        Set<Long> units = new HashSet<>();
        if (unitId != null && day != null) {
            units.add(unitId);
            hierarchy.snapshotOn(day).subtree(unitId).forEach(u -> units.add(u.unitId()));
        }
        return db.read(s -> {
            List<ActivityRef> out = new ArrayList<>();
            if (!units.isEmpty()) {
                for (ActivityRepository.Row r : s.activities().page(new ActivityRepository.Criteria(
                        day.minusDays(ACTIVITY_DAYS), day, units, null, null, null), 0, 200)) {
                    out.add(new ActivityRef(r.id(), r.kind(), r.heldOn(), places.name(r.unitId())));
                }
            }
            if (linkedId != null && out.stream().noneMatch(a -> a.id().equals(linkedId))) {
                s.activities().find(linkedId).ifPresent(a -> out.add(0,
                        new ActivityRef(a.id(), a.kind(), a.heldOn(), places.name(a.unitId()))));
            }
            return out;
        });
    }

    /**
     * The places of today's tree, province and districts first, then communes and villages by name;
     * a village is labelled with its commune.
     */
    public List<ConcernPlace> places() {
        var snapshot = hierarchy.snapshotOn(clock.today());
        List<UnitState> units = new ArrayList<>(snapshot.units());
        units.sort(Comparator.comparingInt(UnitState::tierRank)
                .thenComparing(VietnameseCollation.comparing(UnitState::fullName)));
        List<ConcernPlace> out = new ArrayList<>(units.size());
        for (UnitState u : units) {
            UnitState parent = u.parentId() == null ? null : snapshot.unit(u.parentId()).orElse(null);
            out.add(new ConcernPlace(u.unitId(), u.isVillageTier() && parent != null
                    ? u.fullName() + ", " + parent.fullName() : u.fullName()));
        }
        return out;
    }

    /** The households of a village, by the head's name, to pick the one a concern is about. */
    public List<ConcernPlace> householdsIn(Long villageId) {
        return db.read(s -> s.households().inVillage(villageId, 2000).stream()
                .map(h -> new ConcernPlace(h.id(), h.headBirthYear() == null ? h.headName()
                        : h.headName() + " (" + h.headBirthYear() + ")")).toList());
    }

    /**
     * The unit and every unit that is or was under it, in any version of the tree, with the units
     * it was formed from (merges) and theirs: the concerns of an old commune belong to the new one.
     */
    private Set<Long> subtree(Long unitId) {
        Map<Long, Set<Long>> children = new HashMap<>();
        for (UnitState s : hierarchy.allStates()) {
            if (s.parentId() != null) {
                children.computeIfAbsent(s.parentId(), k -> new HashSet<>()).add(s.unitId());
            }
        }
        var lineage = hierarchy.lineage();
        Set<Long> out = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(unitId));
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            if (out.add(id)) {
                todo.addAll(children.getOrDefault(id, Set.of()));
                todo.addAll(lineage.directPredecessors(id));
            }
        }
        return out;
    }

    /** The latest version of each unit, for names and keys of places that may no longer exist. */
    private final class Places {
        private final Map<Long, UnitState> latest = new HashMap<>();

        Places() {
            for (UnitState s : hierarchy.allStates()) {
                latest.merge(s.unitId(), s, (a, b) -> later(a, b) ? a : b);
            }
        }

        private static boolean later(UnitState a, UnitState b) {
            LocalDate fa = a.range().from();
            LocalDate fb = b.range().from();
            return fb == null || fa != null && fa.isAfter(fb);
        }

        UnitState latest(Long unitId) {
            return latest.get(unitId);
        }

        String name(Long unitId) {
            UnitState u = latest.get(unitId);
            if (u == null) {
                return null;
            }
            UnitState parent = u.parentId() == null ? null : latest.get(u.parentId());
            return u.isVillageTier() && parent != null ? u.fullName() + ", " + parent.fullName() : u.fullName();
        }
    }

    // Changes

    /** Records a new concern; returns its id. */
    public Long raise(ConcernDraft d) {
        notInFuture(d.raisedOn());
        Long id = db.write(store -> {
            Concern c = new Concern(d.unitId(), d.raisedOn(), d.topicId(), d.content(),
                    blankToNull(d.responsibleBody()), d.deadline());
            c.raisedAt(d.activityId(), d.householdId(), blankToNull(d.raisedBy()));
            store.concerns().save(c);
            store.flush();
            AuditLog.record(store, AuditAction.CREATE, ENTITY, c.id(), "Raised concern " + c.id() + " on "
                    + d.raisedOn());
            return c.id();
        });
        changed();
        return id;
    }

    /** Corrects what was recorded; returns it as it was, for undo. */
    public ConcernDraft update(Long id, ConcernDraft d) {
        notInFuture(d.raisedOn());
        ConcernDraft before = db.write(store -> {
            Concern c = store.concerns().get(id);
            ConcernDraft old = new ConcernDraft(c.activityId(), c.unitId(), c.householdId(), c.raisedBy(),
                    c.raisedOn(), c.topicId(), c.content(), c.responsibleBody(), c.deadline());
            c.correct(d.unitId(), d.raisedOn(), d.topicId(), d.content(), blankToNull(d.responsibleBody()),
                    d.deadline());
            c.raisedAt(d.activityId(), d.householdId(), blankToNull(d.raisedBy()));
            AuditLog.record(store, AuditAction.UPDATE, ENTITY, id, "Corrected concern " + id);
            return old;
        });
        changed();
        return before;
    }

    /** Moves a concern to another status on a day (not before the last change, not after today), with a note. */
    public void changeStatus(Long id, ConcernStatus target, LocalDate day, String note) {
        changeStatus(id, target, day, note, null);
    }

    /**
     * Moves a concern to another status and, when {@code newBody} names another body (escalated to
     * a higher one), hands it over on the same day: both steps or neither. Returns how many steps
     * were added (1 or 2), for undo.
     */
    public int changeStatus(Long id, ConcernStatus target, LocalDate day, String note, String newBody) {
        notInFuture(day);
        int steps = db.write(store -> {
            Concern c = store.concerns().get(id);
            ConcernStatus from = c.status();
            c.moveTo(target, day, blankToNull(note));
            AuditLog.record(store, AuditAction.UPDATE, ENTITY, id, "Concern " + id + " " + from + " -> " + target
                    + " on " + day);
            String body = blankToNull(newBody);
            if (body == null || body.equals(c.responsibleBody())) {
                return 1;
            }
            c.handOver(body, day, null);
            AuditLog.record(store, AuditAction.UPDATE, ENTITY, id, "Concern " + id + " handed over to " + body);
            return 2;
        });
        changed();
        return steps;
    }

    /** Hands a concern to another body on a day, with a note; the status and the history stay. */
    public void handOver(Long id, String body, LocalDate day, String note) {
        notInFuture(day);
        db.writeAll(store -> {
            Concern c = store.concerns().get(id);
            String from = c.responsibleBody();
            c.handOver(body == null ? null : body.strip(), day, blankToNull(note));
            AuditLog.record(store, AuditAction.UPDATE, ENTITY, id, "Concern " + id + " handed over from " + from
                    + " to " + body + " on " + day);
        });
        changed();
    }

    /**
     * Undo of {@link #changeStatus} and {@link #handOver}: removes the latest step, which must be
     * the one expected (status and day), so that an undo never takes back someone else's step.
     */
    public void takeBackLastChange(Long id, ConcernStatus expectedStatus, LocalDate expectedDay) {
        takeBackLastChanges(id, 1, expectedStatus, expectedDay);
    }

    /** Takes back the latest {@code count} steps, all of which must have that status and day, at once. */
    public void takeBackLastChanges(Long id, int count, ConcernStatus expectedStatus, LocalDate expectedDay) {
        db.writeAll(store -> {
            Concern c = store.concerns().get(id);
            for (int i = 0; i < count; i++) {
                List<ConcernStatusChange> steps = c.history();
                ConcernStatusChange last = steps.get(steps.size() - 1);
                if (last.status() != expectedStatus || !last.changedOn().equals(expectedDay)) {
                    throw new DomainException("concerns.error.notLastChange");
                }
                c.takeBackLastChange();
            }
            AuditLog.record(store, AuditAction.UNDO, ENTITY, id, "Took back the last " + count
                    + " change(s) of concern " + id);
        });
        changed();
    }

    /** Withdraws a concern entered by mistake: it leaves the lists and counts but is kept. */
    public void withdraw(Long id) {
        LocalDate today = clock.today();
        db.writeAll(store -> {
            store.concerns().get(id).withdraw(today);
            AuditLog.record(store, AuditAction.RETIRE, ENTITY, id, "Withdrew concern " + id);
        });
        changed();
    }

    public void restore(Long id) {
        db.writeAll(store -> {
            store.concerns().get(id).restore();
            AuditLog.record(store, AuditAction.UNDO, ENTITY, id, "Restored concern " + id);
        });
        changed();
    }

    private void notInFuture(LocalDate day) {
        if (day != null && day.isAfter(clock.today())) {
            throw new DomainException("concerns.error.future", day);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void changed() {
        changes.publish(DataChanges.Topic.CONCERNS);
    }

    // Topics

    /** The topics by id, without counting their uses: what the lists need to name them. */
    private Map<Long, TopicInfo> topicsById() {
        return db.read(s -> s.concerns().topics().stream().collect(Collectors.toMap(ConcernTopic::id,
                t -> new TopicInfo(t.id(), t.code(), t.nameVi(), t.nameEn(), t.active(), t.sortOrder(), 0))));
    }

    /** Every topic in its order, active or not, with how many concerns carry it. */
    public List<TopicInfo> topics() {
        return db.read(s -> {
            Map<Long, Long> uses = s.concerns().usesByTopic();
            return s.concerns().topics().stream().map(t -> new TopicInfo(t.id(), t.code(), t.nameVi(), t.nameEn(),
                    t.active(), t.sortOrder(), uses.getOrDefault(t.id(), 0L))).toList();
        });
    }

    /** Adds a topic at the end; returns its id. */
    public Long addTopic(String nameVi, String nameEn) {
        Long id = db.write(store -> {
            List<ConcernTopic> all = store.concerns().topics();
            Set<String> codes = all.stream().map(ConcernTopic::code).collect(Collectors.toSet());
            String base = UnitKeys.slug(nameVi == null ? "" : nameVi).replace('-', '_');
            String code = base;
            for (int n = 2; codes.contains(code); n++) {
                code = base + "_" + n;
            }
            int order = all.stream().mapToInt(ConcernTopic::sortOrder).max().orElse(0) + 1;
            ConcernTopic t = new ConcernTopic(code, "x", "x", order);
            t.rename(nameVi, nameEn);
            store.concerns().saveTopic(t);
            store.flush();
            AuditLog.record(store, AuditAction.CREATE, TOPIC, t.id(), "Added concern topic " + t.nameVi());
            return t.id();
        });
        changed();
        return id;
    }

    /** Removes a topic no concern carries (undo of {@link #addTopic}); a topic in use can only be deactivated. */
    public void deleteTopic(Long id) {
        db.writeAll(store -> {
            ConcernTopic t = store.concerns().topic(id);
            if (store.concerns().usesByTopic().getOrDefault(id, 0L) > 0) {
                throw new DomainException("concerns.error.topicInUse", t.nameVi());
            }
            store.concerns().deleteTopic(t);
            AuditLog.record(store, AuditAction.DELETE, TOPIC, id, "Deleted concern topic " + t.nameVi());
        });
        changed();
    }

    /** Renames a topic; returns the names it had {vi, en}, for undo. */
    public String[] renameTopic(Long id, String nameVi, String nameEn) {
        String[] before = db.write(store -> {
            ConcernTopic t = store.concerns().topic(id);
            String[] old = {t.nameVi(), t.nameEn()};
            t.rename(nameVi, nameEn);
            AuditLog.record(store, AuditAction.UPDATE, TOPIC, id, "Renamed concern topic " + old[0] + " -> "
                    + t.nameVi());
            return old;
        });
        changed();
        return before;
    }

    /** Moves a topic up (negative) or down (positive) the list by swapping places with its neighbour. */
    public void moveTopic(Long id, int step) {
        db.writeAll(store -> {
            List<ConcernTopic> all = new ArrayList<>(store.concerns().topics());
            int i = indexOf(all, id);
            int j = Math.max(0, Math.min(all.size() - 1, i + Integer.signum(step)));
            if (i == j) {
                return;
            }
            all.add(j, all.remove(i));
            for (int k = 0; k < all.size(); k++) {
                all.get(k).setSortOrder(k + 1);
            }
            AuditLog.record(store, AuditAction.UPDATE, TOPIC, id, "Moved concern topic " + all.get(j).nameVi());
        });
        changed();
    }

    private static int indexOf(List<ConcernTopic> all, Long id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new DomainException("concerns.error.noSuchTopic", id);
    }

    /** An inactive topic stays on the concerns that carry it but is no longer offered for new ones. */
    public void setTopicActive(Long id, boolean active) {
        db.writeAll(store -> {
            ConcernTopic t = store.concerns().topic(id);
            t.setActive(active);
            AuditLog.record(store, AuditAction.UPDATE, TOPIC, id, (active ? "Activated" : "Deactivated")
                    + " concern topic " + t.nameVi());
        });
        changed();
    }
}
