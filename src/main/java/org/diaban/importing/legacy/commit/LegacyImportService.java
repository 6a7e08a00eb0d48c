package org.diaban.importing.legacy.commit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.diaban.domain.audit.AuditAction;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.common.LocalizedFailure;
import org.diaban.domain.people.CommitteeTerm;
import org.diaban.importing.legacy.records.DryRunJson;
import org.diaban.importing.legacy.records.DryRunReport;
import org.diaban.importing.legacy.records.Finding;
import org.diaban.importing.legacy.records.LegacyDryRun;
import org.diaban.importing.legacy.records.RecordSink;
import org.diaban.importing.legacy.table.ColumnMappings;
import org.diaban.importing.legacy.table.TableShape;
import org.diaban.importing.legacy.workbook.ReadControl;
import org.diaban.persistence.ImportStorage;
import org.diaban.persistence.ImportTables;
import org.diaban.service.common.DataChanges;
import org.diaban.service.hierarchy.HierarchyQueries;

/**
 * Imports legacy spreadsheets: previews them without writing, commits each file as one import
 * batch (accepted rows stored, rejected rows reported, all or nothing), lists the import history
 * and undoes a batch. Files are handled in the given order; a file's people are matched against
 * the stored cadres and the people of the files before it.
 */
public final class LegacyImportService {

    private static final String BATCH_KIND_UNREAD = "legacy";

    private static final Comparator<ImportBatchView> NEWEST_FIRST = Comparator.comparing(ImportBatchView::startedAt)
            .reversed().thenComparing(Comparator.comparingLong(ImportBatchView::id).reversed());

    private final ImportStorage db;
    private final HierarchyQueries hierarchy;
    private final DataChanges changes;

    /**
     * @param db the window's database, or the command line's plain one: the importer only uses
     *        plain SQL (a large file is a hundred thousand rows)
     */
    public LegacyImportService(ImportStorage db, HierarchyQueries hierarchy, DataChanges changes) {
        this.db = db;
        this.hierarchy = hierarchy;
        this.changes = changes;
    }

    /**
     * Reads the files as an import would and says what it would store, without writing.
     *
     * @param control progress (per file, reported through the read) and cancel
     * @throws CancellationException when cancelled
     */
    public List<FilePreview> preview(List<FileRequest> files, MatchAnswers answers, ReadControl control) {
        UnitKeys units = new UnitKeys(hierarchy);
        Setup setup = setup(units);
        PeopleMatcher people = new PeopleMatcher(setup.people(), answers, units::name);
        LegacyDryRun reader = new LegacyDryRun(hierarchy, false, setup.mappings());
        List<FilePreview> previews = new ArrayList<>();
        for (FileRequest request : files) {
            String fileName = request.file().getFileName().toString();
            MatchingSink sink = new MatchingSink(people, fileName);
            int asked = people.questions().size();
            DryRunReport report = reader.run(request.file(), request.districtKey(), control, sink);
            checkCancelled(control);
            List<MatchQuestion> questions = people.questions().subList(asked, people.questions().size());
            previews.add(new FilePreview(request.file(), report, questions, sink.created, sink.known));
        }
        return previews;
    }

    /**
     * Imports the files, each in its own transaction and batch; a refused file stores nothing.
     * Cancelling stops after rolling back the file being read; the files before it stay imported.
     */
    public List<FileImportResult> commit(List<FileRequest> files, MatchAnswers answers, ReadControl control) {
        UnitKeys units = new UnitKeys(hierarchy);
        Setup setup = setup(units);
        PeopleMatcher people = new PeopleMatcher(setup.people(), answers, units::name);
        List<FileImportResult> results = new ArrayList<>();
        try {
            for (FileRequest request : files) {
                if (control.cancelRequested().getAsBoolean()) {
                    results.add(refused(request, null, "CANCELLED", null));
                    continue;
                }
                results.add(commitOne(request, people, units, control, answers, setup));
            }
        } finally {
            if (results.stream().anyMatch(FileImportResult::committed)) {
                changes.publish(DataChanges.Topic.EVERYTHING);
            }
        }
        return results;
    }

    /** What every file of a preview or commit needs from the database. */
    private record Setup(List<KnownPerson> people, List<CommitteeTerm> terms, ColumnMappings mappings) {
    }

