package org.diaban.ui.assignments;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.assignment.AssignmentRecord;
import org.diaban.ui.common.Columns;
import org.diaban.ui.common.form.Styles;

/**
 * Every assignment of a unit or a cadre, ended and cancelled ones greyed, with the actions on the
 * selected one: end, transfer, replace, cancel, restore.
 */
final class HistoryDialog {

    /** What the buttons do with the selected assignment. */
    interface Actions {
        void change(AssignmentRecord record, ChangeFormModel.Mode mode, Window parent);

        void restore(AssignmentRecord record, Window parent);
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TableView<AssignmentRecord> table = new TableView<>();
    private final LocalDate day;

    HistoryDialog(I18n i18n, Window owner, String title, LocalDate day, Actions actions) {
        this.day = day;
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(title);
        dialog.setResizable(true);
        table.setId("assignment-history");
        table.getColumns().setAll(List.of(
                Columns.text(i18n.get("assignments.history.cadre"), AssignmentRecord::cadreName, 170),
                Columns.text(i18n.get("assignments.history.place"), AssignmentRecord::placeName, 190),
                Columns.text(i18n.get("assignments.history.role"), r -> i18n.get("assignment.role." + r.role()), 90),
                Columns.text(i18n.get("assignments.history.from"), r -> Formats.date(r.range().from()), 85),
                Columns.text(i18n.get("assignments.history.to"), r -> Formats.date(r.range().to()), 85),
                Columns.text(i18n.get("assignments.history.decision"), AssignmentRecord::decisionSymbol, 100),
                Columns.text(i18n.get("assignments.history.status"), r -> status(i18n, r), 220)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("assignments.history.none")));
        table.setPrefSize(980, 360);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AssignmentRecord item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("inactive-row");
                if (!empty && item != null && !item.countsOn(HistoryDialog.this.day)) {
                    getStyleClass().add("inactive-row");
                }
            }
        });
        Button end = button(i18n, "end", () -> act(r -> actions.change(r, ChangeFormModel.Mode.END, window())));
        Button transfer = button(i18n, "transfer", () -> act(r -> actions.change(r, ChangeFormModel.Mode.TRANSFER, window())));
        Button replace = button(i18n, "replace", () -> act(r -> actions.change(r, ChangeFormModel.Mode.REPLACE, window())));
        Button cancel = button(i18n, "cancel", () -> act(r -> actions.change(r, ChangeFormModel.Mode.CANCEL, window())));
        Button restore = button(i18n, "restore", () -> act(r -> actions.restore(r, window())));
        var selected = table.getSelectionModel().selectedItemProperty();
        for (Button b : List.of(end, transfer, replace, cancel)) {
            b.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                    || selected.get().cancelled(), selected));
        }
        restore.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || !selected.get().cancelled(), selected));
        HBox buttons = new HBox(8, end, transfer, replace, cancel, restore);
        VBox content = new VBox(8, table, buttons);
        VBox.setVgrow(table, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("assignment-history-dialog");
        dialog.getDialogPane().getStylesheets().addAll(Styles.sheets());
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("assignments.history.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    private static String status(I18n i18n, AssignmentRecord r) {
        if (r.cancelled()) {
            String on = i18n.format("assignments.history.cancelled", Formats.date(r.cancelledOn()));
            return r.cancelReason() == null ? on : on + ": " + r.cancelReason();
        }
        if (r.range().to() != null) {
            String ended = i18n.get("assignments.history.ended");
            return r.endReason() == null ? ended : ended + ": " + r.endReason();
        }
        return r.replacesId() != null ? i18n.get("assignments.history.replacing") : "";
    }

    private Button button(I18n i18n, String key, Runnable action) {
        Button b = new Button(i18n.get("assignments.history.action." + key));
        b.setId("history-" + key);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void act(java.util.function.Consumer<AssignmentRecord> action) {
        AssignmentRecord r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            action.accept(r);
        }
    }

    /** Shows the rows, keeping the selection on the same assignment. */
    void show(List<AssignmentRecord> rows) {
        AssignmentRecord was = table.getSelectionModel().getSelectedItem();
        table.getItems().setAll(rows);
        if (was != null) {
            rows.stream().filter(r -> r.id().equals(was.id())).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        }
    }

    private Window window() {
        return dialog.getDialogPane().getScene().getWindow();
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    void open() {
        dialog.show();
        table.requestFocus();
    }
}
