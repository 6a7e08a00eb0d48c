package org.diaban.service.demo;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.diaban.domain.audit.AuditAction;
import org.diaban.domain.audit.ImportBatch;
import org.diaban.domain.common.DomainException;
import org.diaban.persistence.Database;
import org.diaban.persistence.Store;
import org.diaban.service.common.AuditLog;
import org.diaban.service.common.DataChanges;
import org.diaban.service.common.ReferenceData;
import org.diaban.service.hierarchy.ReorganisationService;

/**
 * Loads ready-made data sets: the demo province of Lạng Sơn (for trying the program out and for
 * training) and a province-sized set for measuring. A load only goes into a database without
 * units, unless the caller asks to replace everything; each phase is one transaction, and if
 * the load fails or is cancelled, what it wrote is removed again.
 */
public final class DemoService {

    static final String DEMO_KIND = "demo";
    static final String SCALE_KIND = "demo-scale";

    private final Database db;
    private final ReferenceData reference;
    private final ReorganisationService reorganisations;
    private final DataChanges changes;

    public DemoService(Database db, ReferenceData reference, ReorganisationService reorganisations,
                       DataChanges changes) {
        this.db = db;
        this.reference = reference;
        this.reorganisations = reorganisations;
        this.changes = changes;
    }

    /** Whether the database already holds units (then a load needs {@code replace}). */
    public boolean hasData() {
        return unitCount() > 0;
    }

    public long unitCount() {
        return db.read(s -> s.units().count());
    }

    /** The offer on first start: the demo province, into an empty database. */
    public DataSetSummary load(ProgressListener progress, BooleanSupplier cancelled) {
        return loadDemo(false, progress, cancelled);
    }

    /** The demo province of Lạng Sơn; {@code replace} first deletes every data row (one transaction). */
    public DataSetSummary loadDemo(boolean replace, ProgressListener progress, BooleanSupplier cancelled) {
        Cancellation cancellation = new Cancellation(cancelled);
        return run(replace, progress, cancellation, DEMO_KIND,
                new DemoProvince(ProvinceDefinition.load(), reference, reorganisations, cancellation).phases());
    }

    /** A generated province of the given size (see {@link ScaleParameters}), for measurements. */
    public DataSetSummary loadScale(ScaleParameters parameters, boolean replace, ProgressListener progress,
                                    BooleanSupplier cancelled) {
        Cancellation cancellation = new Cancellation(cancelled);
        return run(replace, progress, cancellation, SCALE_KIND,
                new ScaleDataSet(parameters, reference, cancellation).phases());
    }

    private DataSetSummary run(boolean replace, ProgressListener progress, Cancellation cancellation, String kind,
                               List<Phase> phases) {
        long started = System.nanoTime();
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        long units = unitCount();
        if (units > 0 && !replace) {
            throw new DomainException("demo.error.notEmpty", units);
        }
        int total = phases.size() + 2;
        if (replace) {
            listener.progress(0, total, "demo.phase.clear");
            db.writeAll(Store::deleteAllData);
            changes.publish(DataChanges.Topic.EVERYTHING);
        }
        try {
            for (int i = 0; i < phases.size(); i++) {
                cancellation.check();
                Phase phase = phases.get(i);
                listener.progress(i + 1, total, phase.messageKey());
                db.writeAll(phase::run);
            }
            listener.progress(total - 1, total, "demo.phase.finish");
            DataSetSummary summary = finish(kind, Duration.ofNanos(System.nanoTime() - started));
            listener.progress(total, total, "demo.phase.done");
            return summary;
        } catch (RuntimeException e) {
            // the load went into an empty database: removing everything removes exactly what it wrote
            try {
                db.writeAll(Store::deleteAllData);
            } catch (RuntimeException cleanupFailure) {
                e.addSuppressed(cleanupFailure);
            }
            throw e;
        } finally {
            changes.publish(DataChanges.Topic.EVERYTHING);
        }
    }

    private DataSetSummary finish(String kind, Duration elapsed) {
        return db.write(store -> {
            ImportBatch batch = store.importBatches().all().stream().filter(b -> b.kind().equals(kind)).findFirst()
                    .orElseThrow();
            DataSetSummary summary = new DataSetSummary(store.units().count(),
                    store.reorganisations().all().size(), store.households().count(), store.cadres().count(),
                    store.decisions().count(), store.assignments().count(), store.activities().count(),
                    store.concerns().count(), store.workingGroups().count(), batch.id(), elapsed);
            String text = "Loaded data set " + kind + ": " + summary.units() + " units, " + summary.cadres()
                    + " cadres, " + summary.households() + " households, " + summary.assignments() + " assignments, "
                    + summary.activities() + " activities, " + summary.concerns() + " concerns";
            batch.commit((int) Math.min(Integer.MAX_VALUE, summary.units() + summary.cadres() + summary.households()
                    + summary.assignments() + summary.activities() + summary.concerns()), 0, 0, text);
            AuditLog.record(store, AuditAction.IMPORT, "ImportBatch", batch.id(), text);
            return summary;
        });
    }
}
