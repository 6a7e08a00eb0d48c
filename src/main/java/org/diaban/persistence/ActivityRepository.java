package org.diaban.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diaban.domain.activity.Activity;
import org.diaban.domain.activity.ActivityKind;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

public final class ActivityRepository {

    private final Session session;

    ActivityRepository(Session session) {
        this.session = session;
    }

    public Activity save(Activity activity) {
        session.persist(activity);
        return activity;
    }

    public Optional<Activity> find(Long id) {
        return Optional.ofNullable(session.find(Activity.class, id));
    }

    public long count() {
        return session.createSelectionQuery("select count(*) from Activity", Long.class).getSingleResult();
    }

    /**
     * Which activities a list shows: those not deleted, held within [from, to], and, where given,
     * at one of the units, with the cadre, of the kind, under the working group.
     */
    public record Criteria(LocalDate from, LocalDate to, Collection<Long> unitIds, Long cadreId, ActivityKind kind,
                           Long workingGroupId) {
    }

    /** One line of a list: the activity without its participants. */
    public record Row(Long id, ActivityKind kind, LocalDate heldOn, Long unitId, Long householdId, String place,
                      Long workingGroupId, String content, String result) {
    }

    /** How many activities match, per kind (kinds without any are left out). */
    public Map<ActivityKind, Long> countByKind(Criteria c) {
        NativeQuery<Object[]> q = session.createNativeQuery("select a.kind, count(*) from activity a"
                + where(c) + " group by a.kind", Object[].class);
        bind(q, c);
        Map<ActivityKind, Long> counts = new EnumMap<>(ActivityKind.class);
        for (Object[] r : q.getResultList()) {
            counts.put(ActivityKind.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        return counts;
    }

    /** The matching activities, latest first, {@code limit} of them from {@code offset}. */
    public List<Row> page(Criteria c, int offset, int limit) {
        NativeQuery<Object[]> q = session.createNativeQuery("select a.id, a.kind, a.held_on, a.unit_id,"
                + " a.household_id, a.place, a.working_group_id, a.content, a.result from activity a" + where(c)
                + " order by a.held_on desc, a.id desc", Object[].class);
        bind(q, c);
        q.setFirstResult(offset);
        q.setMaxResults(limit);
        List<Row> rows = new ArrayList<>();
        for (Object[] r : q.getResultList()) {
            rows.add(new Row(id(r[0]), ActivityKind.valueOf((String) r[1]), day(r[2]), id(r[3]), id(r[4]),
                    (String) r[5], id(r[6]), (String) r[7], (String) r[8]));
        }
        return rows;
    }

    /** The participants of each activity, in the order they were recorded. */
    public Map<Long, List<Long>> participants(Collection<Long> activityIds) {
        Map<Long, List<Long>> result = new HashMap<>();
        if (activityIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = session.createNativeQuery("select activity_id, cadre_id from activity_participant"
                + " where activity_id in (:ids)", Object[].class).setParameterList("ids", activityIds).getResultList();
        for (Object[] r : rows) {
            result.computeIfAbsent(id(r[0]), k -> new ArrayList<>()).add(id(r[1]));
        }
        return result;
    }

    /** The names of some cadres, by id. */
    public Map<Long, String> cadreNames(Collection<Long> cadreIds) {
        return names("select id, full_name from cadre where id in (:ids)", cadreIds);
    }

    /** The head of each household, by id. */
    public Map<Long, String> householdNames(Collection<Long> householdIds) {
        return names("select id, head_name from household where id in (:ids)", householdIds);
    }

    /** How many (not deleted) activities were done under each working group. */
    public Map<Long, Long> countByGroup(Collection<Long> groupIds) {
        Map<Long, Long> result = new HashMap<>();
        if (groupIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = session.createNativeQuery("select working_group_id, count(*) from activity"
                + " where retired_at is null and working_group_id in (:ids) group by working_group_id", Object[].class)
                .setParameterList("ids", groupIds).getResultList();
        for (Object[] r : rows) {
            result.put(id(r[0]), ((Number) r[1]).longValue());
        }
        return result;
    }

    private Map<Long, String> names(String sql, Collection<Long> ids) {
        Map<Long, String> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        List<Object[]> rows = session.createNativeQuery(sql, Object[].class).setParameterList("ids", ids)
                .getResultList();
        for (Object[] r : rows) {
            result.put(id(r[0]), (String) r[1]);
        }
        return result;
    }

    private static String where(Criteria c) {
        StringBuilder sql = new StringBuilder(" where a.retired_at is null and a.held_on >= :from"
                + " and a.held_on <= :to");
        if (c.unitIds() != null) {
            // the ids written out (numbers only, nothing typed by a user): H2 checks a constant list through a
            // hash set, where a list of bound parameters is compared one by one for every row
            sql.append(" and a.unit_id in (").append(c.unitIds().isEmpty() ? "-1" : c.unitIds().stream()
                    .map(id -> Long.toString(id)).collect(java.util.stream.Collectors.joining(","))).append(')');
        }
        if (c.kind() != null) {
            sql.append(" and a.kind = :kind");
        }
        if (c.workingGroupId() != null) {
            sql.append(" and a.working_group_id = :group");
        }
        if (c.cadreId() != null) {
            sql.append(" and a.id in (select p.activity_id from activity_participant p where p.cadre_id = :cadre)");
        }
        return sql.toString();
    }

    private static void bind(NativeQuery<?> q, Criteria c) {
        q.setParameter("from", c.from());
        q.setParameter("to", c.to());
        if (c.kind() != null) {
            q.setParameter("kind", c.kind().name());
        }
        if (c.workingGroupId() != null) {
            q.setParameter("group", c.workingGroupId());
        }
        if (c.cadreId() != null) {
            q.setParameter("cadre", c.cadreId());
        }
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
