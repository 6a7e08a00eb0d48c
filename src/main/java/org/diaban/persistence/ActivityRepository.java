package org.diaban.persistence;

import org.diaban.domain.activity.Activity;
import org.hibernate.Session;

public final class ActivityRepository {

    private final Session session;

    ActivityRepository(Session session) {
        this.session = session;
    }

    public Activity save(Activity activity) {
        session.persist(activity);
        return activity;
    }

    public long count() {
        return session.createSelectionQuery("select count(*) from Activity", Long.class).getSingleResult();
    }
}
