package org.diaban.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.hierarchy.ReorganisationKind;
import org.diaban.domain.hierarchy.ReorganisationRole;
import org.diaban.domain.hierarchy.ReorganisationStep;
import org.diaban.domain.hierarchy.UnitState;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The database of a data folder opened without Hibernate, for a command that does one job in plain
 * SQL: a dry run that only looks things up, or a legacy import (which writes through
 * {@link ImportTables}). Building the object mapping would cost more than such a job. It takes
 * the folder lock and migrates the schema as {@link Database#open} does, leaving Flyway out when
 * {@link MigrationCheck} is sure it has nothing to do. Its readers return what the repositories
 * return ({@link UnitRepository#allStates}, {@link UnitRepository#lifetimes},
 * {@link ReorganisationRepository#steps}, {@link SettingsRepository#get}).
 *
 * <p>It does not compact the file when it closes (H2 would spend up to a few hundred milliseconds
 * on it after a large import); the window's database does, the next time it closes.
 */
public final class PlainDatabase implements ImportStorage, AutoCloseable {

    /** {@link UnitRepository}'s state query in SQL; its columns in {@link #toState}'s order. */
    private static final String STATES = """
            select u.id, u.external_key, v.id, v.parent_id,
                   t.code, t.name_vi, t.name_en, t.sort_order, r.code, r.rank_order, t.territorial,
                   v.name, v.full_name, v.official_code, v.party_org_name, v.committee_name, v.committee_code,
                   v.valid_from, v.valid_to, u.valid_from, u.valid_to
            from unit_version v join unit u on u.id = v.unit_id
                 join unit_type t on t.id = v.unit_type_id
                 join tier r on r.id = t.tier_id
            order by u.id, v.valid_from nulls first, v.id
            """;

    private static final String STEPS = """
            select r.id, r.kind, r.effective_on, l.unit_id, l.role
            from reorganisation r left join reorganisation_unit l on l.reorganisation_id = r.id
            order by r.effective_on, r.id, l.unit_id, l.role
            """;

    private final DataLocation location;
    private final InstanceLock lock;
    private final JdbcConnectionPool pool;
    private final SequenceIds ids = new SequenceIds();

    private PlainDatabase(DataLocation location, InstanceLock lock, JdbcConnectionPool pool) {
        this.location = location;
        this.lock = lock;
        this.pool = pool;
    }

    /**
     * Opens (creating and migrating if needed) the database of a data folder; a folder in use
     * fails with {@link DataFolderInUseException}, as {@link Database#open} does.
     */
    public static PlainDatabase open(DataLocation location) {
        InstanceLock lock = InstanceLock.acquire(location);
        JdbcConnectionPool pool = null;
        try {
            pool = Database.connect(location, 2, ";MAX_COMPACT_TIME=0");
            if (!schemaIsCurrent(pool)) {
                Database.migrate(pool);
            }
            return new PlainDatabase(location, lock, pool);
        } catch (DatabaseException e) {
            Database.cleanUp(pool, lock);
            throw e;
        } catch (FlywayException e) {
            Database.cleanUp(pool, lock);
            throw new DatabaseException("database.error.migration", location.folder(), e);
        } catch (RuntimeException e) {
            Database.cleanUp(pool, lock);
            throw new DatabaseException("database.error.open", location.folder(), e);
        }
    }

    /** Whether Flyway would find nothing to do (it takes a few hundred milliseconds to start and say so). */
    private static boolean schemaIsCurrent(JdbcConnectionPool pool) {
        try (Connection connection = pool.getConnection()) {
            return MigrationCheck.isCurrent(connection);
        } catch (SQLException e) {
            return false;
        }
    }

    public DataLocation location() {
        return location;
    }

    /** Every version of every unit, flattened with type and tier, as {@link UnitRepository#allStates}. */
    public List<UnitState> unitStates() {
        return query(STATES, rs -> {
            List<UnitState> out = new ArrayList<>();
            while (rs.next()) {
                out.add(toState(rs));
            }
            return out;
        });
    }

    /** When each unit existed, as {@link UnitRepository#lifetimes}. */
    public Map<Long, DateRange> unitLifetimes() {
        return query("select id, valid_from, valid_to from unit", rs -> {
            Map<Long, DateRange> out = new HashMap<>();
            while (rs.next()) {
                out.put(rs.getLong(1), new DateRange(rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)));
            }
            return out;
        });
    }

    /** Every reorganisation, oldest first, as {@link ReorganisationRepository#steps}. */
    public List<ReorganisationStep> reorganisationSteps() {
        record Links(ReorganisationKind kind, LocalDate effectiveOn, List<Long> predecessors, List<Long> successors) {
        }
        Map<Long, Links> byId = query(STEPS, rs -> {
            Map<Long, Links> out = new LinkedHashMap<>();
            while (rs.next()) {
                Long id = rs.getLong(1);
                Links links = out.get(id);
                if (links == null) {
                    links = new Links(ReorganisationKind.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
                            new ArrayList<>(), new ArrayList<>());
                    out.put(id, links);
                }
                Long unitId = rs.getObject(4, Long.class);
                if (unitId != null) {
                    (ReorganisationRole.valueOf(rs.getString(5)) == ReorganisationRole.PREDECESSOR
                            ? links.predecessors() : links.successors()).add(unitId);
                }
            }
            return out;
        });
        List<ReorganisationStep> steps = new ArrayList<>(byId.size());
        byId.forEach((id, l) -> steps.add(new ReorganisationStep(id, l.kind(), l.effectiveOn(), l.predecessors(),
                l.successors())));
        return steps;
    }

    /** One setting, as {@link SettingsRepository#get}. */
    public Optional<String> setting(String key) {
        return importTransaction(t -> t.setting(key));
    }

    @Override
    public <T> T importTransaction(Function<ImportTables, T> work) {
        Connection connection;
        try {
            connection = pool.getConnection();
        } catch (SQLException e) {
            throw new DatabaseException("database.error.open", location.folder(), e);
        }
        try (connection) {
            connection.setAutoCommit(false);
            try {
                T result = ImportTables.within(connection, ids, work);
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollBack(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException("database.error.write", location.folder(), e);
        }
    }

    private static void rollBack(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static UnitState toState(ResultSet rs) throws SQLException {
        return new UnitState(
                rs.getObject(1, Long.class), rs.getString(2), rs.getObject(3, Long.class), rs.getObject(4, Long.class),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9), rs.getInt(10),
                rs.getBoolean(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getString(16), rs.getString(17),
                new DateRange(rs.getObject(18, LocalDate.class), rs.getObject(19, LocalDate.class)),
                new DateRange(rs.getObject(20, LocalDate.class), rs.getObject(21, LocalDate.class)));
    }

    private interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(String sql, Rows<T> rows) {
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            return rows.read(rs);
        } catch (SQLException e) {
            throw new DatabaseException("database.error.open", location.folder(), e);
        }
    }

    @Override
    public void close() {
        Database.cleanUp(pool, lock);
    }
}
