package org.diaban.persistence;

import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.hierarchy.Unit;
import org.diaban.domain.hierarchy.UnitState;
import org.hibernate.Session;

/** Units and their versions. */
public final class UnitRepository {

    private static final String STATE_QUERY = """
            select u.id as unitId, u.externalKey as externalKey, v.id as versionId, v.parentId as parentId,
                   t.code as typeCode, t.nameVi as typeNameVi, t.nameEn as typeNameEn, t.sortOrder as typeSort,
                   r.code as tierCode, r.rank as tierRank, t.territorial as territorial,
                   v.name as name, v.fullName as fullName, v.officialCode as officialCode,
                   v.partyOrgName as partyOrgName, v.committeeName as committeeName,
                   v.committeeCode as committeeCode, v.validFrom as vFrom, v.validTo as vTo,
                   u.validFrom as uFrom, u.validTo as uTo
            from UnitVersion v join v.unit u
                 join UnitType t on t.id = v.unitTypeId
                 join Tier r on r.id = t.tierId
            """;

    private final Session session;

    UnitRepository(Session session) {
        this.session = session;
    }

    public Optional<Unit> find(Long id) {
        return Optional.ofNullable(session.find(Unit.class, id));
    }

    public Unit get(Long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Unit", id));
    }

    public Optional<Unit> byKey(String externalKey) {
        return session.createSelectionQuery("from Unit where externalKey = :k", Unit.class)
                .setParameter("k", externalKey).uniqueResultOptional();
    }

    public Unit save(Unit unit) {
        session.persist(unit);
        return unit;
    }

    /** Units whose version valid on {@code day} has the given parent (sees this transaction's changes). */
    public List<Unit> childrenOn(Long parentId, LocalDate day) {
        return session.createSelectionQuery("""
                select v.unit from UnitVersion v
                where v.parentId = :p and (v.validFrom is null or v.validFrom <= :d)
                  and (v.validTo is null or v.validTo >= :d)
                """, Unit.class).setParameter("p", parentId).setParameter("d", day).getResultList();
    }

    /**
     * Marks with the batch the versions of its units that later changes started (moves by the
     * batch's own reorganisations), so that the whole load carries its batch id.
     */
    public int markLaterVersionsImported(Long batchId) {
        session.flush();
        return session.createNativeMutationQuery("update unit_version set import_batch_id = :b"
                + " where import_batch_id is null and unit_id in (select id from unit where import_batch_id = :b)")
                .setParameter("b", batchId).executeUpdate();
    }

    /** Deletes a unit that nothing refers to (used to undo its creation). */
    public void delete(Unit unit) {
        session.remove(unit);
    }

    public long count() {
        return session.createSelectionQuery("select count(*) from Unit", Long.class).getSingleResult();
    }

    /**
     * Every version of every unit, flattened with type and tier, by unit and each unit's versions
     * oldest first: the raw material of snapshots.
     */
    public List<UnitState> allStates() {
        return session.createSelectionQuery(STATE_QUERY + " order by u.id, v.validFrom nulls first, v.id", Tuple.class)
                .getResultList().stream()
                .map(UnitRepository::toState).toList();
    }

    /** The versions of one unit, oldest first. */
    public List<UnitState> statesOf(Long unitId) {
        return session.createSelectionQuery(STATE_QUERY + " where u.id = :id order by v.validFrom nulls first",
                Tuple.class).setParameter("id", unitId).getResultList().stream().map(UnitRepository::toState).toList();
    }

    /** When each unit existed. */
    public Map<Long, DateRange> lifetimes() {
        Map<Long, DateRange> out = new HashMap<>();
        for (Tuple t : session.createSelectionQuery("select id, validFrom, validTo from Unit", Tuple.class)
                .getResultList()) {
            out.put(t.get(0, Long.class), new DateRange(t.get(1, LocalDate.class), t.get(2, LocalDate.class)));
        }
        return out;
    }

    /** Whether any row of the model points at the unit (so that it cannot simply be deleted). */
    public boolean isReferenced(Long unitId) {
        return isReferenced(unitId, null);
    }

    /**
     * Whether any row points at the unit, leaving out the links of one reorganisation (the event
     * that created it, while that event is being undone).
     */
    public boolean isReferenced(Long unitId, Long ignoredReorganisationId) {
        String[] checks = {
            "select count(*) from UnitVersion v where v.parentId = :id",
            "select count(*) from Household h where h.villageId = :id",
            "select count(*) from Assignment a where a.unitId = :id",
            "select count(*) from CadrePosition p where p.committeeUnitId = :id",
            "select count(*) from Activity a where a.unitId = :id",
            "select count(*) from Concern c where c.unitId = :id",
            "select count(*) from Decision d where d.issuerUnitId = :id",
            "select count(*) from WorkingGroup g where g.committeeUnitId = :id",
            "select count(*) from Cadre c where c.homeUnitId = :id",
        };
        for (String hql : checks) {
            if (session.createSelectionQuery(hql, Long.class).setParameter("id", unitId).getSingleResult() > 0) {
                return true;
            }
        }
        Long links = session.createNativeQuery("""
                select count(*) from reorganisation_unit
                where unit_id = :id and (cast(:ignored as bigint) is null or reorganisation_id <> :ignored)
                """, Long.class).setParameter("id", unitId).setParameter("ignored", ignoredReorganisationId)
                .getSingleResult();
        Long groups = session.createNativeQuery("select count(*) from working_group_unit where unit_id = :id",
                Long.class).setParameter("id", unitId).getSingleResult();
        return links > 0 || groups > 0;
    }

    private static UnitState toState(Tuple t) {
        return new UnitState(
                t.get("unitId", Long.class), t.get("externalKey", String.class), t.get("versionId", Long.class),
                t.get("parentId", Long.class), t.get("typeCode", String.class), t.get("typeNameVi", String.class),
                t.get("typeNameEn", String.class), t.get("typeSort", Integer.class), t.get("tierCode", String.class),
                t.get("tierRank", Integer.class), t.get("territorial", Boolean.class), t.get("name", String.class),
                t.get("fullName", String.class), t.get("officialCode", String.class),
                t.get("partyOrgName", String.class), t.get("committeeName", String.class),
                t.get("committeeCode", String.class),
                new DateRange(t.get("vFrom", LocalDate.class), t.get("vTo", LocalDate.class)),
                new DateRange(t.get("uFrom", LocalDate.class), t.get("uTo", LocalDate.class)));
    }
}