    private Setup setup(UnitKeys units) {
        return db.importTransaction(t -> new Setup(storedPeople(t, units), t.committeeTerms(),
                ColumnMappingStore.load(t)));
    }

    private FileImportResult commitOne(FileRequest request, PeopleMatcher people, UnitKeys units,
            ReadControl control, MatchAnswers answers, Setup setup) {
        String fileName = request.file().getFileName().toString();
        String sha = sha256(request.file());
        int mark = people.mark();
        int asked = people.questions().size();
        try {
            return db.importTransaction(tables -> {
                Optional<ImportBatchView> earlier = sha == null ? Optional.empty() : previouslyImported(tables, sha);
                if (earlier.isPresent()) {
                    return refused(request, null, "ALREADY_IMPORTED", "#" + earlier.get().id() + " "
                            + earlier.get().sourceName() + " (" + earlier.get().startedAt().toLocalDate() + ")");
                }
                long batch = tables.startBatch(BATCH_KIND_UNREAD, fileName, sha);
                BatchWriter writer = new BatchWriter(tables, batch, fileName, people, units, setup.terms());
                DryRunReport report = PipelinedRead.run(new LegacyDryRun(hierarchy, false, setup.mappings()), request,
                        control, writer);
                checkCancelled(control);
                if ("reject".equals(report.outcome())) {
                    throw new Refused(report);
                }
                Map<String, Integer> stored = writer.stored();
                int records = ((Number) report.toMap().get("record_count")).intValue();
                tables.commitBatch(batch, String.valueOf(report.get("shape")), records, report.errors().size(),
                        report.warnings().size(), summaryOf(report, stored));
                tables.audit(AuditAction.IMPORT, "import_batch", batch, fileName + ": " + records
                        + " records, " + report.errors().size() + " rejected, " + stored);
                return new FileImportResult(request.file(), report, batch, stored, null, null,
                        unanswered(people, asked, answers));
            });
        } catch (Refused r) {
            people.rollBackTo(mark);
            Finding fileError = r.report.errors().stream().filter(e -> e.row() == null).findFirst().orElseThrow();
            return refused(request, r.report, fileError.code(), fileError.message());
        } catch (CancellationException e) {
            people.rollBackTo(mark);
            return refused(request, null, "CANCELLED", null);
        } catch (RuntimeException e) {
            // whatever went wrong, the file's transaction is rolled back and the next file goes on
            people.rollBackTo(mark);
            String detail = e instanceof LocalizedFailure f ? f.messageKey() + " " + f.messageArguments()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            return refused(request, null, "FAILED", detail);
        }
    }

    /** The headers the user mapped to columns by hand, as saved. */
    public ColumnMappings columnMappings() {
        return new ColumnMappingStore(db).load();
    }

    /** Saves the hand mappings; every later preview and import uses them. */
    public void saveColumnMappings(ColumnMappings mappings) {
        new ColumnMappingStore(db).save(mappings);
    }

    /** The committed batch that imported a file with the same content, if any. */
    public Optional<ImportBatchView> previouslyImported(Path file) {
        String sha = sha256(file);
        return sha == null ? Optional.empty() : previouslyImported(sha);
    }

    private Optional<ImportBatchView> previouslyImported(String sha) {
        return db.importTransaction(t -> previouslyImported(t, sha));
    }

    private static Optional<ImportBatchView> previouslyImported(ImportTables tables, String sha) {
        return tables.committedBatchesOf(sha).stream().map(LegacyImportService::view).sorted(NEWEST_FIRST)
                .findFirst();
    }

    /** The import batches, newest first. */
    public List<ImportBatchView> history() {
        return db.importTransaction(ImportTables::batches).stream().map(LegacyImportService::view)
                .sorted(NEWEST_FIRST).toList();
    }

