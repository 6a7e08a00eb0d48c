package org.diaban.ui.importing;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.importing.legacy.commit.FileImportResult;
import org.diaban.importing.legacy.records.DryRunReport;
import org.diaban.ui.common.Columns;
import org.diaban.ui.common.Dialogs;
import org.diaban.ui.common.form.Styles;

/**
 * The import wizard for old spreadsheets, in its own window beside the main one: pick files, review
 * what each would import (and confirm districts and people), then import and see the results.
 */
public final class ImportWizard {

    private final Stage stage = new Stage();
    private final I18n i18n;
    private final ImportTexts texts;
    private final ImportWizardViewModel model;
    private final Runnable openHistory;

    public ImportWizard(Window owner, I18n i18n, ImportWizardViewModel model, Runnable openHistory) {
        this.i18n = i18n;
        this.texts = new ImportTexts(i18n);
        this.model = model;
        this.openHistory = openHistory;

        StackPane pages = new StackPane(filesPage(), reviewPage(), resultPage());
        for (int i = 0; i < 3; i++) {
            Node page = pages.getChildren().get(i);
            ImportWizardViewModel.Step step = ImportWizardViewModel.Step.values()[i];
            page.visibleProperty().bind(model.stepProperty().isEqualTo(step));
        }
        BorderPane root = new BorderPane(pages);
        root.setTop(stepsBar());
        root.setBottom(buttonBar());
        root.setId("import-wizard");
        root.getProperties().put(ImportWizardViewModel.class, model);
        root.getStylesheets().addAll(Styles.sheets());
        root.getStylesheets().add(ImportWizard.class.getResource("importing.css").toExternalForm());
        Scene scene = new Scene(root, 1240, 680);
        // Ctrl+O adds files, as Open does elsewhere
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(KeyCode.O,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), () -> {
                    if (model.stepProperty().get() == ImportWizardViewModel.Step.FILES && !model.runningProperty().get()) {
                        chooseFiles();
                    }
                });
        stage.setScene(scene);
        stage.setTitle(i18n.get("legacy.wizard.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setOnCloseRequest(e -> {
            // closing stops what runs; the window goes when the work has stopped
            if (model.runningProperty().get()) {
                e.consume();
                model.cancel();
            }
        });
        model.loadDistricts();
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    private Node stepsBar() {
        HBox bar = new HBox(18);
        bar.getStyleClass().add("import-steps");
        bar.setPadding(new Insets(10, 14, 10, 14));
        String[] keys = {"legacy.wizard.step.files", "legacy.wizard.step.review", "legacy.wizard.step.result"};
        for (int i = 0; i < keys.length; i++) {
            Label l = new Label((i + 1) + ". " + i18n.get(keys[i]));
            ImportWizardViewModel.Step step = ImportWizardViewModel.Step.values()[i];
            l.getStyleClass().add("import-step");
            model.stepProperty().addListener((obs, was, now) -> mark(l, now == step));
            mark(l, model.stepProperty().get() == step);
            bar.getChildren().add(l);
        }
        return bar;
    }

    private static void mark(Label l, boolean current) {
        l.getStyleClass().remove("import-step-current");
        if (current) {
            l.getStyleClass().add("import-step-current");
        }
    }

    // Step 1: files

