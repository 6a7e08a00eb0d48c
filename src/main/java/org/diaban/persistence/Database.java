package org.diaban.persistence;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.diaban.domain.activity.Activity;
import org.diaban.domain.activity.Concern;
import org.diaban.domain.activity.ConcernStatusChange;
import org.diaban.domain.activity.ConcernTopic;
import org.diaban.domain.activity.WorkingGroup;
import org.diaban.domain.activity.WorkingGroupMember;
import org.diaban.domain.assignment.Assignment;
import org.diaban.domain.assignment.Decision;
import org.diaban.domain.audit.AuditEntry;
import org.diaban.domain.audit.ImportBatch;
import org.diaban.domain.compliance.AttendanceNorm;
import org.diaban.domain.hierarchy.Household;
import org.diaban.domain.hierarchy.Reorganisation;
import org.diaban.domain.hierarchy.Tier;
import org.diaban.domain.hierarchy.Unit;
import org.diaban.domain.hierarchy.UnitType;
import org.diaban.domain.hierarchy.UnitVersion;
import org.diaban.domain.people.Cadre;
import org.diaban.domain.people.CadrePosition;
import org.diaban.domain.people.CommitteeTerm;
import org.diaban.domain.settings.AppSetting;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/**
 * The embedded H2 store in a data folder: takes the folder lock, lets Flyway create or migrate
 * the schema, then has Hibernate validate its mapping against it (never generate it). One
 * connection pool serves both. Each {@link #read} or {@link #write} is one transaction.
 */
public final class Database implements ImportStorage, AutoCloseable {

    static final List<Class<?>> ENTITIES = List.of(
            Tier.class, UnitType.class, Unit.class, UnitVersion.class, Reorganisation.class, Household.class,
            CommitteeTerm.class, Cadre.class, CadrePosition.class, Decision.class, Assignment.class,
            WorkingGroup.class, WorkingGroupMember.class, Activity.class, ConcernTopic.class, Concern.class,
            ConcernStatusChange.class, AttendanceNorm.class, AppSetting.class, AuditEntry.class,
            ImportBatch.class);

    private final DataLocation location;
    private final InstanceLock lock;
    private final JdbcConnectionPool pool;
    private final SessionFactory sessionFactory;
    private final SequenceIds ids = new SequenceIds();

    private Database(DataLocation location, InstanceLock lock, JdbcConnectionPool pool, SessionFactory sf) {
        this.location = location;
        this.lock = lock;
        this.pool = pool;
        this.sessionFactory = sf;
    }

    /** Opens (creating if needed) the database of a data folder. */
    public static Database open(DataLocation location) {
        return open(location, InstanceLock.acquire(location));
    }

    /** Opens the database of a folder whose lock the caller already holds; the database owns it from now on. */
    public static Database open(DataLocation location, InstanceLock lock) {
        JdbcConnectionPool pool = null;
        try {
            pool = connect(location, 8);
            migrate(pool);
            SessionFactory sf = new HibernatePersistenceConfiguration("diaban")
                    .managedClasses(ENTITIES)
                    .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
                    .property(AvailableSettings.STATEMENT_BATCH_SIZE, 200)
                    // lazy collections (unit versions, cadre positions) load for many owners in one query
                    .property(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, 64)
                    .property(AvailableSettings.ORDER_INSERTS, true)
                    .property(AvailableSettings.ORDER_UPDATES, true)
                    .property(AvailableSettings.SHOW_SQL, false)
                    .schemaToolingAction(Action.VALIDATE)
                    .createEntityManagerFactory();
            return new Database(location, lock, pool, sf);
        } catch (DatabaseException e) {
            cleanUp(pool, lock);
            throw e;
        } catch (FlywayException e) {
            cleanUp(pool, lock);
            throw new DatabaseException("database.error.migration", location.folder(), e);
        } catch (RuntimeException e) {
            cleanUp(pool, lock);
            throw new DatabaseException("database.error.open", location.folder(), e);
        }
    }

    /**
     * A pool on the folder's H2 file that has been seen to connect. The caller holds the folder
     * lock; failures come as {@link DatabaseException}s that name the folder.
     */
    static JdbcConnectionPool connect(DataLocation location, int maxConnections) {
        return connect(location, maxConnections, "");
    }

    /** The same, with more settings for the database URL (";NAME=value..."). */
    static JdbcConnectionPool connect(DataLocation location, int maxConnections, String moreSettings) {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + location.databaseBase()
                + ";AUTO_SERVER=FALSE;LOCK_TIMEOUT=10000" + moreSettings, "sa", "");
        pool.setMaxConnections(maxConnections);
        try {
            checkConnects(pool, location);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return pool;
    }

    /** Creates or upgrades the schema with the migrations on the class path. */
    static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:" + MigrationCheck.LOCATION)
                .failOnMissingLocations(true).load().migrate();
    }

    private static void checkConnects(JdbcConnectionPool pool, DataLocation location) {
        try (var connection = pool.getConnection()) {
            connection.isValid(1);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new DataFolderInUseException(location.folder(), e);
            }
            if (e.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1 || e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
                throw new DatabaseException("database.error.unreadable", location.folder(), e);
            }
            throw new DatabaseException("database.error.open", location.folder(), e);
        }
    }

    static void cleanUp(JdbcConnectionPool pool, InstanceLock lock) {
        if (pool != null) {
            pool.dispose();
        }
        lock.close();
    }

    public DataLocation location() {
        return location;
    }

    /** Runs read-only work in a transaction; nothing it changes is written. */
    public <T> T read(Function<Store, T> work) {
        return sessionFactory.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return work.apply(new Store(session, ids));
        });
    }

    /** Runs work in one transaction: all of it is written, or none of it. */
    public <T> T write(Function<Store, T> work) {
        return sessionFactory.fromTransaction(session -> work.apply(new Store(session, ids)));
    }

    @Override
    public <T> T importTransaction(Function<ImportTables, T> work) {
        return sessionFactory.fromTransaction(session -> session.doReturningWork(
                connection -> ImportTables.within(connection, ids, work)));
    }

    public void writeAll(Consumer<Store> work) {
        sessionFactory.inTransaction(session -> work.accept(new Store(session, ids)));
    }

    @Override
    public void close() {
        try {
            sessionFactory.close();
        } finally {
            pool.dispose();
            lock.close();
        }
    }
}