    /**
     * Removes every row a batch stored and marks it undone.
     *
     * @throws DomainException when the batch is not a committed legacy import, or when rows stored
     *         later depend on its rows (the message names them)
     */
    public UndoSummary undo(long batchId) {
        UndoSummary summary = db.importTransaction(tables -> {
            ImportBatchView batch = tables.batch(batchId).map(LegacyImportService::view)
                    .orElseThrow(() -> new DomainException("import.error.noBatch", batchId));
            if (!batch.canUndo()) {
                throw new DomainException("import.error.cannotUndo", batch.sourceName(), batch.status());
            }
            Map<String, Long> blocking = tables.dependentsOf(batchId);
            if (!blocking.isEmpty()) {
                throw new DomainException("import.error.undoBlocked", batch.sourceName(), blocking.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
            }
            Map<String, Integer> removed = tables.deleteRowsOf(batchId);
            if (!tables.markUndone(batchId)) {
                // undone meanwhile by another undo: this one's transaction is rolled back
                throw new DomainException("import.error.undoNotCommitted", batchId,
                        tables.batch(batchId).map(ImportTables.BatchRow::status).orElse(null));
            }
            tables.audit(AuditAction.UNDO, "import_batch", batchId, batch.sourceName() + ": " + removed);
            return new UndoSummary(batchId, removed);
        });
        changes.publish(DataChanges.Topic.EVERYTHING);
        return summary;
    }

    /** What an undo removed, by table. */
    public record UndoSummary(long batchId, Map<String, Integer> removed) {
    }

    private static List<KnownPerson> storedPeople(ImportTables tables, UnitKeys units) {
        Map<Long, KnownPerson> byId = new HashMap<>();
        tables.cadres().forEach(c -> {
            KnownPerson p = KnownPerson.stored(c.id(), c.fullName(), c.birthYear());
            c.titles().forEach(p::addPosition);
            p.addCommune(units.communeKeyOf(c.homeUnitId()));
            byId.put(c.id(), p);
        });
        for (long[] pair : tables.cadreUnitPairs()) {
            KnownPerson p = byId.get(pair[0]);
            if (p != null) {
                p.addCommune(units.communeKeyOf(pair[1]));
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static ImportBatchView view(ImportTables.BatchRow b) {
        return new ImportBatchView(b.id(), b.sourceName(), b.kind(), b.status(), b.startedAt(), b.undoneAt(),
                b.recordCount(), b.rejectedCount(), b.warningCount(), b.sourceSha256());
    }

    private static String summaryOf(DryRunReport report, Map<String, Integer> stored) {
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        for (String field : List.of("shape", "district_id", "year", "encoding", "sheets")) {
            summary.put(field, report.get(field));
        }
        summary.put("stored", stored);
        return DryRunJson.writeValue(summary);
    }

    private static FileImportResult refused(FileRequest request, DryRunReport report, String code, String detail) {
        DryRunReport shown = report;
        if (shown == null) {
            shown = new DryRunReport();
            shown.put("file", request.file().getFileName().toString());
            shown.addError(Finding.ofFile(code, detail));
        }
        return new FileImportResult(request.file(), shown, null, Map.of(), code, detail, List.of());
    }

    /** The questions this file asked that the answers leave open (their rows got people of their own). */
    private static List<MatchQuestion> unanswered(PeopleMatcher people, int asked, MatchAnswers answers) {
        List<MatchQuestion> all = people.questions();
        return all.subList(asked, all.size()).stream().filter(q -> answers.answer(q.key()).isEmpty()).toList();
    }

    private static void checkCancelled(ReadControl control) {
        if (control.cancelRequested().getAsBoolean()) {
            throw new CancellationException();
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return null; // an unreadable file is reported by the read itself
        }
    }

    /** A file with a file-level error: its transaction is rolled back. */
    private static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient DryRunReport report;

        Refused(DryRunReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    /** Matches the people of each record as the import would, counting new and known ones. */
    private static final class MatchingSink implements RecordSink {

        private final PeopleMatcher people;
        private final String fileName;
        private TableShape shape;
        int created;
        int known;

        MatchingSink(PeopleMatcher people, String fileName) {
            this.people = people;
            this.fileName = fileName;
        }

        @Override
        public void table(TableShape tableShape, String districtKey, int year) {
            this.shape = tableShape;
        }

        @Override
        public void record(Map<String, Object> record) {
            for (PersonMention m : RecordPeople.of(shape, fileName, record)) {
                PeopleMatcher.Match match = people.match(m);
                if (match.created()) {
                    created++;
                } else if (match.person().ref().startsWith("db:")) {
                    known++;
                }
            }
        }
    }
}
