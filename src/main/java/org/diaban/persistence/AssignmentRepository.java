package org.diaban.persistence;

import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.assignment.Assignment;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.people.PositionKind;
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
     * Every (cadre, unit) pair of the unit assignments ever made, cancelled ones left out; a
     * household assignment gives the household's village. For telling people apart on import.
     */
    public List<long[]> cadreUnitPairs() {
        return session.createNativeQuery("select distinct a.cadre_id, coalesce(a.unit_id, h.village_id) from assignment a"
                        + " left join household h on h.id = a.household_id where a.cancelled_on is null", Tuple.class)
                .getResultList().stream()
                .map(t -> new long[] {((Number) t.get(0)).longValue(), ((Number) t.get(1)).longValue()}).toList();
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
                  and a.cancelledOn is null
                """, Tuple.class).setParameter("d", day).getResultList().stream()
                .map(t -> new CadreAtUnit(t.get(0, Long.class), t.get(1, Long.class))).toList();
    }

    public java.util.Optional<Assignment> find(Long id) {
        return java.util.Optional.ofNullable(session.find(Assignment.class, id));
    }

    /** Removes an assignment just created (undo of an assignment); entered history is cancelled instead. */
    public void delete(Assignment assignment) {
        session.remove(assignment);
    }

    /**
     * The cadres in charge of units on a day: role in charge, assigned to the unit itself (not to
     * one of its households), in force that day and not cancelled. One query for the whole tree.
     */
    public List<CadreAtUnit> inChargeOn(LocalDate day) {
        return session.createSelectionQuery("""
                select distinct a.cadreId, a.unitId from Assignment a
                where a.unitId is not null and a.role = :role and a.cancelledOn is null
                  and (a.validFrom is null or a.validFrom <= :d) and (a.validTo is null or a.validTo >= :d)
                """, Tuple.class).setParameter("d", day).setParameter("role", AssignmentRole.IN_CHARGE)
                .getResultList().stream()
                .map(t -> new CadreAtUnit(t.get(0, Long.class), t.get(1, Long.class))).toList();
    }

    /**
     * The positions held on a day by cadres assigned (in any role, not cancelled) on that day:
     * (cadre, position kind, committee unit). Cadres without a position are absent.
     */
    public List<AssignedPosition> positionsOfAssignedOn(LocalDate day) {
        return session.createSelectionQuery("""
                select distinct p.cadre.id, p.kind, p.committeeUnitId from CadrePosition p
                where (p.validFrom is null or p.validFrom <= :d) and (p.validTo is null or p.validTo >= :d)
                  and p.cadre.id in (select a.cadreId from Assignment a where a.cancelledOn is null
                    and (a.validFrom is null or a.validFrom <= :d) and (a.validTo is null or a.validTo >= :d))
                """, Tuple.class).setParameter("d", day).getResultList().stream()
                .map(t -> new AssignedPosition(t.get(0, Long.class), t.get(1, PositionKind.class),
                        t.get(2, Long.class))).toList();
    }

    /** The assignments to households of a village, for its history. */
    public List<Assignment> forHouseholdsOf(Long villageId) {
        return session.createSelectionQuery("""
                from Assignment a where a.householdId in (select h.id from Household h where h.villageId = :v)
                order by a.validFrom, a.id""", Assignment.class).setParameter("v", villageId).getResultList();
    }

    /** A position held on a day by an assigned cadre. */
    public record AssignedPosition(Long cadreId, PositionKind kind, Long committeeUnitId) {
    }

    /** A cadre assigned to a unit (or to a household of that village). */
    public record CadreAtUnit(Long cadreId, Long unitId) {
    }
}
