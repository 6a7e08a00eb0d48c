package org.diaban.ui.hierarchy;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.diaban.i18n.I18n;

/**
 * A dialog around a form: OK stays disabled while the form is invalid; pressing it runs the save
 * in the background with the dialog still open, which closes on success and shows the reason on
 * failure, so nothing typed is lost.
 */
final class FormDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType okType;
    private final Button ok;
    private final Label failure = new Label();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    FormDialog(Window owner, I18n i18n, String id, String title, Node body, String okText,
               ObservableBooleanValue valid) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(title);
        dialog.setResizable(true);
        okType = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        DialogPane pane = dialog.getDialogPane();
        pane.setId(id);
        pane.getStyleClass().add("form-dialog");
        pane.getStylesheets().add(FormDialog.class.getResource("/org/diaban/ui/diaban.css").toExternalForm());
        pane.getButtonTypes().setAll(okType, cancelType);
        failure.getStyleClass().add("form-failure");
        failure.setId(id + "-failure");
        failure.setWrapText(true);
        failure.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        failure.managedProperty().bind(failure.visibleProperty());
        failure.setVisible(false);
        double width = body instanceof javafx.scene.layout.Region r && r.getPrefWidth() > 0 ? r.getPrefWidth() : 600;
        pane.setContent(new FormBox(width, 10, body, failure));
        ok = (Button) pane.lookupButton(okType);
        ok.setId(id + "-ok");
        ok.disableProperty().bind(Bindings.not(valid).or(busy));
        Button cancel = (Button) pane.lookupButton(cancelType);
        cancel.setId(id + "-cancel");
        cancel.disableProperty().bind(busy);
        // messages that appear later (after a background check) make the form taller: grow the window with it
        pane.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                fitWindow();
            }
        });
    }

    private void fitWindow() {
        DialogPane pane = dialog.getDialogPane();
        Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        if (pane.prefHeight(pane.getWidth()) > pane.getHeight() + 1) {
            javafx.application.Platform.runLater(window::sizeToScene);
        }
    }

    /** What OK does; it must end with {@link #succeeded()} or {@link #failed(String)}. */
    void onSubmit(Runnable submit) {
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (busy.get()) {
                return;
            }
            failure.setVisible(false);
            busy.set(true);
            submit.run();
        });
    }

    void failed(String message) {
        busy.set(false);
        failure.setText(message);
        failure.setVisible(true);
    }

    void succeeded() {
        busy.set(false);
        dialog.setResult(okType);
        dialog.close();
    }

    /** For destructive actions: Enter cancels, OK needs a click. */
    void preferCancel() {
        ok.setDefaultButton(false);
        ((Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(1)))
                .setDefaultButton(true);
    }

    void show() {
        dialog.show();
    }

    DialogPane pane() {
        return dialog.getDialogPane();
    }

    boolean isShowing() {
        return dialog.isShowing();
    }
}
