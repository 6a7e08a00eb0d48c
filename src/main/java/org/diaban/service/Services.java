package org.diaban.service;

import org.diaban.i18n.I18n;
import org.diaban.service.report.ReportService;
import org.diaban.persistence.DataLocation;
import org.diaban.persistence.Database;
import org.diaban.service.assignment.AssignmentService;
import org.diaban.service.assignment.CoverageService;
import org.diaban.service.assignment.DecisionService;
import org.diaban.service.activity.ActivityService;
import org.diaban.service.activity.WorkingGroupService;
import org.diaban.service.cadres.CadreService;
import org.diaban.service.common.Clock;
import org.diaban.service.common.DataChanges;
import org.diaban.service.common.ReferenceData;
import org.diaban.service.compliance.ComplianceService;
import org.diaban.service.concerns.ConcernService;
import org.diaban.service.demo.DemoService;
import org.diaban.service.hierarchy.HierarchyEditing;
import org.diaban.service.hierarchy.HierarchyQueries;
import org.diaban.service.hierarchy.ReorganisationService;
import org.diaban.service.hierarchy.UnitDetailsQuery;
import org.diaban.service.search.SearchService;

/**
 * Every service, built with plain constructors on one open database. The window and the command
 * line take what they need from here.
 */
public final class Services implements AutoCloseable {

    private final Database database;
    private final Clock clock;
    private final DataChanges changes;
    private final ReferenceData reference;
    private final HierarchyQueries hierarchyQueries;
    private final HierarchyEditing hierarchyEditing;
    private final ReorganisationService reorganisations;
    private final UnitDetailsQuery unitDetails;
    private final CadreService cadres;
    private final SearchService search;
    private final DemoService demo;
    private final ComplianceService compliance;
    private final DecisionService decisions;
    private final AssignmentService assignments;
    private final CoverageService coverage;
    private final ConcernService concerns;
    private final ActivityService activities;
    private final WorkingGroupService workingGroups;
    private final ReportService reports;

    /** Opens the data folder and builds the services on it. */
    public static Services open(DataLocation location, Clock clock) {
        Database db = Database.open(location);
        try {
            return new Services(db, clock);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public Services(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.changes = new DataChanges();
        this.reference = ReferenceData.load(database);
        this.hierarchyQueries = new HierarchyQueries(database, changes);
        this.hierarchyEditing = new HierarchyEditing(database, reference, hierarchyQueries, changes, clock);
        this.reorganisations = new ReorganisationService(database, hierarchyEditing, changes);
        this.unitDetails = new UnitDetailsQuery(database, hierarchyQueries);
        this.cadres = new CadreService(database, reference, hierarchyQueries, changes, clock);
        this.search = new SearchService(database, hierarchyQueries, clock, changes);
        this.demo = new DemoService(database, reference, reorganisations, changes);
        this.compliance = new ComplianceService(database, reference, hierarchyQueries, changes, clock);
        this.decisions = new DecisionService(database, reference, hierarchyQueries, changes);
        this.assignments = new AssignmentService(database, hierarchyQueries, changes);
        this.coverage = new CoverageService(database, hierarchyQueries, changes);
        this.concerns = new ConcernService(database, hierarchyQueries, changes, clock);
        this.activities = new ActivityService(database, hierarchyQueries, cadres, changes, clock);
        this.workingGroups = new WorkingGroupService(database, hierarchyQueries, changes, clock);
        this.reports = new ReportService(database, reference, hierarchyQueries, compliance, clock,
                new I18n(I18n.VIETNAMESE), new I18n(I18n.ENGLISH));
    }

    public Database database() {
        return database;
    }

    /** The folder the data lives in, for display. */
    public java.nio.file.Path dataFolder() {
        return database.location().folder();
    }

    public Clock clock() {
        return clock;
    }

    public DataChanges changes() {
        return changes;
    }

    public ReferenceData reference() {
        return reference;
    }

    public HierarchyQueries hierarchyQueries() {
        return hierarchyQueries;
    }

    public HierarchyEditing hierarchyEditing() {
        return hierarchyEditing;
    }

    public ReorganisationService reorganisations() {
        return reorganisations;
    }

    public UnitDetailsQuery unitDetails() {
        return unitDetails;
    }

    public CadreService cadres() {
        return cadres;
    }

    public SearchService search() {
        return search;
    }

    /** Ready-made data sets: the demo province and the scale set. */
    public DemoService demo() {
        return demo;
    }

    /** Regulation 1764: chi-bộ meeting attendance of committee members against the norms. */
    public ComplianceService compliance() {
        return compliance;
    }

    public DecisionService decisions() {
        return decisions;
    }

    public AssignmentService assignments() {
        return assignments;
    }

    public CoverageService coverage() {
        return coverage;
    }

    /** Residents' concerns and their topics. */
    public ConcernService concerns() {
        return concerns;
    }

    public ActivityService activities() {
        return activities;
    }

    public WorkingGroupService workingGroups() {
        return workingGroups;
    }

    /** The Resolution 77 progress report's figures. */
    public ReportService reports() {
        return reports;
    }

    @Override
    public void close() {
        database.close();
    }
}
