package org.diaban.ui.common.form;

import java.util.function.Consumer;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.diaban.i18n.I18n;

/**
 * The frame every cadre form shares: OK (Enter) is enabled only while the form is valid, Cancel
 * is Escape. OK does not close at once: the save runs in the background and the dialog closes when
 * it worked, or shows why not and stays open.
 */
public final class FormDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType ok;

    /**
     * @param save called on OK with what to do once saved (close the dialog)
     */
    public FormDialog(I18n i18n, Window owner, String id, String title, String okText, Node form,
               BooleanExpression valid, ObservableBooleanValue busy, ObservableStringValue error,
               Consumer<Runnable> save) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        DialogPane pane = dialog.getDialogPane();
        pane.setId(id);
        pane.getButtonTypes().setAll(ok, cancel);
        pane.getStylesheets().addAll(Styles.sheets());

        Label problem = new Label();
        problem.setId(id + "-error");
        problem.textProperty().bind(error);
        problem.getStyleClass().add("form-error");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(busy::get, busy));
        Label hint = new Label(i18n.get("form.requiredHint"));
        hint.getStyleClass().add("form-hint");
        HBox footer = new HBox(8, spinner, hint);
        footer.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(8, form, problem, footer);
        pane.setContent(content);

        Button okButton = (Button) pane.lookupButton(ok);
        okButton.setId(id + "-ok");
        okButton.disableProperty().bind(valid.not().or(BooleanExpression.booleanExpression(busy)));
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save.accept(this::close);
        });
        Button cancelButton = (Button) pane.lookupButton(cancel);
        cancelButton.setId(id + "-cancel");
        cancelButton.disableProperty().bind(BooleanExpression.booleanExpression(busy));
    }

    public void show(Node focus) {
        dialog.setOnShown(e -> focus.requestFocus());
        dialog.show();
    }

    private void close() {
        dialog.setResult(ok);
        dialog.close();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** The dialog's own window while it shows, to own the questions it asks. */
    public Window window() {
        return dialog.getDialogPane().getScene().getWindow();
    }
}
