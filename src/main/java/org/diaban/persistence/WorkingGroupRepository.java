package org.diaban.persistence;

import java.util.List;
import java.util.Optional;
import org.diaban.domain.activity.WorkingGroup;
import org.hibernate.Session;

public final class WorkingGroupRepository {

    private final Session session;

    WorkingGroupRepository(Session session) {
        this.session = session;
    }

    public WorkingGroup save(WorkingGroup group) {
        session.persist(group);
        return group;
    }

    public Optional<WorkingGroup> find(Long id) {
        return session.createSelectionQuery("select distinct g from WorkingGroup g left join fetch g.members"
                + " where g.id = :id", WorkingGroup.class).setParameter("id", id).uniqueResultOptional();
    }

    /** The groups a committee formed, in a year or (year null) in any, with their members and units. */
    public List<WorkingGroup> byCommittee(Long committeeUnitId, Integer year) {
        List<WorkingGroup> groups = session.createSelectionQuery("select distinct g from WorkingGroup g"
                        + " left join fetch g.members where (:committee is null or g.committeeUnitId = :committee)"
                        + " and (:year is null or g.formedYear = :year) order by g.formedYear, g.name",
                WorkingGroup.class).setParameter("committee", committeeUnitId).setParameter("year", year)
                .getResultList();
        groups.forEach(g -> g.unitIds().size());
        return groups;
    }

    public void delete(WorkingGroup group) {
        session.remove(group);
    }

    public long count() {
        return session.createSelectionQuery("select count(*) from WorkingGroup", Long.class).getSingleResult();
    }
}
