package org.diaban.persistence;

import java.util.List;
import java.util.Optional;
import org.diaban.domain.people.Cadre;
import org.hibernate.Session;

public final class CadreRepository {

    private final Session session;

    CadreRepository(Session session) {
        this.session = session;
    }

    public Optional<Cadre> find(Long id) {
        return Optional.ofNullable(session.find(Cadre.class, id));
    }

    public Cadre get(Long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Cadre", id));
    }

    public Cadre save(Cadre cadre) {
        session.persist(cadre);
        return cadre;
    }

    public void delete(Cadre cadre) {
        session.remove(cadre);
    }

    public long count() {
        return session.createSelectionQuery("select count(*) from Cadre", Long.class).getSingleResult();
    }

    /** Every cadre with positions loaded, for the registry and the search index. */
    public List<Cadre> allWithPositions() {
        return session.createSelectionQuery("select distinct c from Cadre c left join fetch c.positions",
                Cadre.class).getResultList();
    }

    public Optional<Cadre> withPositions(Long id) {
        return session.createSelectionQuery("select c from Cadre c left join fetch c.positions where c.id = :id",
                Cadre.class).setParameter("id", id).uniqueResultOptional();
    }

    /** Whether anything refers to the cadre beyond its own positions (assignments, activities, groups). */
    public boolean isReferenced(Long cadreId) {
        String[] checks = {
            "select count(*) from Assignment a where a.cadreId = :id",
            "select count(*) from WorkingGroupMember m where m.cadreId = :id",
        };
        for (String hql : checks) {
            if (session.createSelectionQuery(hql, Long.class).setParameter("id", cadreId).getSingleResult() > 0) {
                return true;
            }
        }
        return session.createNativeQuery("select count(*) from activity_participant where cadre_id = :id", Long.class)
                .setParameter("id", cadreId).getSingleResult() > 0;
    }
}
