package org.diaban.ui.importing;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.diaban.domain.audit.ImportBatchStatus;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.importing.legacy.commit.ImportBatchView;
import org.diaban.ui.common.Columns;
import org.diaban.ui.common.Dialogs;
import org.diaban.ui.common.form.Styles;

/** The import history: every batch with its counts and state, and undo for a committed one. */
public final class ImportHistoryWindow {

    private final Stage stage = new Stage();
    private final I18n i18n;
    private final ImportHistoryViewModel model;
    private final Runnable onUndone;

    public ImportHistoryWindow(Window owner, I18n i18n, ImportHistoryViewModel model, Runnable onUndone) {
        this.i18n = i18n;
        this.model = model;
        this.onUndone = onUndone;
        ImportTexts texts = new ImportTexts(i18n);
        TableView<ImportBatchView> table = new TableView<>(model.batches());
        table.setId("import-history");
        table.setPlaceholder(new Label(i18n.get("legacy.history.empty")));
        table.getColumns().addAll(List.of(
                Columns.text(i18n.get("legacy.history.file"), ImportBatchView::sourceName, 240),
                Columns.text(i18n.get("legacy.history.kind"), b -> texts.kind(b.kind()), 235),
                Columns.text(i18n.get("legacy.history.when"), b -> texts.when(b.startedAt()), 125),
                Columns.text(i18n.get("legacy.history.records"), b -> Formats.number(b.recordCount()), 70),
                Columns.text(i18n.get("legacy.history.rejected"), b -> Formats.number(b.rejectedCount()), 70),
                Columns.text(i18n.get("legacy.history.warnings"), b -> Formats.number(b.warningCount()), 75),
                Columns.text(i18n.get("legacy.history.status"), b -> b.undoneAt() == null ? texts.status(b.status())
                        : i18n.format("legacy.history.undoneAt", texts.status(b.status()), texts.when(b.undoneAt())),
                        240)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // undone and failed imports in grey, like retired units
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ImportBatchView item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("inactive-row");
                if (!empty && item != null && item.status() != ImportBatchStatus.COMMITTED) {
                    getStyleClass().add("inactive-row");
                }
            }
        });
        Button undo = new Button(i18n.get("legacy.history.undo"));
        undo.setId("import-history-undo");
        undo.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> model.busyProperty().get()
                        || table.getSelectionModel().getSelectedItem() == null
                        || !table.getSelectionModel().getSelectedItem().canUndo(),
                model.busyProperty(), table.getSelectionModel().selectedItemProperty()));
        undo.setOnAction(e -> undo(table.getSelectionModel().getSelectedItem()));
        Button refresh = new Button(i18n.get("legacy.history.refresh"));
        refresh.setOnAction(e -> model.reload());
        Button close = new Button(i18n.get("legacy.wizard.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        Label failure = new Label();
        failure.setId("import-history-failure");
        failure.getStyleClass().add("form-failure");
        failure.setWrapText(true);
        failure.textProperty().bind(model.failureProperty());
        HBox.setHgrow(failure, Priority.ALWAYS);
        failure.setMaxWidth(Double.MAX_VALUE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        HBox buttons = new HBox(8, undo, refresh, failure, spacer, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(10, table, buttons);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        root.setId("import-history-window");
        root.getStylesheets().addAll(Styles.sheets());
        stage.setScene(new Scene(root, 1100, 520));
        stage.setTitle(i18n.get("legacy.history.title"));
        if (owner != null) {
            stage.initOwner(owner);
        }
    }

    public void show() {
        model.reload();
        stage.show();
        stage.toFront();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    private void undo(ImportBatchView batch) {
        if (batch == null) {
            return;
        }
        Dialogs dialogs = new Dialogs(i18n);
        if (dialogs.confirm(stage, i18n.get("legacy.history.undo"), i18n.format("legacy.history.confirmUndo",
                batch.sourceName(), Formats.number(batch.recordCount())))) {
            model.undo(batch, summary -> onUndone.run());
        }
    }
}
