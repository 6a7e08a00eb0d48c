package org.diaban.persistence;

import java.util.List;
import java.util.Optional;
import org.diaban.domain.assignment.Decision;
import org.diaban.domain.assignment.DecisionKind;
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

    public void delete(Decision decision) {
        session.remove(decision);
    }

    public Optional<Decision> find(Long id) {
        return Optional.ofNullable(session.find(Decision.class, id));
    }

    public List<Decision> byIssuer(Long issuerUnitId) {
        return session.createSelectionQuery("from Decision where issuerUnitId = :u order by issuedOn, id",
                Decision.class).setParameter("u", issuerUnitId).getResultList();
    }

    /** The numbers already given by a committee for a document type in a term (term null: no term). */
    public List<Integer> numbersInTerm(Long issuerUnitId, String docType, Long termId) {
        String hql = "select d.numberInTerm from Decision d where d.issuerUnitId = :u and d.docType = :t"
                + " and d.numberInTerm is not null and " + (termId == null ? "d.termId is null" : "d.termId = :term");
        var query = session.createSelectionQuery(hql, Integer.class).setParameter("u", issuerUnitId)
                .setParameter("t", docType);
        if (termId != null) {
            query.setParameter("term", termId);
        }
        return query.getResultList();
    }

    /** Decisions of a kind issued by any of these committees up to a day, newest first. */
    public List<Decision> ofKindByIssuers(DecisionKind kind, java.util.Collection<Long> issuers, java.time.LocalDate upTo) {
        return session.createSelectionQuery("""
                from Decision d where d.kind = :k and d.issuerUnitId in :u
                  and (d.issuedOn is null or d.issuedOn <= :day)
                order by d.issuedOn desc nulls last, d.id desc""", Decision.class)
                .setParameter("k", kind).setParameter("u", issuers).setParameter("day", upTo).getResultList();
    }

    public List<Decision> all() {
        return session.createSelectionQuery("from Decision order by issuedOn desc nulls last, id desc",
                Decision.class).getResultList();
    }

    public long count() {
        return session.createSelectionQuery("select count(*) from Decision", Long.class).getSingleResult();
    }
}
