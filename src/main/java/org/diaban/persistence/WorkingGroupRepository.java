package org.diaban.persistence;

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

    public long count() {
        return session.createSelectionQuery("select count(*) from WorkingGroup", Long.class).getSingleResult();
    }
}
