package org.diaban.persistence;

import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.diaban.domain.hierarchy.Household;
import org.hibernate.ScrollMode;
import org.hibernate.Session;

public final class HouseholdRepository {

    private final Session session;

    HouseholdRepository(Session session) {
        this.session = session;
    }

    public Household save(Household household) {
        session.persist(household);
        return household;
    }

    public Household get(Long id) {
        Household h = session.find(Household.class, id);
        if (h == null) {
            throw new NotFoundException("Household", id);
        }
        return h;
    }

    public long count() {
        return session.createSelectionQuery("select count(*) from Household", Long.class).getSingleResult();
    }

    public Map<Long, Long> countByVillage() {
        Map<Long, Long> out = new HashMap<>();
        for (Tuple t : session.createSelectionQuery(
                "select villageId, count(*) from Household group by villageId", Tuple.class).getResultList()) {
            out.put(t.get(0, Long.class), t.get(1, Long.class));
        }
        return out;
    }

    public long countInVillage(Long villageId) {
        return session.createSelectionQuery("select count(*) from Household where villageId = :v", Long.class)
                .setParameter("v", villageId).getSingleResult();
    }

    public List<Household> inVillage(Long villageId, int limit) {
        return session.createSelectionQuery("from Household where villageId = :v order by headName, id",
                Household.class).setParameter("v", villageId).setMaxResults(limit).getResultList();
    }

    /** Streams (id, head name, birth year, village id) of every household, for the search index. */
    public void forEachSearchRow(Consumer<HouseholdRow> sink) {
        try (var rows = session.createSelectionQuery(
                "select id, headName, headBirthYear, villageId from Household", Tuple.class)
                .setFetchSize(2000).scroll(ScrollMode.FORWARD_ONLY)) {
            while (rows.next()) {
                Tuple t = rows.get();
                sink.accept(new HouseholdRow(t.get(0, Long.class), t.get(1, String.class),
                        t.get(2, Integer.class), t.get(3, Long.class)));
            }
        }
    }

    /** A household in a list: enough to show and to find it. */
    public record HouseholdRow(Long id, String headName, Integer birthYear, Long villageId) {
    }
}
