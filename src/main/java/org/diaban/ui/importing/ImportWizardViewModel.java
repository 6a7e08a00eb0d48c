package org.diaban.ui.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.importing.legacy.commit.FileImportResult;
import org.diaban.importing.legacy.commit.FilePreview;
import org.diaban.importing.legacy.commit.FileRequest;
import org.diaban.importing.legacy.commit.ImportBatchView;
import org.diaban.importing.legacy.commit.MatchAnswers;
import org.diaban.importing.legacy.commit.MatchQuestion;
import org.diaban.importing.legacy.table.ColumnMappings;
import org.diaban.importing.legacy.workbook.ReadControl;
import org.diaban.importing.legacy.workbook.ReadProgress;
import org.diaban.ui.common.CancelFlag;
import org.diaban.ui.common.form.Background;

/**
 * The import wizard's state: the files picked, their previews (what an import would store, its
 * errors and warnings, the people to confirm), the user's district choices and match answers,
 * and the results of the import. Work runs in the background; progress comes back through
 * {@code onFx}, and a Cancel raises a flag the reading checks on every row.
 */
public final class ImportWizardViewModel {

    /** The wizard's pages. */
    public enum Step { FILES, REVIEW, RESULT }

    /** One picked file and what is known about it. */
    public static final class Entry {
        private final Path file;
        private final ObjectProperty<FilePreview> preview = new SimpleObjectProperty<>();
        /** The district the user confirmed or chose, or null to take the detected one. */
        private final StringProperty districtKey = new SimpleStringProperty();
        private final BooleanProperty busy = new SimpleBooleanProperty();
        private final ObjectProperty<ImportBatchView> earlier = new SimpleObjectProperty<>();

        Entry(Path file) {
            this.file = file;
        }

        public Path file() {
            return file;
        }

        public String fileName() {
            return file.getFileName().toString();
        }

        public ObjectProperty<FilePreview> previewProperty() {
            return preview;
        }

        public FilePreview preview() {
            return preview.get();
        }

        public StringProperty districtKeyProperty() {
            return districtKey;
        }

        public BooleanProperty busyProperty() {
            return busy;
        }

        /** The import that already stored this file's content, or null. */
        public ImportBatchView earlierImport() {
            return earlier.get();
        }

        /** What to read: the user's district if one was chosen, else detection. */
        FileRequest request() {
            return new FileRequest(file, districtKey.get());
        }
    }

    private final LegacyImports imports;
    private final Background background;
    private final Executor onFx;
    private final I18n i18n;
    private final ErrorMessages errors;

