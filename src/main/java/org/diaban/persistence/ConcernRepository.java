package org.diaban.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diaban.domain.activity.Concern;
import org.diaban.domain.activity.ConcernStatus;
import org.diaban.domain.activity.ConcernTopic;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

public final class ConcernRepository {

    private static final String OPEN = "('NEW','IN_PROGRESS','ESCALATED')";

    private final Session session;

    ConcernRepository(Session session) {
        this.session = session;
    }

    public Concern save(Concern concern) {
        session.persist(concern);
        return concern;
    }

    public long count() {
        return session.createSelectionQuery("select count(*) from Concern", Long.class).getSingleResult();
    }

    /**
     * Concerns open on a day, per unit: raised by then, and whose latest status change on or
     * before that day left them open.
     */
    public Map<Long, Long> openCountByUnit(LocalDate day) {
        Map<Long, Long> out = new HashMap<>();
        openAndOverdueByUnit(day).forEach((unit, counts) -> out.put(unit, counts[0]));
        return out;
    }

    /** Open concerns whose deadline passed before {@code day}. */
    public long overdueCount(LocalDate day) {
        return session.createSelectionQuery("""
                select count(*) from Concern c
                where c.status in (NEW, IN_PROGRESS, ESCALATED) and c.deadline < :d and c.withdrawnOn is null
                """, Long.class).setParameter("d", day).getSingleResult();
    }

    /**
     * Per unit, the concerns open on a day and, of those, the ones past their deadline then:
     * {open, overdue}. One pass over the concerns, for the whole tree.
     */
    public Map<Long, long[]> openAndOverdueByUnit(LocalDate day) {
        List<Object[]> rows = session.createNativeQuery("""
                select c.unit_id, count(*), sum(case when c.deadline < :d then 1 else 0 end) from concern c
                where c.raised_on <= :d and c.withdrawn_on is null
                  and (select s.status from concern_status_change s
                       where s.concern_id = c.id and s.changed_on <= :d
                       order by s.changed_on desc, s.recorded_at desc, s.id desc
                       fetch first 1 row only) in\s""" + OPEN + """
                 group by c.unit_id
                """, Object[].class).setParameter("d", day).getResultList();
        Map<Long, long[]> out = new HashMap<>();
        for (Object[] row : rows) {
            out.put(((Number) row[0]).longValue(),
                    new long[] {((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue()});
        }
        return out;
    }

    /** A concern with its history; fails when there is none with that id. */
    public Concern get(Long id) {
        Concern c = session.find(Concern.class, id);
        if (c == null) {
            throw new NotFoundException("Concern", id);
        }
        return c;
    }

    /** How many concerns (not withdrawn) were raised at each of some activities: one grouped count. */
    public Map<Long, Long> countByActivity(Collection<Long> activityIds) {
        Map<Long, Long> result = new HashMap<>();
        if (activityIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = session.createSelectionQuery("select c.activityId, count(c) from Concern c"
                + " where c.withdrawnOn is null and c.activityId in (:ids) group by c.activityId", Object[].class)
                .setParameterList("ids", activityIds).getResultList();
        for (Object[] r : rows) {
            result.put((Long) r[0], ((Number) r[1]).longValue());
        }
        return result;
    }

    /** What the list shows of a concern: no history, no joins. */
    public record Row(Long id, Long activityId, Long unitId, Long householdId, String raisedBy, LocalDate raisedOn,
                      Long topicId, String content, String responsibleBody, LocalDate deadline,
                      ConcernStatus status, LocalDate statusOn, LocalDate withdrawnOn, String householdName) {
    }

    /**
     * The concerns matching the structured filters, newest first. Null or empty arguments do not
     * filter; {@code units} is the set of unit ids to keep (a subtree), {@code overdueOn} keeps the
     * open concerns whose deadline passed before that day. Text search is the caller's: it ignores
     * diacritics, which the database cannot.
     */
    public List<Row> list(Set<ConcernStatus> statuses, Long topicId, Collection<Long> units, LocalDate raisedFrom,
                          LocalDate raisedTo, LocalDate overdueOn, boolean withdrawn) {
        StringBuilder hql = new StringBuilder("""
                select c.id, c.activityId, c.unitId, c.householdId, c.raisedBy, c.raisedOn, c.topicId, c.content,
                    c.responsibleBody, c.deadline, c.status, c.statusOn, c.withdrawnOn, h.headName
                from Concern c left join Household h on h.id = c.householdId where\s""");
        hql.append(withdrawn ? "c.withdrawnOn is not null" : "c.withdrawnOn is null");
        Map<String, Object> params = new HashMap<>();
        if (statuses != null && !statuses.isEmpty() && statuses.size() < ConcernStatus.values().length) {
            hql.append(" and c.status in (:statuses)");
            params.put("statuses", List.copyOf(statuses));
        }
        if (topicId != null) {
            hql.append(" and c.topicId = :topic");
            params.put("topic", topicId);
        }
        if (units != null) {
            hql.append(" and c.unitId in (:units)");
            params.put("units", units.isEmpty() ? List.of(-1L) : new ArrayList<>(units));
        }
        if (raisedFrom != null) {
            hql.append(" and c.raisedOn >= :from");
            params.put("from", raisedFrom);
        }
        if (raisedTo != null) {
            hql.append(" and c.raisedOn <= :to");
            params.put("to", raisedTo);
        }
        if (overdueOn != null) {
            hql.append(" and c.status in (NEW, IN_PROGRESS, ESCALATED) and c.deadline < :overdue");
            params.put("overdue", overdueOn);
        }
        hql.append(" order by c.raisedOn desc, c.id desc");
        SelectionQuery<Row> query = session.createSelectionQuery(hql.toString(), Row.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    public List<ConcernTopic> topics() {
        return session.createSelectionQuery("from ConcernTopic order by sortOrder, id", ConcernTopic.class)
                .getResultList();
    }

    public ConcernTopic topic(Long id) {
        ConcernTopic t = session.find(ConcernTopic.class, id);
        if (t == null) {
            throw new NotFoundException("ConcernTopic", id);
        }
        return t;
    }

    public ConcernTopic saveTopic(ConcernTopic topic) {
        session.persist(topic);
        return topic;
    }

    /** How many concerns (withdrawn ones too) carry each topic. */
    public Map<Long, Long> usesByTopic() {
        Map<Long, Long> out = new HashMap<>();
        for (Object[] row : session.createSelectionQuery(
                "select c.topicId, count(*) from Concern c where c.topicId is not null group by c.topicId",
                Object[].class).getResultList()) {
            out.put((Long) row[0], (Long) row[1]);
        }
        return out;
    }

    public void deleteTopic(ConcernTopic topic) {
        session.remove(topic);
    }
}
