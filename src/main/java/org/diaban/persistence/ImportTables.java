package org.diaban.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.diaban.domain.audit.AuditAction;
import org.diaban.domain.audit.ImportBatchStatus;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.people.CommitteeTerm;
import org.diaban.domain.people.PositionKind;

/**
 * What importing legacy files reads and writes, in plain SQL on one transaction's connection: the
 * stored people to match against, the import batches, the rows a batch stores (through a
 * {@link BulkWriter}) and the removal of a batch's rows. Plain SQL because a large import writes
 * a hundred thousand rows, and because the command line imports without building the object
 * mapping at all (see {@link PlainDatabase}). Made by {@link ImportStorage#importTransaction}.
 */
public final class ImportTables {

    private final Connection connection;
    private final BulkWriter rows;
    private final BulkWriter.IdSource batchIds;
    private final BulkWriter.IdSource auditIds;

    ImportTables(Connection connection, SequenceIds ids) {
        this.connection = connection;
        this.rows = new BulkWriter(connection, ids, () -> { });
        this.batchIds = rows.idSource("import_batch_seq");
        this.auditIds = rows.idSource("audit_entry_seq");
    }

    /**
     * Runs work on the tables of a connection whose transaction the caller ends: the pending rows
     * are written when the work returns, and the statements released either way.
     */
    static <T> T within(Connection connection, SequenceIds ids, Function<ImportTables, T> work) {
        ImportTables tables = new ImportTables(connection, ids);
        try {
            T result = work.apply(tables);
            tables.rows.close();
            return result;
        } finally {
            tables.rows.release();
        }
    }

    /** The writer of the batch's rows; they reach the tables on its flush, and at the latest on commit. */
    public BulkWriter rows() {
        return rows;
    }

    /** A stored cadre as matching sees them: who, born when, from where, holding which titles. */
    public record CadreFacts(long id, String fullName, Integer birthYear, Long homeUnitId, List<String> titles) {
    }

    /** A position a cadre holds, as far as deciding whether another one is needed. */
    public record HeldPosition(PositionKind kind, long committeeUnitId, DateRange range) {
    }

    /** A decision by its id and symbol. */
    public record DecisionSymbol(long id, String symbol) {
    }

    /** One row of the import history. */
    public record BatchRow(long id, String sourceName, String kind, ImportBatchStatus status,
            LocalDateTime startedAt, LocalDateTime undoneAt, int recordCount, int rejectedCount, int warningCount,
            String sourceSha256) {
    }

