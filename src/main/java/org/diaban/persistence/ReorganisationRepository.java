package org.diaban.persistence;

import java.util.List;
import java.util.Optional;
import org.diaban.domain.hierarchy.Reorganisation;
import org.diaban.domain.hierarchy.ReorganisationStep;
import org.diaban.domain.hierarchy.UnitVersion;
import org.hibernate.Session;

public final class ReorganisationRepository {

    private final Session session;

    ReorganisationRepository(Session session) {
        this.session = session;
    }

    public Reorganisation save(Reorganisation reorganisation) {
        session.persist(reorganisation);
        return reorganisation;
    }

    public Optional<Reorganisation> find(Long id) {
        return Optional.ofNullable(session.find(Reorganisation.class, id));
    }

    public void delete(Reorganisation reorganisation) {
        session.remove(reorganisation);
    }

    public List<Reorganisation> all() {
        return session.createSelectionQuery("from Reorganisation r left join fetch r.links order by r.effectiveOn, r.id",
                Reorganisation.class).getResultList().stream().distinct().toList();
    }

    public List<ReorganisationStep> steps() {
        return all().stream().map(Reorganisation::step).toList();
    }

    /** Versions a reorganisation created (so that undoing it can remove them). */
    public List<UnitVersion> versionsCreatedBy(Long reorganisationId) {
        return session.createSelectionQuery("from UnitVersion where createdByReorganisationId = :id",
                UnitVersion.class).setParameter("id", reorganisationId).getResultList();
    }

    /** Versions a reorganisation ended (so that undoing it can reopen them). */
    public List<UnitVersion> versionsClosedBy(Long reorganisationId) {
        return session.createSelectionQuery("from UnitVersion where closedByReorganisationId = :id",
                UnitVersion.class).setParameter("id", reorganisationId).getResultList();
    }
}
