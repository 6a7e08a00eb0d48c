package org.diaban.persistence;

import java.util.List;
import org.hibernate.Session;

/** The tables that hold data, as opposed to reference data and settings. */
final class DataTables {

    /** Children before parents, so that every delete leaves no dangling reference. */
    static final List<String> DELETE_ORDER = List.of(
            "activity_participant", "concern_status_change", "concern", "activity",
            "working_group_unit", "working_group_member", "working_group",
            "assignment", "household", "cadre_position", "cadre", "decision",
            "reorganisation_unit", "unit_version", "unit", "reorganisation",
            "audit_entry", "import_batch");

    private DataTables() {
    }

    static void deleteAll(Session session) {
        // an assignment may point at the one it replaced; cut those links before deleting any
        session.createNativeMutationQuery("update assignment set replaces_id = null where replaces_id is not null")
                .executeUpdate();
        for (String table : DELETE_ORDER) {
            session.createNativeMutationQuery("delete from " + table).executeUpdate();
        }
    }
}
