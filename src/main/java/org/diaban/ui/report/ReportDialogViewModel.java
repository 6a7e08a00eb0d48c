package org.diaban.ui.report;

import java.util.List;
import java.util.function.Consumer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.reporting.DocumentDetails;
import org.diaban.reporting.FormatProfile;
import org.diaban.service.report.ReportRequest;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.ScopeChoice;
import org.diaban.ui.common.form.Background;

/**
 * The report dialog: a period and a unit are chosen, the report is computed for a preview, then
 * written as a workbook (and, if asked, the narrative draft beside it) in the chosen format. The
 * document's number, date and signer are proposed after computing and can be changed; a proposal
 * replaces only what the officer has not typed over.
 */
public final class ReportDialogViewModel {

    private final ReportMaking making;
    private final Background background;
    private final I18n i18n;
    private final ErrorMessages errors;
    private final PeriodChoiceModel period;
    private final ScopeListModel scopes;
    private final ReportJob job;
    private final ObservableList<FormatProfile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<FormatProfile> profile = new SimpleObjectProperty<>();
    private final StringProperty number = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty signerCapacity = new SimpleStringProperty("");
    private final StringProperty signerTitle = new SimpleStringProperty("");
    private final StringProperty signerName = new SimpleStringProperty("");
    private final BooleanProperty alsoNarrative = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Resolution77Report> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canPreview;
    private final BooleanBinding canExport;
    /** The last proposal, to tell the officer's own entries from proposed ones. */
    private DocumentDetails proposed;

    /**
     * @param initialScopeKey the unit to start with (the dashboard's), or null for the top
     */
    public ReportDialogViewModel(ReportMaking making, Background background, Executor onFx, I18n i18n,
                                 ReportPeriod initialPeriod, String initialScopeKey) {
        this.making = making;
        this.background = background;
        this.i18n = i18n;
        this.errors = new ErrorMessages(i18n);
        this.job = new ReportJob(background, onFx, i18n);
        this.period = new PeriodChoiceModel(initialPeriod);
        this.scopes = new ScopeListModel(making, background, initialScopeKey, e -> job.fail(errors.describe(e)));
        period.periodProperty().addListener((obs, old, p) -> {
            forgetReport();
            scopes.load(p);
        });
        period.problemKeyProperty().addListener((obs, old, key) -> job.fail(key.isEmpty() ? "" : i18n.get(key)));
        scopes.selectedProperty().addListener((obs, old, s) -> {
            if (!sameKey(old, s)) {
                forgetReport();
            }
        });
        profile.addListener((obs, old, p) -> propose());
        canPreview = Bindings.createBooleanBinding(() -> !job.busyProperty().get()
                        && period.periodProperty().get() != null && !scopes.loadingProperty().get(),
                job.busyProperty(), period.periodProperty(), scopes.loadingProperty());
        canExport = Bindings.createBooleanBinding(() -> !job.busyProperty().get() && report.get() != null
                && profile.get() != null, job.busyProperty(), report, profile);
    }

    /** Reads the units of the period and the format profiles; called once the dialog shows. */
    public void start() {
        scopes.load(period.periodProperty().get());
        record Profiles(List<FormatProfile> usable, List<String> problems) {
        }
        background.run(() -> new Profiles(making.profiles(), making.profileProblems()), read -> {
            profiles.setAll(read.usable());
            if (profile.get() == null && !read.usable().isEmpty()) {
                profile.set(read.usable().get(0));
            }
            if (!read.problems().isEmpty()) {
                // an edited profile that stopped working is said, not silently replaced by the built-in
                job.fail(i18n.format("reports.profiles.problem", String.join("; ", read.problems())));
            }
        }, e -> job.fail(errors.describe(e)));
    }

    /**
     * Opens the folder of the format profiles (with copies of the built-in ones to edit); the
     * profiles are read again the next time the dialog opens.
     */
    public void editProfiles(Consumer<Path> open) {
        background.run(making::profilesFolder, open, e -> job.fail(errors.describe(e)));
    }

    /** Computes the report for the preview ("Xem trước"). */
    public void preview() {
        if (!canPreview.get()) {
            return;
        }
        ReportRequest request = request();
        job.start("reports.progress.computing", control -> making.compute(request, control), r -> {
            report.set(r);
            propose();
        });
    }