    /** Files and folders dragged from the file manager onto the list are added like picked ones. */
    private void acceptDroppedFiles(ListView<Path> list) {
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !model.runningProperty().get()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            boolean added = e.getDragboard().hasFiles();
            for (java.io.File f : added ? e.getDragboard().getFiles() : List.<java.io.File>of()) {
                if (f.isDirectory()) {
                    model.addFolder(f.toPath());
                } else {
                    model.addFiles(List.of(f.toPath()));
                }
            }
            e.setDropCompleted(added);
            e.consume();
        });
    }

    private Node filesPage() {
        Label hint = new Label(i18n.get("legacy.files.hint"));
        hint.setWrapText(true);
        ListView<Path> list = new ListView<>(model.files());
        list.setId("import-files");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPlaceholder(new Label(i18n.get("legacy.files.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.getFileName() + "    —    "
                        + (item.getParent() == null ? "" : item.getParent().toString()));
            }
        });
        Button addFiles = new Button(i18n.get("legacy.files.add"));
        addFiles.setId("import-add-files");
        addFiles.setOnAction(e -> chooseFiles());
        Button addFolder = new Button(i18n.get("legacy.files.addFolder"));
        addFolder.setId("import-add-folder");
        addFolder.setOnAction(e -> chooseFolder());
        Button remove = new Button(i18n.get("legacy.files.remove"));
        remove.setId("import-remove-file");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(model.runningProperty()));
        addFiles.disableProperty().bind(model.runningProperty());
        addFolder.disableProperty().bind(model.runningProperty());
        acceptDroppedFiles(list);
        Runnable removeSelected = () -> List.copyOf(list.getSelectionModel().getSelectedItems()).forEach(model::remove);
        remove.setOnAction(e -> removeSelected.run());
        list.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && !model.runningProperty().get()) {
                removeSelected.run();
                e.consume();
            }
        });
        HBox buttons = new HBox(8, addFiles, addFolder, remove);
        VBox page = new VBox(10, hint, buttons, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        page.setPadding(new Insets(12, 14, 8, 14));
        return page;
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("legacy.files.add"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("legacy.files.excel"),
                "*.xls", "*.xlsx"));
        List<File> picked = chooser.showOpenMultipleDialog(stage);
        if (picked != null) {
            model.addFiles(picked.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("legacy.files.addFolder"));
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            model.addFolder(folder.toPath());
        }
    }

    // Step 2: review

    private Node reviewPage() {
        ListView<ImportWizardViewModel.Entry> list = new ListView<>(model.entries());
        list.setId("import-entries");
        list.setCellFactory(v -> new EntryCell());
        // a file read again (another district) shows its new outcome and counts
        model.entries().addListener((javafx.collections.ListChangeListener<ImportWizardViewModel.Entry>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(e -> e.previewProperty().addListener((obs, was, now) -> list.refresh()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> list.getSelectionModel().select(now));
        FilePreviewPane preview = new FilePreviewPane(i18n, model);
        model.selectedProperty().addListener((obs, was, now) -> preview.show(now));
        SplitPane split = new SplitPane(list, preview.view());
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(list, false);
        return split;
    }

    /** A file in the review list: its name, an outcome badge and its counts. */
    private final class EntryCell extends ListCell<ImportWizardViewModel.Entry> {
        @Override
        protected void updateItem(ImportWizardViewModel.Entry item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null || item.preview() == null) {
                setGraphic(null);
                return;
            }
            DryRunReport r = item.preview().report();
            Label name = new Label(item.fileName());
            name.getStyleClass().add("import-entry-name");
            Label badge = new Label(texts.outcome(r.outcome()));
            badge.getStyleClass().addAll("outcome-badge", "outcome-" + r.outcome());
            badge.setMinWidth(Region.USE_PREF_SIZE);
            Label counts = new Label(i18n.format("legacy.review.counts", Formats.number(recordCount(r)),
                    Formats.number(r.errors().size()), Formats.number(r.warnings().size())));
            counts.getStyleClass().add("import-entry-counts");
            Label kind = new Label(texts.shape(r.get("shape")));
            kind.getStyleClass().add("import-entry-counts");
            HBox status = new HBox(6, badge, counts);
            status.setAlignment(Pos.CENTER_LEFT);
            VBox box = new VBox(3, name, kind, status);
            // as wide as the cell: long names end in "..." instead of scrolling the list sideways
            box.setMinWidth(0);
            box.setPrefWidth(1);
            setGraphic(box);
        }
    }

    static long recordCount(DryRunReport r) {
        Object rows = r.summary() == null ? null : r.summary().get("data_rows");
        return rows instanceof Number n ? n.longValue() : r.records().size();
    }

    // Step 3: results

    private Node resultPage() {
        TableView<FileImportResult> table = new TableView<>(model.results());
        table.setId("import-results");
        table.getColumns().addAll(List.of(
                Columns.text(i18n.get("legacy.result.file"), r -> r.file().getFileName().toString(), 230),
                Columns.text(i18n.get("legacy.result.status"), r -> i18n.get(r.committed()
                        ? "legacy.result.imported" : "legacy.result.notImported"), 100),
                FindingsTable.wrapping(Columns.text(i18n.get("legacy.result.stored"),
                        r -> texts.counts(r.stored()), 300)),
                Columns.text(i18n.get("legacy.result.rejected"), r -> r.report() == null ? ""
                        : Formats.number(r.report().errors().stream().filter(f -> f.row() != null).count()), 110),
                Columns.text(i18n.get("legacy.result.warnings"), r -> r.report() == null ? ""
                        : Formats.number(r.report().warnings().size()), 90),
                Columns.text(i18n.get("legacy.result.unconfirmed"), r -> r.committed()
                        ? Formats.number(r.questions().size()) : "", 205),
                FindingsTable.wrapping(Columns.text(i18n.get("legacy.result.refusal"), r -> r.refusal() == null ? ""
                        : texts.refusal(r.refusal(), r.detail()), 260))));
        // every heading stays whole; the reason takes what is left
        table.getColumns().forEach(c -> c.setMinWidth(c.getPrefWidth() * 0.9));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button history = new Button(i18n.get("legacy.result.history"));
        history.setId("import-open-history");
        history.setOnAction(e -> openHistory.run());
        Label title = new Label(i18n.get("legacy.result.title"));
        title.getStyleClass().add("section-title");
        VBox page = new VBox(8, title, table, history);
        VBox.setVgrow(table, Priority.ALWAYS);
        page.setPadding(new Insets(12, 14, 8, 14));
        return page;
    }

    // Buttons and progress

    private Node buttonBar() {
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.setId("import-message");
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setPrefWidth(260);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        Label failure = new Label();
        failure.setId("import-failure");
        failure.getStyleClass().add("form-failure");
        failure.setWrapText(true);
        failure.textProperty().bind(model.failureProperty());
        Button cancel = new Button(i18n.get("dialog.cancel"));
        cancel.setId("import-cancel");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(model.runningProperty());
        cancel.setOnAction(e -> model.cancel());
        Button back = new Button(i18n.get("legacy.wizard.back"));
        back.setId("import-back");
        back.disableProperty().bind(model.runningProperty()
                .or(model.stepProperty().isEqualTo(ImportWizardViewModel.Step.FILES)));
        back.setOnAction(e -> model.back());
        Button next = new Button();
        next.setId("import-next");
        next.setDefaultButton(true);
        next.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(switch (model.stepProperty().get()) {
            case FILES -> "legacy.wizard.analyse";
            case REVIEW -> "legacy.wizard.import";
            case RESULT -> "legacy.wizard.close";
        }), model.stepProperty()));
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> model.runningProperty().get()
                || (model.stepProperty().get() == ImportWizardViewModel.Step.FILES && model.files().isEmpty())
                || (model.stepProperty().get() == ImportWizardViewModel.Step.REVIEW && !model.canImportProperty().get()),
                model.runningProperty(), model.stepProperty(), model.files(), model.canImportProperty()));
        next.setOnAction(e -> next());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox progress = new VBox(4, message, bar);
        HBox.setHgrow(failure, Priority.SOMETIMES);
        HBox buttons = new HBox(8, progress, failure, spacer, cancel, back, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(8, 14, 12, 14));
        buttons.getStyleClass().add("import-buttons");
        return buttons;
    }

    private void next() {
        switch (model.stepProperty().get()) {
            case FILES -> model.analyse();
            case REVIEW -> {
                int files = model.importable().size();
                if (new Dialogs(i18n).confirm(stage, i18n.get("legacy.wizard.import"),
                        i18n.format("legacy.wizard.confirmImport", files))) {
                    model.importFiles();
                }
            }
            case RESULT -> stage.hide();
        }
    }
}
