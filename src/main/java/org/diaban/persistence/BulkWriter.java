package org.diaban.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.diaban.domain.activity.Activity;
import org.diaban.domain.activity.Concern;
import org.diaban.domain.activity.ConcernStatusChange;
import org.diaban.domain.assignment.Assignment;
import org.diaban.domain.hierarchy.Household;
import org.hibernate.Session;

/**
 * Fast inserts of the high-volume rows (households, assignments, activities, concerns) for
 * generated and imported data sets: the entities are built and checked as usual, then written
 * through batched JDBC statements in the store's transaction instead of one by one through the
 * persistence context. Ids come from the tables' sequences in blocks of 50, exactly as Hibernate's
 * pooled optimiser takes them, so rows written either way never collide.
 *
 * <p>A writer belongs to the transaction of the {@link Store} that made it: rows become visible to
 * queries after {@link #flush()} (and {@link #close()}, which flushes), and the transaction commits
 * or rolls them back with everything else. Entities passed in keep a null id; the id is returned.
 */
public final class BulkWriter implements AutoCloseable {

    private static final int BATCH_ROWS = 2_000;

    private final Session session;
    private final Connection connection;
    private final IdBlocks householdIds;
    private final IdBlocks assignmentIds;
    private final IdBlocks activityIds;
    private final IdBlocks concernIds;
    private final IdBlocks statusChangeIds;
    // in foreign-key order: a batch only refers to rows of the batches before it
    private final Batch households;
    private final Batch assignments;
    private final Batch activities;
    private final Batch participants;
    private final Batch concerns;
    private final Batch statusChanges;
    private final List<Batch> inOrder;
    private final List<Object> toForget = new ArrayList<>();
    private int pending;

