package org.diaban.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.diaban.domain.activity.Activity;
import org.diaban.domain.activity.Concern;
import org.diaban.domain.activity.ConcernStatusChange;
import org.diaban.domain.activity.WorkingGroup;
import org.diaban.domain.activity.WorkingGroupMember;
import org.diaban.domain.assignment.Assignment;
import org.diaban.domain.assignment.Decision;
import org.diaban.domain.hierarchy.Household;
import org.diaban.domain.people.Cadre;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.PositionSpec;
import org.hibernate.Session;

/**
 * Fast inserts for generated and imported data sets: the entities are built and checked as usual,
 * then written through batched JDBC statements in the transaction's connection instead of one by
 * one through the persistence context. Ids come from the tables' sequences in blocks of 50, exactly
 * as Hibernate's pooled optimiser takes them, so rows written either way never collide.
 *
 * <p>A writer belongs to one transaction (of a {@link Store}, or of {@link ImportTables}): rows
 * become visible to queries after {@link #flush()} (and {@link #close()}, which flushes), and the
 * transaction commits or rolls them back with everything else. Entities passed in keep a null id;
 * the id is returned.
 */
public final class BulkWriter implements AutoCloseable {

    private static final int BATCH_ROWS = 2_000;

    private final Connection connection;
    private final SequenceIds ids;
    private final Runnable beforeFlush;
    private final IdSource cadreIds;
    private final IdSource positionIds;
    private final IdSource decisionIds;
    private final IdSource groupIds;
    private final IdSource memberIds;
    private final IdSource householdIds;
    private final IdSource assignmentIds;
    private final IdSource activityIds;
    private final IdSource concernIds;
    private final IdSource statusChangeIds;
    // in foreign-key order: a batch only refers to rows of the batches before it
    private final Batch cadres;
    private final Batch decisions;
    private final Batch positions;
    private final Batch households;
    private final Batch assignments;
    private final Batch activities;
    private final Batch participants;
    private final Batch concerns;
    private final Batch statusChanges;
    private final Batch groups;
    private final Batch groupMembers;
    private final Batch groupUnits;
    private final List<Batch> inOrder;
    private int pending;

    /** A writer for the persistence context's transaction: what the context holds is written first. */
    BulkWriter(Session session, SequenceIds ids) {
        this(session.doReturningWork(c -> c), ids, session::flush);
    }

    /**
     * A writer on a connection in a transaction.
     *
     * @param ids the database's sequence blocks
     * @param beforeFlush runs before the pending rows are written (to write what they refer to)
     */
    BulkWriter(Connection connection, SequenceIds ids, Runnable beforeFlush) {
        this.connection = connection;
        this.ids = ids;
        this.beforeFlush = beforeFlush;
        this.cadreIds = manyIds("cadre_seq");
        this.positionIds = manyIds("cadre_position_seq");
        this.decisionIds = manyIds("decision_seq");
        this.groupIds = manyIds("working_group_seq");
        this.memberIds = manyIds("working_group_member_seq");
        this.householdIds = manyIds("household_seq");
        this.assignmentIds = manyIds("assignment_seq");
        this.activityIds = manyIds("activity_seq");
        this.concernIds = manyIds("concern_seq");
        this.statusChangeIds = manyIds("concern_status_change_seq");
        this.cadres = new Batch("insert into cadre (id, full_name, gender, birth_year, ethnicity, home_unit_id,"
                + " workplace, phone, note, import_batch_id, row_version, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)");
        this.decisions = new Batch("insert into decision (id, doc_type, number_in_term, symbol, issued_on,"
                + " issuer_unit_id, term_id, kind, title, signer, import_batch_id, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.positions = new Batch("insert into cadre_position (id, cadre_id, kind, committee_unit_id, term_id, title,"
                + " valid_from, valid_to, import_batch_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
        this.groups = new Batch("insert into working_group (id, name, committee_unit_id, formed_year, formed_on,"
                + " dissolved_on, decision_id, note, import_batch_id, row_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        this.groupMembers = new Batch("insert into working_group_member (id, working_group_id, cadre_id, role,"
                + " position_text) values (?, ?, ?, ?, ?)");
        this.groupUnits = new Batch("insert into working_group_unit (working_group_id, unit_id) values (?, ?)");
        this.inOrder = List.of(cadres, decisions, positions, households, assignments, groups, groupMembers,
                groupUnits, activities, participants, concerns, statusChanges);
    }

    /** The cadre without positions (see {@link #insert(long, PositionSpec, Long)}). */
    public long insert(Cadre c) {
        long id = cadreIds.next();
        CadreProfile p = c.profile();
        LocalDateTime now = LocalDateTime.now();
        cadres.add(id, p.fullName(), p.gender() == null ? null : p.gender().name(), p.birthYear(), p.ethnicity(),
                p.homeUnitId(), p.workplace(), p.phone(), p.note(), c.importBatchId(), now, now);
        return rowAdded(id);
    }

    /** A position of a stored (or pending) cadre, marked with the batch (or null). */
    public long insert(long cadreId, PositionSpec spec, Long importBatchId) {
        long id = positionIds.next();
        positions.add(id, cadreId, spec.kind().name(), spec.committeeUnitId(), spec.termId(), spec.title(),
                spec.range().from(), spec.range().to(), importBatchId);
        return rowAdded(id);
    }

    public long insert(Decision d) {
        long id = decisionIds.next();
        decisions.add(id, d.docType(), d.numberInTerm(), d.symbol(), d.issuedOn(), d.issuerUnitId(), d.termId(),
                d.kind().name(), d.title(), d.signer(), d.importBatchId(), LocalDateTime.now());
        return rowAdded(id);
    }

    /** The working group with its members and units. */
    public long insert(WorkingGroup g) {
        long id = groupIds.next();
        groups.add(id, g.name(), g.committeeUnitId(), g.formedYear(), g.formedOn(), g.dissolvedOn(), g.decisionId(),
                null, g.importBatchId()); // the model sets no note
        for (WorkingGroupMember m : g.members()) {
            groupMembers.add(memberIds.next(), id, m.cadreId(), m.role().name(), m.positionText());
        }
        for (Long unit : g.unitIds()) {
            groupUnits.add(id, unit);
        }
        return rowAdded(id);
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

    /** Writes every pending row (after what {@code beforeFlush} writes). */
    public void flush() {
        beforeFlush.run();
        try {
            for (Batch b : inOrder) {
                b.execute();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Bulk insert failed", e);
        }
        pending = 0;
    }

    /** Writes what is pending and releases the statements. */
    @Override
    public void close() {
        try {
            flush();
        } finally {
            release();
        }
    }

    /** Releases the statements without writing what is pending (the transaction is being rolled back). */
    void release() {
        for (Batch b : inOrder) {
            b.close();
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

    /** Ids of one sequence, taken as Hibernate takes them. */
    public interface IdSource {
        long next();
    }

    /** Ids of a sequence for a few rows at a time (one block of 50 per call to the database). */
    IdSource idSource(String sequence) {
        return () -> ids.next(connection, sequence, 1);
    }

    /** Ids of a sequence for many rows (20 blocks of 50 per call to the database). */
    private IdSource manyIds(String sequence) {
        return () -> ids.next(connection, sequence, 20);
    }
}
