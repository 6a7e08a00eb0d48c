package org.diaban.ui.hierarchy;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.diaban.i18n.I18n;

/** Delete: dissolving a unit after a last day. The dialog is the confirmation; Cancel is the safe way out. */
final class RetireUnitDialog {

    private RetireUnitDialog() {
    }

    static FormDialog create(Window owner, I18n i18n, RetireUnitModel model) {
        Label question = new Label(i18n.format("hierarchy.retire.question", model.unit().fullName()));
        question.getStyleClass().add("form-heading");
        question.setWrapText(true);
        question.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label dayLabel = new Label(i18n.get("hierarchy.retire.lastDay"));
        var day = UnitFormView.dateField(model.lastDayInput(), "retire-last-day");
        dayLabel.setLabelFor(day);
        Label dayError = new Label();
        dayError.getStyleClass().add("validation-error");
        dayError.setWrapText(true);
        dayError.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        dayError.textProperty().bind(model.dateErrorProperty());
        HBox dayRow = new HBox(8, dayLabel, day, dayError);
        dayRow.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("retire-summary");
        summary.getStyleClass().add("form-preview");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());
        Label problem = EditUnitDialog.problemLabel(model.problemProperty());
        problem.setId("retire-problem");
        VBox body = new FormBox(600, 12, question, dayRow, summary, problem);
        FormDialog dialog = new FormDialog(owner, i18n, "retire-unit-dialog", i18n.get("hierarchy.retire.title"), body,
                i18n.get("hierarchy.retire.ok"), model.validProperty());
        dialog.preferCancel();
        return dialog;
    }
}
