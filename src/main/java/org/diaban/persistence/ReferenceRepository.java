package org.diaban.persistence;

import java.util.List;
import org.diaban.domain.activity.ConcernTopic;
import org.diaban.domain.compliance.AttendanceNorm;
import org.diaban.domain.hierarchy.Tier;
import org.diaban.domain.hierarchy.UnitType;
import org.diaban.domain.people.CommitteeTerm;
import org.hibernate.Session;

/** Small tables of reference data: tiers, unit types, terms, topics, norms. */
public final class ReferenceRepository {

    private final Session session;

    ReferenceRepository(Session session) {
        this.session = session;
    }

    public List<Tier> tiers() {
        return session.createSelectionQuery("from Tier order by rank", Tier.class).getResultList();
    }

    public List<UnitType> unitTypes() {
        return session.createSelectionQuery("from UnitType order by sortOrder", UnitType.class).getResultList();
    }

    public List<CommitteeTerm> terms() {
        return session.createSelectionQuery("from CommitteeTerm order by startsOn", CommitteeTerm.class)
                .getResultList();
    }

    public List<ConcernTopic> topics() {
        return session.createSelectionQuery("from ConcernTopic order by sortOrder", ConcernTopic.class)
                .getResultList();
    }

    public List<AttendanceNorm> norms() {
        return session.createSelectionQuery("from AttendanceNorm order by tierId, validFrom", AttendanceNorm.class)
                .getResultList();
    }
}
