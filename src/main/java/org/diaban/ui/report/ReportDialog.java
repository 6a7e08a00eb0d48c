package org.diaban.ui.report;

import java.nio.file.Path;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.diaban.domain.report.ReportPeriod.Kind;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.reporting.FormatProfile;
import org.diaban.ui.common.ShownAs;
import org.diaban.ui.common.form.Styles;

/**
 * The Resolution 77 report dialog: period, unit and format at the top with the document's number,
 * date and signer; the preview of the tables in the middle; preview, export and open at the
 * bottom, with the progress of a long job and its Cancel. Enter previews, Escape closes.
 */
public final class ReportDialog {

    private static final int FIRST_YEAR = 2019;

    private final I18n i18n;
    private final ReportDialogViewModel model;
    private final ReportSession session;
    private final Stage stage = new Stage();
    private final ReportPreview preview;
    private boolean started;

    /**
     * @param session the last folder used and how to choose a file and open one
     * @param lastYear the last year offered in the year list (the app clock's)
     */
    public ReportDialog(Window owner, I18n i18n, ReportDialogViewModel model, ReportSession session, int lastYear) {
        this.i18n = i18n;
        this.model = model;
        this.session = session;
        this.preview = new ReportPreview(i18n);
        stage.initOwner(owner);
        stage.setTitle(i18n.get("reports.dialog.title"));

        BorderPane root = new BorderPane();
        root.setId("report-dialog");
        root.setPadding(new Insets(10));
        root.setTop(form(lastYear));
        Node previewView = preview.view();
        BorderPane.setMargin(previewView, new Insets(8, 0, 8, 0));
        root.setCenter(previewView);
        root.setBottom(bottom());
        model.reportProperty().addListener((obs, old, r) -> preview.show(r));
        preview.show(model.reportProperty().get());

        Scene scene = new Scene(root, 1120, 720);
        scene.getStylesheets().addAll(Styles.sheets());
        scene.getStylesheets().add(ReportDialog.class.getResource("/org/diaban/ui/report/reports.css")
                .toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                close();
            }
        });
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setOnHidden(e -> model.cancel());
    }

    /** Shows the dialog, or brings it to the front; its units and formats are read the first time. */
    public void show() {
        stage.show();
        stage.toFront();
        if (!started) {
            started = true;
            model.start();
        }
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void close() {
        model.cancel();
        stage.hide();
    }

    public ReportDialogViewModel model() {
        return model;
    }

    private Node form(int lastYear) {
        PeriodChoiceModel period = model.period();
        ComboBox<Kind> kind = ReportControls.kinds(i18n, "report-kind");
        kind.valueProperty().bindBidirectional(period.kindProperty());
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("report-year");
        year.getItems().setAll(IntStream.rangeClosed(FIRST_YEAR, lastYear).boxed().sorted((a, b) -> b - a).toList());
        year.valueProperty().bindBidirectional(period.yearProperty());
        ComboBox<Integer> month = new ComboBox<>();
        month.setId("report-month");
        month.getItems().setAll(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setConverter(ShownAs.text(m -> m == null ? "" : i18n.format("reports.period.month", m)));
        month.valueProperty().bindBidirectional(period.monthProperty());
        ComboBox<Integer> quarter = new ComboBox<>();
        quarter.setId("report-quarter");
        quarter.getItems().setAll(1, 2, 3, 4);
        quarter.setConverter(ShownAs.text(q -> q == null ? "" : i18n.get("reports.period.quarter." + q)));
        quarter.valueProperty().bindBidirectional(period.quarterProperty());
        DatePicker from = ReportControls.dayPicker("report-from");
        from.valueProperty().bindBidirectional(period.fromProperty());
        DatePicker to = ReportControls.dayPicker("report-to");
        to.valueProperty().bindBidirectional(period.toProperty());
        Label dash = new Label("–");
        // only the parts the kind needs are shown
        showWhen(year, kind, k -> k != Kind.CUSTOM);
        showWhen(month, kind, k -> k == Kind.MONTH);
        showWhen(quarter, kind, k -> k == Kind.QUARTER);
        showWhen(from, kind, k -> k == Kind.CUSTOM);
        showWhen(dash, kind, k -> k == Kind.CUSTOM);
        showWhen(to, kind, k -> k == Kind.CUSTOM);
        HBox periodRow = new HBox(6, kind, year, month, quarter, from, dash, to);
        periodRow.setAlignment(Pos.CENTER_LEFT);

        ComboBox<org.diaban.service.report.ScopeChoice> scope = ReportControls.scopes(model.scopes(), "report-scope");
        ComboBox<FormatProfile> profile = new ComboBox<>(model.profiles());
        profile.setId("report-profile");
        profile.setConverter(ShownAs.text(p -> p == null ? "" : p.name() == null ? p.id() : p.name()));
        profile.valueProperty().bindBidirectional(model.profileProperty());
        profile.setMaxWidth(Double.MAX_VALUE);

        TextField number = field("report-number", model.numberProperty());
        number.setPrefColumnCount(6);
        DatePicker date = ReportControls.dayPicker("report-date");
        date.valueProperty().bindBidirectional(model.dateProperty());
        TextField capacity = field("report-signer-capacity", model.signerCapacityProperty());
        TextField title = field("report-signer-title", model.signerTitleProperty());
        TextField signer = field("report-signer-name", model.signerNameProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        ColumnConstraints label2 = new ColumnConstraints();
        label2.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints second = new ColumnConstraints();
        second.setHgrow(Priority.SOMETIMES);
        second.setPrefWidth(300);
        grid.getColumnConstraints().setAll(label, wide, label2, second);
        Button editProfiles = new Button(i18n.get("reports.action.editProfiles"));
        editProfiles.setId("report-edit-profiles");
        editProfiles.setTooltip(new Tooltip(i18n.get("reports.action.editProfiles.tip")));
        editProfiles.setMinWidth(Region.USE_PREF_SIZE);
        editProfiles.setOnAction(e -> model.editProfiles(session::open));
        grid.addRow(0, label("reports.field.period", kind), periodRow, label("reports.field.profile", profile),
                profile);
        HBox numberAndDate = new HBox(8, number, label("reports.field.date", date), date);
        numberAndDate.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(1, label("reports.field.scope", scope), scope, label("reports.field.number", number),
                numberAndDate);
        grid.addRow(2, label("reports.field.capacity", capacity), capacity, label("reports.field.title", title),
                title);
        // below the format's other fields, where there is room for its whole label
        grid.addRow(3, label("reports.field.signer", signer), signer, new Region(), editProfiles);
        return grid;
    }

    private Node bottom() {
        ReportJob job = model.job();
        Button previewButton = new Button(i18n.get("reports.action.preview"));
        previewButton.setId("report-preview-button");
        previewButton.setDefaultButton(true);
        previewButton.disableProperty().bind(model.canPreviewProperty().not());
        previewButton.setOnAction(e -> model.preview());
        Button export = new Button(i18n.get("reports.action.export"));
        export.setId("report-export");
        export.disableProperty().bind(model.canExportProperty().not());
        export.setOnAction(e -> export());
        CheckBox narrative = new CheckBox(i18n.get("reports.action.alsoNarrative"));
        narrative.setId("report-also-narrative");
        narrative.selectedProperty().bindBidirectional(model.alsoNarrativeProperty());
        Button open = new Button(i18n.get("reports.action.open"));
        open.setId("report-open");
        open.disableProperty().bind(model.writtenProperty().isNull().or(job.busyProperty()));
        open.setOnAction(e -> {
            try {
                session.open(model.writtenProperty().get());
            } catch (RuntimeException failure) {
                job.fail(new ErrorMessages(i18n).describe(failure));
            }
        });
        Button cancel = new Button(i18n.get("reports.action.cancel"));
        cancel.setId("report-cancel");
        cancel.visibleProperty().bind(job.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        Button close = new Button(i18n.get("reports.action.close"));
        close.setId("report-close");
        close.setOnAction(e -> close());
        for (Button b : new Button[] {previewButton, export, open, cancel, close}) {
            b.setMnemonicParsing(true);
        }
        narrative.setMnemonicParsing(true);

        ProgressBar bar = new ProgressBar();
        bar.setId("report-progress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(job.progressProperty());
        bar.visibleProperty().bind(job.busyProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label step = new Label();
        step.setId("report-step");
        step.textProperty().bind(job.messageProperty());
        Label written = new Label();
        written.setId("report-written");
        written.textProperty().bind(Bindings.createStringBinding(() -> model.writtenProperty().get() == null ? ""
                : i18n.format("reports.export.done", model.writtenProperty().get().getFileName().toString()),
                model.writtenProperty()));
        written.visibleProperty().bind(job.busyProperty().not());
        written.managedProperty().bind(written.visibleProperty());
        Label error = new Label();
        error.setId("report-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(job.errorProperty());
        error.visibleProperty().bind(job.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, previewButton, export, narrative, open, bar, step, cancel, written, spacer, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, error, buttons);
    }

    /** Asks where to save (the name proposed, in the last folder used), then writes in the background. */
    private void export() {
        Path chosen = session.chooseWorkbook(stage, model.suggestedFileName());
        if (chosen != null) {
            model.export(chosen);
        }
    }

    private Label label(String key, Node target) {
        Label l = new Label(i18n.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static <T> void showWhen(Node node, ComboBox<T> chooser, java.util.function.Predicate<T> when) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(() -> when.test(chooser.getValue()),
                chooser.valueProperty()));
        node.managedProperty().bind(node.visibleProperty());
    }
}