    // Properties
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<Entry> selected = new SimpleObjectProperty<>();
    private final ObservableList<LegacyImports.District> districts = FXCollections.observableArrayList();
    private final ObservableList<FileImportResult> results = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.FILES);
    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty();
    private final SimpleStringProperty message = new SimpleStringProperty("");
    private final SimpleStringProperty failure = new SimpleStringProperty("");
    private final SimpleBooleanProperty canImport = new SimpleBooleanProperty();
    private final Map<String, String> answers = new LinkedHashMap<>();
    private CancelFlag cancel;

    public ImportWizardViewModel(LegacyImports imports, Background background, Executor onFx, I18n i18n) {
        this.imports = imports;
        this.background = background;
        this.onFx = onFx;
        this.i18n = i18n;
        this.errors = new ErrorMessages(i18n);
    }

    // Commands

    /** Adds files (ignoring ones already in the list). */
    public void addFiles(List<Path> picked) {
        for (Path p : picked) {
            Path file = p.toAbsolutePath().normalize();
            if (!files.contains(file)) {
                files.add(file);
            }
        }
    }

    /** Adds every .xls and .xlsx file directly in a folder, by name. */
    public void addFolder(Path folder) {
        background.run(() -> spreadsheetsIn(folder), this::addFiles,
                e -> failure.set(errors.describe(e)));
    }

    static List<Path> spreadsheetsIn(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).filter(ImportWizardViewModel::isSpreadsheet).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isSpreadsheet(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".xls") || name.endsWith(".xlsx")) && !name.startsWith("~$");
    }

    public void remove(Path file) {
        files.remove(file);
    }

    /** Loads the districts for the district choice; once per wizard. */
    public void loadDistricts() {
        background.run(imports::districts, districts::setAll, e -> failure.set(errors.describe(e)));
    }

    /** Reads every file as an import would, without writing; then shows the review. */
    public void analyse() {
        answers.clear();
        read(Map.of(), null);
    }

    /**
     * Reads the files again (after a mapping was saved), keeping the districts the user chose, the
     * answers given and the file shown.
     */
    private void analyseAgain() {
        Map<Path, String> districtsChosen = new LinkedHashMap<>();
        entries.forEach(e -> {
            if (e.districtKey.get() != null) {
                districtsChosen.put(e.file, e.districtKey.get());
            }
        });
        read(districtsChosen, selected.get() == null ? null : selected.get().file);
    }

    private void read(Map<Path, String> districtsChosen, Path show) {
        if (files.isEmpty() || running.get()) {
            return;
        }
        List<Entry> next = files.stream().map(Entry::new).toList();
        next.forEach(e -> e.districtKey.set(districtsChosen.get(e.file)));
        List<FileRequest> requests = next.stream().map(Entry::request).toList();
        MatchAnswers given = answersNow();
        CancelFlag flag = start(i18n.get("legacy.wizard.analysing"));
        background.run(() -> {
            List<FilePreview> previews = imports.preview(requests, given, control(flag, requests.size()));
            // a file imported before would be refused: say so before the import
            for (Entry e : next) {
                e.earlier.set(imports.previouslyImported(e.file).orElse(null));
            }
            return previews;
        },
                previews -> {
                    if (flag.getAsBoolean()) {
                        finish(i18n.get("legacy.wizard.cancelled"));
                        return;
                    }
                    for (int i = 0; i < next.size() && i < previews.size(); i++) {
                        next.get(i).preview.set(previews.get(i));
                    }
                    entries.setAll(next);
                    next.forEach(e -> e.preview.addListener((obs, was, now) -> updateCanImport()));
                    updateCanImport();
                    selected.set(next.stream().filter(e -> e.file.equals(show)).findFirst()
                            .orElse(next.isEmpty() ? null : next.get(0)));
                    results.clear();
                    step.set(Step.REVIEW);
                    finish("");
                }, e -> fail(flag, e));
    }

    /**
     * The user's mappings of header cells to columns: added to the saved ones (for this and later
     * imports), then every file is read again with them.
     */
    public void mapColumns(List<ColumnMappings.Entry> mapped) {
        if (mapped.isEmpty() || running.get()) {
            return;
        }
        CancelFlag flag = start(i18n.get("legacy.mapping.saving"));
        background.run(() -> {
            ColumnMappings all = imports.columnMappings();
            for (ColumnMappings.Entry e : mapped) {
                all = all.with(e.shape(), e.header(), e.kind());
            }
            imports.saveColumnMappings(all);
            return all;
        }, saved -> {
            finish(i18n.get("legacy.mapping.saved"));
            analyseAgain();
        }, e -> fail(flag, e));
    }

    /** The user picked another district for a file: reads that file again with it. */
    public void changeDistrict(Entry entry, String districtKey) {
        if (entry == null || districtKey == null || districtKey.equals(entry.districtKey.get())
                || (entry.districtKey.get() == null && entry.preview() != null
                && districtKey.equals(entry.preview().report().get("district_id")))) {
            return;
        }
        entry.districtKey.set(districtKey);
        List<FileRequest> one = List.of(entry.request());
        entry.busy.set(true);
        CancelFlag flag = start(i18n.format("legacy.wizard.rereading", entry.fileName()));
        background.run(() -> imports.preview(one, answersNow(), control(flag, 1)), previews -> {
            entry.busy.set(false);
            if (!flag.getAsBoolean() && !previews.isEmpty()) {
                entry.preview.set(previews.get(0));
            }
            finish(flag.getAsBoolean() ? i18n.get("legacy.wizard.cancelled") : "");
        }, e -> {
            entry.busy.set(false);
            fail(flag, e);
        });
    }

    /** The user's answer to a match question: a candidate's ref or {@link MatchAnswers#NEW}. */
    public void answer(MatchQuestion question, String candidateRefOrNew) {
        answers.put(question.key(), candidateRefOrNew);
    }

    /** The answer given so far; a different person (new) until the user says otherwise. */
    public String answerTo(MatchQuestion question) {
        return answers.getOrDefault(question.key(), MatchAnswers.NEW);
    }

    public MatchAnswers answersNow() {
        MatchAnswers a = MatchAnswers.none();
        for (Map.Entry<String, String> e : answers.entrySet()) {
            a = a.with(e.getKey(), e.getValue());
        }
        return a;
    }

    /** The files an import would take: the previewed ones without a file-level error. */
    public List<Entry> importable() {
        return entries.stream().filter(e -> e.preview() != null && e.preview().importable()).toList();
    }

    private void updateCanImport() {
        canImport.set(!importable().isEmpty());
    }

    /** Imports the importable files, each as its own batch; then shows the results. */
    public void importFiles() {
        List<Entry> chosen = importable();
        if (chosen.isEmpty() || running.get()) {
            return;
        }
        List<FileRequest> requests = new ArrayList<>();
        for (Entry e : chosen) {
            String key = e.districtKey.get();
            Object detected = e.preview().report().get("district_id");
            requests.add(new FileRequest(e.file, key != null ? key : detected == null ? null : detected.toString()));
        }
        MatchAnswers given = answersNow();
        CancelFlag flag = start(i18n.get("legacy.wizard.importing"));
        background.run(() -> imports.commit(requests, given, control(flag, requests.size())), done -> {
            results.setAll(done);
            step.set(Step.RESULT);
            finish(flag.getAsBoolean() ? i18n.get("legacy.wizard.importCancelled") : "");
        }, e -> fail(flag, e));
    }

    /** Asks the running work to stop; it stops at the next row and leaves nothing half-written. */
    public void cancel() {
        if (cancel != null) {
            cancel.raise();
            message.set(i18n.get("legacy.wizard.cancelling"));
        }
    }

    public void back() {
        if (!running.get()) {
            step.set(Step.FILES);
        }
    }

    private CancelFlag start(String text) {
        cancel = new CancelFlag();
        failure.set("");
        message.set(text);
        progress.set(-1);
        running.set(true);
        return cancel;
    }

    /** The work has ended: what to say about it, then not running (last, for those who wait on it). */
    private void finish(String finalMessage) {
        cancel = null;
        progress.set(0);
        message.set(finalMessage);
        running.set(false);
    }

    private void fail(CancelFlag flag, Throwable e) {
        if (!flag.getAsBoolean()) {
            failure.set(errors.describe(e));
        }
        finish(flag.getAsBoolean() ? i18n.get("legacy.wizard.cancelled") : "");
    }

    /**
     * Progress over several files: each file's read reports its own fraction from 0 to 1, so a
     * fraction lower than the one before means the next file has begun.
     */
    private ReadControl control(CancelFlag flag, int fileCount) {
        double[] last = {0};
        int[] file = {0};
        return new ReadControl((ReadProgress p) -> {
            double f = p.fraction();
            if (f < 0) {
                return;
            }
            if (f + 0.05 < last[0] && file[0] < fileCount - 1) {
                file[0]++;
            }
            last[0] = f;
            double overall = (file[0] + f) / fileCount;
            onFx.execute(() -> {
                if (running.get()) {
                    progress.set(overall);
                }
            });
        }, flag);
    }

    // Properties

    public ObservableList<Path> files() {
        return files;
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    public ObjectProperty<Entry> selectedProperty() {
        return selected;
    }

    public ObservableList<LegacyImports.District> districts() {
        return districts;
    }

    public ObservableList<FileImportResult> results() {
        return results;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Whether any file of the review can be imported. */
    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** The last failure as a sentence for the user, or empty. */
    public ReadOnlyStringProperty failureProperty() {
        return failure;
    }
}