    /** Every cadre with the titles of their positions. */
    public List<CadreFacts> cadres() {
        Map<Long, List<String>> titles = new HashMap<>();
        // in the order Cadre.positions() gives them: earliest first
        query("select cadre_id, title from cadre_position where title is not null"
                + " order by cadre_id, valid_from nulls first, id", List.of(),
                rs -> titles.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)));
        List<CadreFacts> out = new ArrayList<>();
        query("select id, full_name, birth_year, home_unit_id from cadre order by id", List.of(),
                rs -> out.add(new CadreFacts(rs.getLong(1), rs.getString(2), rs.getObject(3, Integer.class),
                        rs.getObject(4, Long.class), titles.getOrDefault(rs.getLong(1), List.of()))));
        return out;
    }

    /** Who is (or was) assigned where, as {@link AssignmentRepository#cadreUnitPairs}. */
    public List<long[]> cadreUnitPairs() {
        List<long[]> out = new ArrayList<>();
        query("select distinct a.cadre_id, coalesce(a.unit_id, h.village_id) from assignment a"
                + " left join household h on h.id = a.household_id where a.cancelled_on is null", List.of(),
                rs -> out.add(new long[] {rs.getLong(1), rs.getLong(2)}));
        return out;
    }

    /** The positions of a cadre written before this transaction's pending rows. */
    public List<HeldPosition> positionsOf(long cadreId) {
        List<HeldPosition> out = new ArrayList<>();
        query("select kind, committee_unit_id, valid_from, valid_to from cadre_position where cadre_id = ?",
                List.of(cadreId), rs -> out.add(new HeldPosition(PositionKind.valueOf(rs.getString(1)), rs.getLong(2),
                        new DateRange(rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))));
        return out;
    }

    /** Marks a cadre changed (a position was added), as saving it through the mapping would. */
    public void touchCadre(long cadreId) {
        update("update cadre set updated_at = ?, row_version = row_version + 1 where id = ?",
                LocalDateTime.now(), cadreId);
    }

    /** The decisions a committee issued. */
    public List<DecisionSymbol> decisionsIssuedBy(long unitId) {
        List<DecisionSymbol> out = new ArrayList<>();
        query("select id, symbol from decision where issuer_unit_id = ? order by issued_on, id", List.of(unitId),
                rs -> out.add(new DecisionSymbol(rs.getLong(1), rs.getString(2))));
        return out;
    }

    /** The committee terms, as {@link ReferenceRepository} gives them. */
    public List<CommitteeTerm> committeeTerms() {
        List<CommitteeTerm> out = new ArrayList<>();
        query("select id, code, starts_on, ends_on from committee_term order by starts_on", List.of(),
                rs -> out.add(new CommitteeTerm(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class))));
        return out;
    }

    /** Every import batch, in no particular order. */
    public List<BatchRow> batches() {
        return batches("", List.of());
    }

    public Optional<BatchRow> batch(long id) {
        return batches(" where id = ?", List.of(id)).stream().findFirst();
    }

    /** The committed batches made from a file with this content. */
    public List<BatchRow> committedBatchesOf(String sha256) {
        return batches(" where source_sha256 = ? and status = ?", List.of(sha256, ImportBatchStatus.COMMITTED.name()));
    }

    private List<BatchRow> batches(String where, List<Object> parameters) {
        List<BatchRow> out = new ArrayList<>();
        query("select id, source_name, kind, status, started_at, undone_at, record_count, rejected_count,"
                + " warning_count, source_sha256 from import_batch" + where, parameters,
                rs -> out.add(new BatchRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ImportBatchStatus.valueOf(rs.getString(4)), rs.getObject(5, LocalDateTime.class),
                        rs.getObject(6, LocalDateTime.class), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                        rs.getString(10))));
        return out;
    }

    /** A running batch; returns its id. */
    public long startBatch(String kind, String sourceName, String sourceSha256) {
        long id = batchIds.next();
        update("insert into import_batch (id, kind, source_name, source_sha256, status, started_at)"
                + " values (?, ?, ?, ?, ?, ?)", id, kind, sourceName, sourceSha256, ImportBatchStatus.RUNNING.name(),
                LocalDateTime.now());
        return id;
    }

    /** Marks a running batch committed with what it turned out to hold. */
    public void commitBatch(long id, String kind, int records, int rejected, int warnings, String summary) {
        update("update import_batch set kind = ?, status = ?, record_count = ?, rejected_count = ?,"
                + " warning_count = ?, summary = ?, finished_at = ? where id = ?", kind,
                ImportBatchStatus.COMMITTED.name(), records, rejected, warnings, summary, LocalDateTime.now(), id);
    }

    /** Marks a committed batch undone; false when it was not committed (any more). */
    public boolean markUndone(long id) {
        return update("update import_batch set status = ?, undone_at = ? where id = ? and status = ?",
                ImportBatchStatus.UNDONE.name(), LocalDateTime.now(), id, ImportBatchStatus.COMMITTED.name()) == 1;
    }

    /** An audit entry, as {@code AuditEntry} would be saved (the summary cut to its column). */
    public void audit(AuditAction action, String entityType, Long entityId, String summary) {
        update("insert into audit_entry (id, recorded_at, action, entity_type, entity_id, summary)"
                + " values (?, ?, ?, ?, ?, ?)", auditIds.next(), LocalDateTime.now(), action.name(), entityType,
                entityId, summary.length() > 2000 ? summary.substring(0, 2000) : summary);
    }

    /** Rows made outside the batch that refer to its rows, by kind; empty when the batch can go. */
    public Map<String, Long> dependentsOf(long batchId) {
        rows.flush();
        return ImportedRows.dependents(this, batchId);
    }

    /** Deletes every row of the batch; returns the rows removed by table (tables with none left out). */
    public Map<String, Integer> deleteRowsOf(long batchId) {
        rows.flush();
        Map<String, Integer> removed = new LinkedHashMap<>();
        ImportedRows.deletes(batchId).forEach((table, sql) -> {
            int n = update(sql.text(), sql.parameters());
            if (n > 0) {
                removed.put(table, n);
            }
        });
        return removed;
    }

    /** A setting's value, as {@link SettingsRepository#get}. */
    public Optional<String> setting(String key) {
        List<String> out = new ArrayList<>();
        query("select setting_value from app_setting where setting_key = ?", List.of(key),
                rs -> out.add(rs.getString(1)));
        return out.stream().findFirst();
    }

    /** Sets a setting, as {@link SettingsRepository#put}. */
    public void putSetting(String key, String value) {
        update("merge into app_setting (setting_key, setting_value) key (setting_key) values (?, ?)", key, value);
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    void query(String sql, List<?> parameters, RowReader reader) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    private int update(String sql, Object... parameters) {
        return update(sql, Arrays.asList(parameters)); // values may be null
    }

    private int update(String sql, List<?> parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Update failed: " + sql, e);
        }
    }
}
