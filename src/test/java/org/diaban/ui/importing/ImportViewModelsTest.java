package org.diaban.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.diaban.domain.audit.ImportBatchStatus;
import org.diaban.domain.common.DomainException;
import org.diaban.i18n.I18n;
import org.diaban.importing.legacy.commit.FileImportResult;
import org.diaban.importing.legacy.commit.FilePreview;
import org.diaban.importing.legacy.commit.FileRequest;
import org.diaban.importing.legacy.commit.ImportBatchView;
import org.diaban.importing.legacy.commit.LegacyImportService;
import org.diaban.importing.legacy.commit.MatchAnswers;
import org.diaban.importing.legacy.commit.MatchCandidate;
import org.diaban.importing.legacy.commit.MatchQuestion;
import org.diaban.importing.legacy.records.DryRunReport;
import org.diaban.importing.legacy.records.Finding;
import org.diaban.importing.legacy.table.ColumnKind;
import org.diaban.importing.legacy.table.ColumnMappings;
import org.diaban.importing.legacy.table.TableShape;
import org.diaban.importing.legacy.workbook.ReadControl;
import org.diaban.importing.legacy.workbook.ReadProgress;
import org.diaban.ui.cadres.SyncBackground;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's and the history's view models on a fake importer, without a toolkit. */
class ImportViewModelsTest {

    private final I18n i18n = new I18n(I18n.VIETNAMESE);
    private final FakeImports imports = new FakeImports();
    private final ImportWizardViewModel wizard = new ImportWizardViewModel(imports, new SyncBackground(),
            Runnable::run, i18n);

    @Test
    void addsFilesOnceAndOnlySpreadsheetsOfAFolder(@TempDir Path dir) throws Exception {
        Path a = Files.createFile(dir.resolve("b.xls"));
        Files.createFile(dir.resolve("a.xlsx"));
        Files.createFile(dir.resolve("ghi chu.txt"));
        Files.createFile(dir.resolve("~$a.xlsx"));
        wizard.addFiles(List.of(a, a));
        assertEquals(1, wizard.files().size());
        wizard.addFolder(dir);
        assertEquals(List.of("b.xls", "a.xlsx"), wizard.files().stream().map(p -> p.getFileName().toString())
                .toList());
        wizard.remove(wizard.files().get(0));
        assertEquals(1, wizard.files().size());
    }

    @Test
    void analysesThenReReadsAFileForTheChosenDistrict() {
        wizard.addFiles(List.of(Path.of("phan_cong.xls"), Path.of("hong.xls")));
        wizard.analyse();
        assertEquals(ImportWizardViewModel.Step.REVIEW, wizard.stepProperty().get());
        assertEquals(2, wizard.entries().size());
        ImportWizardViewModel.Entry first = wizard.entries().get(0);
        assertEquals(first, wizard.selectedProperty().get());
        assertEquals("huu-lung", first.preview().report().get("district_id"));
        assertNull(imports.requests.get(0).districtKey(), "the district is detected at first");
        assertEquals(1.0, imports.lastProgress, 1e-9);

        // the detected district again changes nothing; another one reads that file again
        wizard.changeDistrict(first, "huu-lung");
        assertEquals(2, imports.requests.size());
        wizard.changeDistrict(first, "chi-lang");
        assertEquals(new FileRequest(first.file(), "chi-lang"), imports.requests.get(2));
        assertEquals("chi-lang", first.preview().report().get("district_id"));
        assertFalse(wizard.runningProperty().get());
    }

    @Test
    void importsTheImportableFilesWithTheAnswersGiven() {
        wizard.addFiles(List.of(Path.of("phan_cong.xls"), Path.of("hong.xls")));
        wizard.analyse();
        MatchQuestion question = wizard.entries().get(0).preview().questions().get(0);
        assertEquals(MatchAnswers.NEW, wizard.answerTo(question), "new unless the user says otherwise");
        wizard.answer(question, "db:7");
        assertEquals(1, wizard.importable().size(), "the damaged file is not offered");
        assertTrue(wizard.canImportProperty().get());

        wizard.importFiles();
        assertEquals(ImportWizardViewModel.Step.RESULT, wizard.stepProperty().get());
        assertEquals(List.of(new FileRequest(Path.of("phan_cong.xls").toAbsolutePath(), "huu-lung")),
                imports.committed);
        assertEquals(Map.of(question.key(), "db:7"), imports.answers.asMap());
        assertEquals(1, wizard.results().size());
    }

    @Test
    void aMappingIsAddedToTheSavedOnesAndTheFilesAreReadAgainKeepingTheUsersChoices() {
        wizard.addFiles(List.of(Path.of("phan_cong.xls"), Path.of("hong.xls")));
        wizard.analyse();
        ImportWizardViewModel.Entry first = wizard.entries().get(0);
        wizard.changeDistrict(first, "chi-lang");
        wizard.selectedProperty().set(wizard.entries().get(1));
        imports.saved = ColumnMappings.none().with(TableShape.WORKING_GROUPS, "to", ColumnKind.TEN_TO);
        int before = imports.requests.size();

        wizard.mapColumns(List.of(new ColumnMappings.Entry(TableShape.ASSIGNMENT_LIST, "nguoi duoc phan cong",
                ColumnKind.HO_TEN)));
        assertEquals(2, imports.saved.entries().size(), "added to what was saved before");
        assertEquals(List.of(new FileRequest(first.file(), "chi-lang"),
                new FileRequest(Path.of("hong.xls").toAbsolutePath(), null)),
                imports.requests.subList(before, imports.requests.size()));
        assertEquals("hong.xls", wizard.selectedProperty().get().fileName(), "the same file stays shown");
        assertFalse(wizard.runningProperty().get());
    }

