package org.diaban.persistence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows a legacy-import batch stored (they carry its id), for undoing the batch: what rows made
 * since depend on them, and their removal in foreign-key order. Batches that built the hierarchy
 * are not undone this way.
 */
final class ImportedRows {

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

    private ImportedRows() {
    }

    /** A statement with its parameters. */
    record Sql(String text, List<Object> parameters) {

        /** The text with the batch id for each {@code :b}. */
        static Sql of(String text, long batchId) {
            String[] parts = text.split(":b", -1);
            return new Sql(String.join("?", parts), Collections.nCopies(parts.length - 1, batchId));
        }
    }

    /** Rows made outside the batch that refer to its rows, by kind; empty when the batch can go. */
    static Map<String, Long> dependents(ImportTables tables, long batchId) {
        Map<String, Long> found = new LinkedHashMap<>();
        DEPENDENTS.forEach((kind, text) -> {
            Sql sql = Sql.of(text, batchId);
            tables.query(sql.text(), sql.parameters(), rs -> {
                long n = rs.getLong(1);
                if (n > 0) {
                    found.merge(kind.strip(), n, Long::sum);
                }
            });
        });
        return found;
    }

    /** The deletes of a batch's rows by table, children first. */
    static Map<String, Sql> deletes(long batchId) {
        Map<String, Sql> out = new LinkedHashMap<>();
        for (String[] d : DELETES) {
            out.put(d[0], Sql.of(d[1], batchId));
        }
        return out;
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
