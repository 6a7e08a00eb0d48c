package org.diaban.persistence;

import org.hibernate.Session;

/**
 * The repositories of one transaction. Services receive a Store from {@link Database#read} or
 * {@link Database#write} and never see Hibernate itself.
 */
public final class Store {

    private final Session session;
    private final SequenceIds ids;
    private UnitRepository units;
    private CadreRepository cadres;

    Store(Session session, SequenceIds ids) {
        this.session = session;
        this.ids = ids;
    }

    public ReferenceRepository reference() {
        return new ReferenceRepository(session);
    }

    public UnitRepository units() {
        if (units == null) {
            units = new UnitRepository(session);
        }
        return units;
    }

    public ReorganisationRepository reorganisations() {
        return new ReorganisationRepository(session);
    }

    public HouseholdRepository households() {
        return new HouseholdRepository(session);
    }

    public CadreRepository cadres() {
        if (cadres == null) {
            cadres = new CadreRepository(session);
        }
        return cadres;
    }

    public DecisionRepository decisions() {
        return new DecisionRepository(session);
    }

    public AssignmentRepository assignments() {
        return new AssignmentRepository(session);
    }

    public ActivityRepository activities() {
        return new ActivityRepository(session);
    }

    public ComplianceRepository compliance() {
        return new ComplianceRepository(session);
    }

    public ConcernRepository concerns() {
        return new ConcernRepository(session);
    }

    public WorkingGroupRepository workingGroups() {
        return new WorkingGroupRepository(session);
    }

    /** The flat reads of the progress reports. */
    public ReportRepository reports() {
        return new ReportRepository(session);
    }

    public AuditRepository audit() {
        return new AuditRepository(session);
    }

    public ImportBatchRepository importBatches() {
        return new ImportBatchRepository(session);
    }

    public SettingsRepository settings() {
        return new SettingsRepository(session);
    }

    /**
     * A writer for many households, assignments, activities and concerns at once, in this
     * transaction (data sets, large imports). Close it (or flush it) before querying those rows.
     */
    public BulkWriter bulk() {
        return new BulkWriter(session, ids);
    }

    /**
     * Deletes every row of the data tables (units, people, assignments, activities, concerns,
     * imports, audit) and keeps the reference data and settings; part of this transaction.
     */
    public void deleteAllData() {
        session.flush();
        DataTables.deleteAll(session);
        session.clear();
    }

    /** Saves any entity of the model (for loaders that create many kinds of rows). */
    public <T> T persist(T entity) {
        session.persist(entity);
        return entity;
    }

    /**
     * Writes what is pending and forgets loaded entities: long loads call this every few
     * thousand rows to keep memory flat. Entities loaded before are detached afterwards.
     */
    public void flushAndClear() {
        session.flush();
        session.clear();
    }

    public void flush() {
        session.flush();
    }
}
