package org.diaban.ui.cadres;

import org.diaban.ui.common.form.FormDialog;
import org.diaban.ui.common.form.FormGrid;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.ui.common.Dialogs;

/**
 * Asks from which day a cadre stops working and why, then asks once more before doing it:
 * the cadre's open positions end the day before.
 */
final class RetireDialog {

    private final I18n i18n;
    private final Dialogs dialogs;
    private final RetireViewModel model;
    private final FormDialog frame;
    private final TextField day = new TextField();

    RetireDialog(I18n i18n, Dialogs dialogs, Window owner, RetireViewModel model) {
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.model = model;
        FormGrid grid = new FormGrid();
        day.setId("retire-date");
        day.setPromptText(i18n.get("cadres.form.datePrompt"));
        day.setPrefColumnCount(9);
        day.setMaxWidth(Region.USE_PREF_SIZE);
        day.textProperty().bindBidirectional(model.day().textProperty());
        TextField reason = new TextField();
        reason.setId("retire-reason");
        reason.setPromptText(i18n.get("cadres.retire.reasonPrompt"));
        reason.textProperty().bindBidirectional(model.reason().textProperty());
        grid.field(i18n.get("cadres.retire.date"), true, day, model.day().messageProperty());
        grid.field(i18n.get("cadres.retire.reason"), false, reason, model.reason().messageProperty());
        Label explain = new Label(i18n.format("cadres.retire.explain", model.cadreName()));
        explain.setWrapText(true);
        explain.setMaxWidth(600);
        VBox form = new VBox(10, explain, grid.view());
        frame = new FormDialog(i18n, owner, "retire", i18n.format("cadres.retire.title", model.cadreName()),
                i18n.get("cadres.retire.ok"), form, model.validProperty(), model.busyProperty(),
                model.errorProperty(), this::confirmAndSave);
    }

    private void confirmAndSave(Runnable done) {
        String when = Formats.date(model.chosenDay());
        if (dialogs.confirm(frame.window(), i18n.get("cadres.retire.confirmTitle"),
                i18n.format("cadres.retire.confirm", model.cadreName(), when))) {
            model.save(done);
        }
    }

    void show() {
        frame.show(day);
    }
}