    @Test
    void cancelledAnalysisLeavesTheFilesToPickAgain() {
        wizard.addFiles(List.of(Path.of("ho_gia_dinh.xlsx")));
        imports.onRead = control -> wizard.cancel();
        wizard.analyse();
        assertEquals(ImportWizardViewModel.Step.FILES, wizard.stepProperty().get());
        assertTrue(wizard.entries().isEmpty());
        assertFalse(wizard.runningProperty().get());
        assertEquals(i18n.get("legacy.wizard.cancelled"), wizard.messageProperty().get());
        assertEquals("", wizard.failureProperty().get());

        imports.onRead = control -> { };
        wizard.analyse();
        assertEquals(ImportWizardViewModel.Step.REVIEW, wizard.stepProperty().get());
    }

    @Test
    void historyUndoesACommittedBatchAndSaysWhyItCannot() {
        ImportHistoryViewModel history = new ImportHistoryViewModel(imports, new SyncBackground(), i18n);
        history.reload();
        assertEquals(2, history.batches().size());
        List<LegacyImportService.UndoSummary> done = new ArrayList<>();
        history.undo(history.batches().get(0), done::add);
        assertEquals(1, done.size());
        assertEquals(ImportBatchStatus.UNDONE, history.batches().get(0).status());

        imports.undoRefusal = new DomainException("error.unexpected", "rows depend on it");
        history.undo(history.batches().get(1), done::add);
        assertEquals(1, done.size());
        assertEquals(i18n.format("error.unexpected", "rows depend on it"), history.failureProperty().get());
        assertFalse(history.busyProperty().get());
    }

    /** Previews built by hand: a Hữu Lũng assignment list with one question, and a damaged file. */
    private static final class FakeImports implements LegacyImports {
        final List<FileRequest> requests = new ArrayList<>();
        final List<FileRequest> committed = new ArrayList<>();
        MatchAnswers answers;
        double lastProgress;
        Consumer<ReadControl> onRead = c -> { };
        RuntimeException undoRefusal;
        ColumnMappings saved = ColumnMappings.none();
        final List<ImportBatchView> batches = new ArrayList<>(List.of(
                batch(2, ImportBatchStatus.COMMITTED), batch(1, ImportBatchStatus.COMMITTED)));

        @Override
        public List<FilePreview> preview(List<FileRequest> files, MatchAnswers given, ReadControl control) {
            requests.addAll(files);
            List<FilePreview> out = new ArrayList<>();
            for (FileRequest f : files) {
                onRead.accept(control);
                control.progress().accept(new ReadProgress(10, 10, 10));
                lastProgress = 1.0;
                if (control.cancelRequested().getAsBoolean()) {
                    return out;
                }
                out.add(preview(f));
            }
            return out;
        }

        private static FilePreview preview(FileRequest f) {
            DryRunReport r = new DryRunReport();
            r.put("shape", "assignment_list");
            r.put("district_id", f.districtKey() != null ? f.districtKey() : "huu-lung");
            if (f.file().getFileName().toString().startsWith("hong")) {
                r.addError(new Finding(null, null, "UNREADABLE_FILE", null, null, "truncated"));
                return new FilePreview(f.file(), r, List.of(), 0, 0);
            }
            r.addRecord(Map.of("row", 12, "ho_ten", "Hoàng Văn Tú"));
            MatchQuestion q = new MatchQuestion("phan_cong.xls!PC!12", "phan_cong.xls", "PC", 12, "Hoàng Văn Tú",
                    "Bí thư", List.of(new MatchCandidate("db:7", "Hoàng Văn Tú, 1970")));
            return new FilePreview(f.file(), r, List.of(q), 0, 0);
        }

        @Override
        public List<FileImportResult> commit(List<FileRequest> files, MatchAnswers given, ReadControl control) {
            committed.addAll(files);
            answers = given;
            return files.stream().map(f -> new FileImportResult(f.file(), preview(f).report(), 1L,
                    Map.of("assignment", 1), null, null, List.of())).toList();
        }

        @Override
        public List<ImportBatchView> history() {
            return List.copyOf(batches);
        }

        @Override
        public LegacyImportService.UndoSummary undo(long batchId) {
            if (undoRefusal != null) {
                throw undoRefusal;
            }
            batches.replaceAll(b -> b.id() == batchId ? new ImportBatchView(b.id(), b.sourceName(), b.kind(),
                    ImportBatchStatus.UNDONE, b.startedAt(), LocalDateTime.of(2026, 11, 28, 9, 0), b.recordCount(),
                    b.rejectedCount(), b.warningCount(), null) : b);
            return new LegacyImportService.UndoSummary(batchId, Map.of("assignment", 28));
        }

        @Override
        public ColumnMappings columnMappings() {
            return saved;
        }

        @Override
        public void saveColumnMappings(ColumnMappings mappings) {
            saved = mappings;
        }

        @Override
        public List<District> districts() {
            return List.of(new District("chi-lang", "Huyện Chi Lăng"), new District("huu-lung", "Huyện Hữu Lũng"));
        }

        private static ImportBatchView batch(long id, ImportBatchStatus status) {
            return new ImportBatchView(id, "phan_cong_" + id + ".xls", "assignment_list", status,
                    LocalDateTime.of(2026, 11, 28, 8, 0), null, 28, 0, 0, null);
        }
    }
}
