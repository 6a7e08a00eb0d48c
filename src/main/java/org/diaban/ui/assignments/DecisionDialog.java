package org.diaban.ui.assignments;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.diaban.i18n.I18n;
import org.diaban.ui.common.form.ChoiceField;
import org.diaban.ui.common.form.FormDialog;
import org.diaban.ui.common.form.FormGrid;
import org.diaban.ui.common.form.FormField;

/** Records an assignment decision, its number proposed as the next of the committee in the term. */
final class DecisionDialog {

    private final FormDialog frame;
    private final TextField title = new TextField();

    DecisionDialog(I18n i18n, Window owner, DecisionFormModel model) {
        ChoiceField issuer = new ChoiceField(model.issuer(), "decision-issuer",
                i18n.get("assignments.decision.issuerPrompt"));
        TextField day = field("decision-date", model.issuedOn(), 9);
        day.setPromptText(i18n.get("assignments.form.datePrompt"));
        TextField number = field("decision-number", model.number(), 6);
        Label symbol = new Label();
        symbol.setId("decision-symbol");
        symbol.getStyleClass().add("decision-symbol");
        symbol.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.symbolProperty().get().isEmpty() ? "" : i18n.format("assignments.decision.symbol",
                        model.symbolProperty().get()), model.symbolProperty()));
        javafx.scene.layout.HBox numberRow = new javafx.scene.layout.HBox(10, number, symbol);
        numberRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        title.setId("decision-title");
        title.textProperty().bindBidirectional(model.title().textProperty());
        title.setPromptText(i18n.get("assignments.decision.titlePrompt"));
        TextField signer = new TextField();
        signer.setId("decision-signer");
        signer.textProperty().bindBidirectional(model.signer().textProperty());

        FormGrid grid = new FormGrid();
        grid.field(i18n.get("assignments.decision.issuer"), true, issuer.view(), model.issuerProblemProperty());
        grid.field(i18n.get("assignments.decision.date"), true, day, model.issuedOn().messageProperty());
        grid.field(i18n.get("assignments.decision.number"), true, numberRow, model.number().messageProperty());
        grid.field(i18n.get("assignments.decision.title"), false, title, null);
        grid.field(i18n.get("assignments.decision.signer"), false, signer, null);
        frame = new FormDialog(i18n, owner, "decision", i18n.get("assignments.decision.dialogTitle"),
                i18n.get("assignments.decision.ok"), new VBox(8, grid.view()), model.validProperty(),
                model.busyProperty(), model.errorProperty(), model::save);
    }

    private static TextField field(String id, FormField model, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.setMaxWidth(Region.USE_PREF_SIZE);
        f.textProperty().bindBidirectional(model.textProperty());
        return f;
    }

    void show() {
        frame.show(title);
    }
}