    /** Writes the previewed report to {@code out}, and the narrative beside it if asked. */
    public void export(Path out) {
        Resolution77Report r = report.get();
        FormatProfile format = profile.get();
        if (!canExport.get() || out == null) {
            return;
        }
        DocumentDetails details = details();
        Path narrative = alsoNarrative.get() ? narrativeBeside(out) : null;
        written.set(null);
        job.start("reports.progress.writing", control -> {
            try {
                making.writeWorkbook(r, details, format, out, control);
                if (narrative != null) {
                    control.progress(0, 0, "reports.progress.narrative");
                    making.writeNarrative(r, details, format, narrative, control);
                }
                control.checkCancelled();
                return out;
            } catch (RuntimeException e) {
                // nothing half-written is left behind, nor a file the officer asked to stop
                deleteQuietly(out);
                deleteQuietly(narrative);
                throw e;
            }
        }, written::set);
    }

    public void cancel() {
        job.cancel();
    }

    /** "BaoCao_NQ77_huu-lung_2023-Q2.xlsx" ("toan-tinh" without a unit key). */
    public String suggestedFileName() {
        ReportPeriod p = period.periodProperty().get();
        ScopeChoice s = scopes.selectedProperty().get();
        String scope = s == null || s.key() == null ? "toan-tinh" : s.key();
        return "BaoCao_NQ77_" + scope.replaceAll("[^\\p{L}\\p{N}._-]+", "-") + "_"
                + (p == null ? "" : PeriodChoiceModel.code(p)) + ".xlsx";
    }

    /** The narrative draft written beside a workbook: same name, .docx. */
    public static Path narrativeBeside(Path workbook) {
        String name = workbook.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return workbook.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".docx");
    }

    /** What is written in the document's header and signature, as the dialog shows it now. */
    public DocumentDetails details() {
        DocumentDetails base = proposed;
        LocalDate day = date.get() != null ? date.get() : base == null ? null : base.date();
        return new DocumentDetails(number.get(), day, base == null ? null : base.place(), signerCapacity.get(),
                signerTitle.get(), signerName.get(), base == null ? null : base.recipients());
    }

    private ReportRequest request() {
        ScopeChoice s = scopes.selectedProperty().get();
        return new ReportRequest(period.periodProperty().get(), s == null ? null : s.key());
    }

    /** Proposes the document details for the report and format shown, over what was proposed before. */
    private void propose() {
        Resolution77Report r = report.get();
        FormatProfile format = profile.get();
        if (r == null || format == null) {
            return;
        }
        DocumentDetails before = proposed;
        DocumentDetails now;
        try {
            now = making.defaultDetails(r, format);
        } catch (RuntimeException e) {
            job.fail(errors.describe(e));
            return;
        }
        proposed = now;
        replaceIfUntouched(number, before, now, DocumentDetails::number);
        replaceIfUntouched(signerCapacity, before, now, DocumentDetails::signerCapacity);
        replaceIfUntouched(signerTitle, before, now, DocumentDetails::signerTitle);
        replaceIfUntouched(signerName, before, now, DocumentDetails::signerName);
        if (date.get() == null || before != null && Objects.equals(date.get(), before.date())) {
            date.set(now.date());
        }
    }

    private static void replaceIfUntouched(StringProperty field, DocumentDetails before, DocumentDetails now,
                                           Function<DocumentDetails, String> part) {
        String current = field.get() == null ? "" : field.get();
        String old = before == null ? "" : Objects.requireNonNullElse(part.apply(before), "");
        if (current.isBlank() || current.equals(old)) {
            field.set(Objects.requireNonNullElse(part.apply(now), ""));
        }
    }

    private void forgetReport() {
        job.cancel();
        report.set(null);
        written.set(null);
    }

    private static boolean sameKey(ScopeChoice a, ScopeChoice b) {
        return Objects.equals(a == null ? null : a.key(), b == null ? null : b.key());
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the failure that made us clean up is the one the officer needs to read
        }
    }

    public PeriodChoiceModel period() {
        return period;
    }

    public ScopeListModel scopes() {
        return scopes;
    }

    public ReportJob job() {
        return job;
    }

    public ObservableList<FormatProfile> profiles() {
        return profiles;
    }

    public ObjectProperty<FormatProfile> profileProperty() {
        return profile;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty signerCapacityProperty() {
        return signerCapacity;
    }

    public StringProperty signerTitleProperty() {
        return signerTitle;
    }

    public StringProperty signerNameProperty() {
        return signerName;
    }

    public BooleanProperty alsoNarrativeProperty() {
        return alsoNarrative;
    }

    /** The computed report shown in the preview; null before computing and after the choice changes. */
    public ReadOnlyObjectProperty<Resolution77Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The workbook last written, for "Mở tệp"; null until then. */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    public BooleanBinding canPreviewProperty() {
        return canPreview;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }
}
