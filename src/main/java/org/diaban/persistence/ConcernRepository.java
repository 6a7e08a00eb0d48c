package org.diaban.persistence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diaban.domain.activity.Concern;
import org.hibernate.Session;

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
        List<Object[]> rows = session.createNativeQuery("""
                select c.unit_id, count(*) from concern c
                where c.raised_on <= :d
                  and (select s.status from concern_status_change s
                       where s.concern_id = c.id and s.changed_on <= :d
                       order by s.changed_on desc, s.recorded_at desc, s.id desc
                       fetch first 1 row only) in\s""" + OPEN + """
                 group by c.unit_id
                """, Object[].class).setParameter("d", day).getResultList();
        Map<Long, Long> out = new HashMap<>();
        for (Object[] row : rows) {
            out.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return out;
    }

    /** Open concerns whose deadline passed before {@code day}. */
    public long overdueCount(LocalDate day) {
        return session.createSelectionQuery("""
                select count(*) from Concern c
                where c.status in (NEW, IN_PROGRESS, ESCALATED) and c.deadline < :d
                """, Long.class).setParameter("d", day).getSingleResult();
    }
}
