package org.diaban.persistence;

import java.util.List;
import java.util.Optional;
import org.diaban.domain.assignment.Decision;
import org.hibernate.Session;

public final class DecisionRepository {

    private final Session session;

    DecisionRepository(Session session) {
        this.session = session;
    }

    public Decision save(Decision decision) {
        session.persist(decision);
        return decision;
    }

    public Optional<Decision> find(Long id) {
        return Optional.ofNullable(session.find(Decision.class, id));
    }

    public List<Decision> byIssuer(Long issuerUnitId) {
        return session.createSelectionQuery("from Decision where issuerUnitId = :u order by issuedOn, id",
                Decision.class).setParameter("u", issuerUnitId).getResultList();
    }

    public long count() {
        return session.createSelectionQuery("select count(*) from Decision", Long.class).getSingleResult();
    }
}