    BulkWriter(Session session) {
        this.session = session;
        this.connection = session.doReturningWork(c -> c);
        this.householdIds = new IdBlocks("household_seq");
        this.assignmentIds = new IdBlocks("assignment_seq");
        this.activityIds = new IdBlocks("activity_seq");
        this.concernIds = new IdBlocks("concern_seq");
        this.statusChangeIds = new IdBlocks("concern_status_change_seq");
        this.households = new Batch("insert into household (id, village_id, head_name, head_birth_year, members,"
                + " category, address, note, valid_from, valid_to, import_batch_id, row_version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        this.assignments = new Batch("insert into assignment (id, cadre_id, unit_id, household_id, role, valid_from,"
                + " valid_to, decision_id, end_reason, replaces_id, note, import_batch_id, row_version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        this.activities = new Batch("insert into activity (id, kind, held_on, unit_id, household_id, place,"
                + " working_group_id, content, result, import_batch_id, row_version, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)");
        this.participants = new Batch("insert into activity_participant (activity_id, cadre_id) values (?, ?)");
        this.concerns = new Batch("insert into concern (id, activity_id, unit_id, household_id, raised_by, raised_on,"
                + " topic_id, content, responsible_body, deadline, status, status_on, import_batch_id, row_version,"
                + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)");
        this.statusChanges = new Batch("insert into concern_status_change (id, concern_id, status, changed_on,"
                + " responsible_body, note, recorded_at) values (?, ?, ?, ?, ?, ?, ?)");
        this.inOrder = List.of(households, assignments, activities, participants, concerns, statusChanges);
    }

    public long insert(Household h) {
        long id = householdIds.next();
        households.add(id, h.villageId(), h.headName(), h.headBirthYear(), h.members(), h.category(), h.address(),
                h.note(), h.range().from(), h.range().to(), h.importBatchId());
        return rowAdded(id);
    }

    public long insert(Assignment a) {
        long id = assignmentIds.next();
        assignments.add(id, a.cadreId(), a.unitId(), a.householdId(), a.role().name(), a.range().from(),
                a.range().to(), a.decisionId(), a.endReason(), a.replacesId(), a.note(), a.importBatchId());
        return rowAdded(id);
    }

    /** The activity and its participants. */
    public long insert(Activity a) {
        long id = activityIds.next();
        activities.add(id, a.kind().name(), a.heldOn(), a.unitId(), a.householdId(), a.place(), a.workingGroupId(),
                a.content(), a.result(), a.importBatchId(), LocalDateTime.now());
        for (Long cadre : a.participantIds()) {
            participants.add(id, cadre);
        }
        return rowAdded(id);
    }

    /** The concern and its whole status history. */
    public long insert(Concern c) {
        long id = concernIds.next();
        concerns.add(id, c.activityId(), c.unitId(), c.householdId(), c.raisedBy(), c.raisedOn(), c.topicId(),
                c.content(), c.responsibleBody(), c.deadline(), c.status().name(), c.statusOn(), c.importBatchId(),
                LocalDateTime.now());
        for (ConcernStatusChange s : c.history()) {
            statusChanges.add(statusChangeIds.next(), id, s.status().name(), s.changedOn(), s.responsibleBody(),
                    s.note(), s.recordedAt());
        }
        return rowAdded(id);
    }

    /**
     * Saves an entity through the persistence context (its id is set now, as by a repository's
     * save) and detaches it once the next flush has written it. For loads that create thousands
     * of entities the bulk rows refer to: every flush dirty-checks all managed entities, so keeping
     * them all would make each flush slower than the last. Load the entity again to change it later.
     */
    public <T> T persistAndForget(T entity) {
        session.persist(entity);
        toForget.add(entity);
        return entity;
    }

    /** Writes every pending row (after what the persistence context still holds). */
    public void flush() {
        session.flush();
        try {
            for (Batch b : inOrder) {
                b.execute();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Bulk insert failed", e);
        }
        pending = 0;
        for (Object entity : toForget) {
            if (session.contains(entity)) {
                session.detach(entity);
            }
        }
        toForget.clear();
    }

    /** Writes what is pending and releases the statements. */
    @Override
    public void close() {
        try {
            flush();
        } finally {
            for (Batch b : inOrder) {
                b.close();
            }
        }
    }

    private long rowAdded(long id) {
        if (++pending >= BATCH_ROWS) {
            flush();
        }
        return id;
    }

    /** One insert statement with the rows waiting for it. */
    private final class Batch {

        private final String sql;
        private PreparedStatement statement;
        private int rows;

        Batch(String sql) {
            this.sql = sql;
        }

        void add(Object... values) {
            try {
                if (statement == null) {
                    statement = connection.prepareStatement(sql);
                }
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                statement.addBatch();
                rows++;
            } catch (SQLException e) {
                throw new IllegalStateException("Bulk insert failed", e);
            }
        }

        void execute() throws SQLException {
            if (rows > 0) {
                statement.executeBatch();
                rows = 0;
            }
        }

        void close() {
            if (statement != null) {
                try {
                    statement.close();
                } catch (SQLException e) {
                    // nothing left to write through it; the transaction decides the outcome
                }
                statement = null;
            }
        }
    }

    /**
     * Ids of one sequence. The sequences step by 50 and Hibernate's pooled optimiser treats a value
     * {@code v} as the ids {@code v-49 .. v}; taking values the same way keeps both apart.
     */
    private final class IdBlocks {

        private static final int STEP = 50;
        private static final int BLOCKS_PER_CALL = 20;

        private final String sequence;
        private final Deque<Long> blockEnds = new ArrayDeque<>();
        private long next;
        private long last = -1;

        IdBlocks(String sequence) {
            this.sequence = sequence;
        }

        long next() {
            if (next > last) {
                if (blockEnds.isEmpty()) {
                    fetch();
                }
                last = blockEnds.pop();
                next = last - STEP + 1;
            }
            return next++;
        }

        private void fetch() {
            List<Long> values = new ArrayList<>();
            try (PreparedStatement st = connection.prepareStatement(
                    "select next value for " + sequence + " from system_range(1, " + BLOCKS_PER_CALL + ")");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getLong(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot take ids from " + sequence, e);
            }
            // the very first value of a fresh sequence (1) would give ids below 1: skip it
            values.stream().sorted().filter(v -> v - STEP + 1 >= 1).forEach(blockEnds::add);
            if (blockEnds.isEmpty()) {
                fetch();
            }
        }
    }
}
