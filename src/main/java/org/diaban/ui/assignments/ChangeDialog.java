package org.diaban.ui.assignments;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.ui.common.Dialogs;
import org.diaban.ui.common.form.ChoiceField;
import org.diaban.ui.common.form.FormDialog;
import org.diaban.ui.common.form.FormGrid;

/** Ends, transfers, replaces or cancels one assignment; a cancellation is confirmed once more. */
final class ChangeDialog {

    private final I18n i18n;
    private final Dialogs dialogs;
    private final ChangeFormModel model;
    private final FormDialog frame;
    private final TextField day = new TextField();

    ChangeDialog(I18n i18n, Dialogs dialogs, Window owner, ChangeFormModel model) {
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.model = model;
        String mode = model.mode().name().toLowerCase();
        var a = model.assignment();
        Label explain = new Label(i18n.format("assignments.change.explain." + mode, a.cadreName(), a.placeName(),
                Formats.date(a.range().from())));
        explain.setWrapText(true);
        explain.setMaxWidth(560);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        FormGrid grid = new FormGrid();
        day.setId("change-day");
        day.setPromptText(i18n.get("assignments.form.datePrompt"));
        day.setPrefColumnCount(9);
        day.setMaxWidth(Region.USE_PREF_SIZE);
        day.textProperty().bindBidirectional(model.day().textProperty());
        grid.field(i18n.get("assignments.change.day." + mode), true, day, model.day().messageProperty());
        if (model.needsTarget()) {
            ChoiceField target = new ChoiceField(model.target(), "change-target",
                    i18n.get("assignments.change.targetPrompt." + mode));
            grid.field(i18n.get("assignments.change.target." + mode), true, target.view(),
                    model.targetProblemProperty());
        }
        TextField reason = new TextField();
        reason.setId("change-reason");
        reason.setPromptText(i18n.get("assignments.change.reasonPrompt"));
        reason.textProperty().bindBidirectional(model.reason().textProperty());
        grid.field(i18n.get("assignments.change.reason"), false, reason, null);
        frame = new FormDialog(i18n, owner, "change-assignment", i18n.format("assignments.change.title." + mode,
                a.cadreName()), i18n.get("assignments.change.ok." + mode), new VBox(10, explain, grid.view()),
                model.validProperty(), model.busyProperty(), model.errorProperty(), this::confirmAndSave);
    }

    private void confirmAndSave(Runnable done) {
        if (model.mode() != ChangeFormModel.Mode.CANCEL || dialogs.confirm(frame.window(),
                i18n.get("assignments.cancel.confirmTitle"), i18n.format("assignments.cancel.confirm",
                        model.assignment().cadreName(), model.assignment().placeName()))) {
            model.save(done);
        }
    }

    void show() {
        frame.show(day);
    }
}
