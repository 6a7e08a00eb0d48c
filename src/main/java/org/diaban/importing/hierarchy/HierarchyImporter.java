package org.diaban.importing.hierarchy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.diaban.domain.audit.AuditAction;
import org.diaban.domain.audit.ImportBatch;
import org.diaban.domain.hierarchy.Unit;
import org.diaban.domain.hierarchy.UnitDescription;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.importing.hierarchy.HierarchyImportResult.Correction;
import org.diaban.persistence.Database;
import org.diaban.persistence.Store;
import org.diaban.service.common.AuditLog;
import org.diaban.service.common.Clock;
import org.diaban.service.common.DataChanges;
import org.diaban.service.common.ReferenceData;

/**
 * Imports a hierarchy file in one transaction, with the file's ids as the units' external keys.
 * A unit the database lacks is created; a unit none of whose versions has the file's facts gets
 * them as a correction of its current version; a unit that already matches is left alone, so that
 * importing the same file twice writes nothing the second time.
 */
public final class HierarchyImporter {

    static final String BATCH_KIND = "hierarchy";

    private final Database db;
    private final ReferenceData reference;
    private final DataChanges changes;
    private final Clock clock;
    private final HierarchyFileReader reader;

    public HierarchyImporter(Database db, ReferenceData reference, DataChanges changes, Clock clock) {
        this.db = db;
        this.reference = reference;
        this.changes = changes;
        this.clock = clock;
        this.reader = new HierarchyFileReader(reference);
    }

    /** Reads, checks and imports the file; a bad file is refused before anything is written. */
    public HierarchyImportResult importFile(Path file) {
        HierarchyFile content = reader.read(file);
        HierarchyImportResult result = db.write(store -> apply(store, content));
        if (!result.changedNothing()) {
            changes.publish(DataChanges.Topic.HIERARCHY);
        }
        return result;
    }

    private HierarchyImportResult apply(Store store, HierarchyFile file) {
        Map<String, List<UnitState>> versionsByKey = new HashMap<>();
        for (UnitState s : store.units().allStates()) {
            versionsByKey.computeIfAbsent(s.externalKey(), k -> new ArrayList<>()).add(s);
        }
        Map<String, Long> idByKey = new HashMap<>();
        versionsByKey.forEach((key, versions) -> idByKey.put(key, versions.get(0).unitId()));

        List<HierarchyEntry> toCreate = new ArrayList<>();
        List<HierarchyEntry> toCorrect = new ArrayList<>();
        for (HierarchyEntry entry : file.entries()) {
            List<UnitState> versions = versionsByKey.get(entry.key());
            if (versions == null) {
                toCreate.add(entry);
            } else if (versions.stream().noneMatch(v -> sameFacts(v, entry, idByKey))) {
                toCorrect.add(entry);
            }
        }
        int unchanged = file.entries().size() - toCreate.size() - toCorrect.size();
        if (toCreate.isEmpty() && toCorrect.isEmpty()) {
            return new HierarchyImportResult(file.sourceName(), 0, 0, unchanged, List.of(), null);
        }

        ImportBatch batch = store.importBatches().save(new ImportBatch(BATCH_KIND, file.sourceName(), file.sha256()));
        Map<String, HierarchyEntry> creating = new HashMap<>();
        toCreate.forEach(e -> creating.put(e.key(), e));
        for (HierarchyEntry entry : file.entries()) {
            if (!creating.containsKey(entry.key())) {
                continue;
            }
            Unit unit = new Unit(entry.key(), null, describe(entry, null), parentId(entry, idByKey));
            unit.markImported(batch.id());
            store.units().save(unit);
            idByKey.put(entry.key(), unit.id());
        }
        List<Correction> corrections = new ArrayList<>();
        for (HierarchyEntry entry : toCorrect) {
            corrections.add(correct(store, entry, versionsByKey.get(entry.key()), idByKey));
        }
        String summary = "Imported hierarchy file " + file.sourceName() + ": " + toCreate.size() + " created, "
                + corrections.size() + " corrected, " + unchanged + " unchanged";
        AuditLog.record(store, AuditAction.IMPORT, "ImportBatch", batch.id(), summary);
        batch.commit(toCreate.size() + corrections.size(), 0, 0, summary);
        return new HierarchyImportResult(file.sourceName(), toCreate.size(), corrections.size(), unchanged,
                corrections, batch.id());
    }

    private Correction correct(Store store, HierarchyEntry entry, List<UnitState> versions, Map<String, Long> idByKey) {
        UnitState current = current(versions);
        Long parentId = parentId(entry, idByKey);
        List<String> fields = new ArrayList<>();
        differs(fields, "type", current.typeCode(), entry.typeCode());
        differs(fields, "name", current.name(), entry.name());
        differs(fields, "full_name", current.fullName(), entry.fullName());
        differs(fields, "party_org", current.partyOrgName(), entry.partyOrgName());
        differs(fields, "committee", current.committeeName(), entry.committeeName());
        differs(fields, "committee_code", current.committeeCode(), entry.committeeCode());
        differs(fields, "parent", current.parentId(), parentId);
        Unit unit = store.units().get(current.unitId());
        unit.correct(current.versionId(), describe(entry, current.officialCode()), parentId);
        AuditLog.record(store, AuditAction.UPDATE, "Unit", unit.id(),
                "Corrected current version of " + entry.key() + " from hierarchy file: " + String.join(", ", fields));
        return new Correction(entry.key(), unit.id(), fields);
    }

    /** The version valid today, or the last one of a unit that has ended. */
    private UnitState current(List<UnitState> versions) {
        LocalDate today = clock.today();
        return versions.stream().filter(v -> v.range().contains(today)).findFirst()
                .orElseGet(() -> versions.stream().max((a, b) -> compareStart(a, b)).orElseThrow());
    }

    private static int compareStart(UnitState a, UnitState b) {
        LocalDate fa = a.range().from();
        LocalDate fb = b.range().from();
        if (fa == null) {
            return fb == null ? 0 : -1;
        }
        return fb == null ? 1 : fa.compareTo(fb);
    }

    private static boolean sameFacts(UnitState v, HierarchyEntry e, Map<String, Long> idByKey) {
        return v.typeCode().equals(e.typeCode()) && v.name().equals(e.name()) && v.fullName().equals(e.fullName())
                && Objects.equals(v.partyOrgName(), e.partyOrgName())
                && Objects.equals(v.committeeName(), e.committeeName())
                && Objects.equals(v.committeeCode(), e.committeeCode())
                && Objects.equals(v.parentId(), e.parentKey() == null ? null : idByKey.get(e.parentKey()));
    }

    private static void differs(List<String> fields, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(field);
        }
    }

    private static Long parentId(HierarchyEntry entry, Map<String, Long> idByKey) {
        return entry.parentKey() == null ? null : Objects.requireNonNull(idByKey.get(entry.parentKey()), entry.parentKey());
    }

    private UnitDescription describe(HierarchyEntry e, String officialCode) {
        return new UnitDescription(reference.type(e.typeCode()).id(), e.name(), e.fullName(), officialCode,
                e.partyOrgName(), e.committeeName(), e.committeeCode());
    }
}
