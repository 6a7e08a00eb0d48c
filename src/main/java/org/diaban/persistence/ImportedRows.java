package org.diaban.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The rows a legacy-import batch stored (they carry its id), for undoing the batch: what rows made
 * since depend on them, and their removal in foreign-key order. Batches that built the hierarchy
 * are not undone this way.
 */
public final class ImportedRows {

    // rows outside the batch that point at rows of the batch: an undo would break them
    private static final Map<String, String> DEPENDENTS = dependents();

    // children first
    private static final List<String[]> DELETES = List.of(
            new String[] {"concern_status_change", "delete from concern_status_change where concern_id in"
                    + " (select id from concern where import_batch_id = :b)"},
            new String[] {"concern", "delete from concern where import_batch_id = :b"},
            new String[] {"activity_participant", "delete from activity_participant where activity_id in"
                    + " (select id from activity where import_batch_id = :b)"},
            new String[] {"activity", "delete from activity where import_batch_id = :b"},
            new String[] {"working_group_member", "delete from working_group_member where working_group_id in"
                    + " (select id from working_group where import_batch_id = :b)"},
            new String[] {"working_group_unit", "delete from working_group_unit where working_group_id in"
                    + " (select id from working_group where import_batch_id = :b)"},
            new String[] {"assignment", "delete from assignment where import_batch_id = :b"},
            new String[] {"working_group", "delete from working_group where import_batch_id = :b"},
            new String[] {"household", "delete from household where import_batch_id = :b"},
            new String[] {"cadre_position", "delete from cadre_position where import_batch_id = :b"},
            new String[] {"decision", "delete from decision where import_batch_id = :b"},
            new String[] {"cadre", "delete from cadre where import_batch_id = :b"});

    private final Session session;

    ImportedRows(Session session) {
        this.session = session;
    }

    /** Rows made outside the batch that refer to its rows, by kind; empty when the batch can go. */
    public Map<String, Long> dependents(long batchId) {
        session.flush();
        Map<String, Long> found = new LinkedHashMap<>();
        DEPENDENTS.forEach((kind, sql) -> {
            long n = ((Number) session.createNativeQuery(sql, Long.class).setParameter("b", batchId)
                    .getSingleResult()).longValue();
            if (n > 0) {
                found.merge(kind.strip(), n, Long::sum);
            }
        });
        return found;
    }

    /** Deletes every row of the batch; returns the rows removed by table (tables with none left out). */
    public Map<String, Integer> delete(long batchId) {
        session.flush();
        Map<String, Integer> removed = new LinkedHashMap<>();
        for (String[] d : DELETES) {
            int n = session.createNativeMutationQuery(d[1]).setParameter("b", batchId).executeUpdate();
            if (n > 0) {
                removed.put(d[0], n);
            }
        }
        session.clear();
        return removed;
    }

    private static Map<String, String> dependents() {
        String notB = " coalesce(%s.import_batch_id, -1) <> :b";
        Map<String, String> m = new LinkedHashMap<>();
        m.put("assignment", "select count(*) from assignment x where" + notB.formatted("x")
                + " and (x.cadre_id in (select id from cadre where import_batch_id = :b)"
                + " or x.household_id in (select id from household where import_batch_id = :b)"
                + " or x.decision_id in (select id from decision where import_batch_id = :b)"
                + " or x.replaces_id in (select id from assignment where import_batch_id = :b))");
        m.put("cadre_position", "select count(*) from cadre_position x where" + notB.formatted("x")
                + " and x.cadre_id in (select id from cadre where import_batch_id = :b)");
        m.put("working_group", "select count(*) from working_group_member x join working_group g"
                + " on g.id = x.working_group_id where" + notB.formatted("g")
                + " and x.cadre_id in (select id from cadre where import_batch_id = :b)");
        m.put("working_group ", "select count(*) from working_group x where" + notB.formatted("x")
                + " and x.decision_id in (select id from decision where import_batch_id = :b)");
        m.put("activity", "select count(*) from activity_participant x join activity a on a.id = x.activity_id"
                + " where" + notB.formatted("a") + " and x.cadre_id in (select id from cadre where import_batch_id = :b)");
        m.put("activity ", "select count(*) from activity x where" + notB.formatted("x")
                + " and (x.household_id in (select id from household where import_batch_id = :b)"
                + " or x.working_group_id in (select id from working_group where import_batch_id = :b))");
        m.put("concern", "select count(*) from concern x where" + notB.formatted("x")
                + " and (x.activity_id in (select id from activity where import_batch_id = :b)"
                + " or x.household_id in (select id from household where import_batch_id = :b))");
        return m;
    }
}
