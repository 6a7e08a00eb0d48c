package org.diaban.persistence;

import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.assignment.Assignment;
import org.hibernate.Session;

public final class AssignmentRepository {

    private final Session session;

    AssignmentRepository(Session session) {
        this.session = session;
    }

    public Assignment save(Assignment assignment) {
        session.persist(assignment);
        return assignment;
    }

    public List<Assignment> forUnit(Long unitId) {
        return session.createSelectionQuery("from Assignment where unitId = :u order by validFrom, id",
                Assignment.class).setParameter("u", unitId).getResultList();
    }

    public List<Assignment> forCadre(Long cadreId) {
        return session.createSelectionQuery("from Assignment where cadreId = :c order by validFrom, id",
                Assignment.class).setParameter("c", cadreId).getResultList();
    }

    public long count() {
        return session.createSelectionQuery("select count(*) from Assignment", Long.class).getSingleResult();
    }

    /**
     * Who is assigned where on a day: distinct (cadre, unit) pairs, an assignment to a household
     * counting for the household's village.
     */
    public List<CadreAtUnit> activeOn(LocalDate day) {
        return session.createSelectionQuery("""
                select distinct a.cadreId, coalesce(a.unitId, h.villageId)
                from Assignment a left join Household h on h.id = a.householdId
                where (a.validFrom is null or a.validFrom <= :d) and (a.validTo is null or a.validTo >= :d)
                """, Tuple.class).setParameter("d", day).getResultList().stream()
                .map(t -> new CadreAtUnit(t.get(0, Long.class), t.get(1, Long.class))).toList();
    }

    /** A cadre assigned to a unit (or to a household of that village). */
    public record CadreAtUnit(Long cadreId, Long unitId) {
    }
}
