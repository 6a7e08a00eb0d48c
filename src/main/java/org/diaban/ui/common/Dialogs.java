package org.diaban.ui.common;

import javafx.scene.control.Alert;
import org.diaban.i18n.I18n;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Message boxes with texts from the bundles and buttons in the user's language. */
public final class Dialogs {

    private final I18n i18n;

    public Dialogs(I18n i18n) {
        this.i18n = i18n;
    }

    public void error(Window owner, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ok());
        alert.setTitle(i18n.get("dialog.error.title"));
        alert.setHeaderText(null);
        alert.initOwner(owner);
        alert.showAndWait();
    }

    public void info(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ok());
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.initOwner(owner);
        alert.showAndWait();
    }

    /** Asks a yes/no question; the safe answer (No) is the default button. */
    public boolean confirm(Window owner, String title, String message) {
        ButtonType yes = new ButtonType(i18n.get("dialog.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(i18n.get("dialog.no"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.initOwner(owner);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    /** Offers something harmless: the offer is the default button, "later" the other. */
    public boolean offer(Window owner, String title, String message, String acceptText, String laterText) {
        ButtonType accept = new ButtonType(acceptText, ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(laterText, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, accept, later);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.initOwner(owner);
        return alert.showAndWait().filter(b -> b == accept).isPresent();
    }

    public ButtonType ok() {
        return new ButtonType(i18n.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    public ButtonType cancel() {
        return new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
