package org.diaban.ui.assignments;

import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.i18n.I18n;
import org.diaban.ui.common.form.Choice;
import org.diaban.ui.common.form.ChoiceField;
import org.diaban.ui.common.form.FormDialog;
import org.diaban.ui.common.form.FormGrid;

/** The short assign form: prefilled, so that Enter confirms it. */
final class AssignDialog {

    private final FormDialog frame;
    private final TextField start = new TextField();

    AssignDialog(I18n i18n, Window owner, AssignFormModel model) {
        Label places = new Label(model.places().stream().map(Choice::label).collect(Collectors.joining("; ")));
        places.setId("assign-places");
        places.setWrapText(true);
        places.setMaxWidth(560);
        places.getStyleClass().add("assign-places");

        ChoiceField cadre = new ChoiceField(model.cadre(), "assign-cadre", i18n.get("assignments.form.cadrePrompt"));
        ComboBox<AssignmentRole> role = new ComboBox<>();
        role.setId("assign-role");
        role.getItems().setAll(AssignmentRole.values());
        role.valueProperty().bindBidirectional(model.roleProperty());
        role.setButtonCell(roleCell(i18n));
        role.setCellFactory(l -> roleCell(i18n));
        start.setId("assign-start");
        start.setPromptText(i18n.get("assignments.form.datePrompt"));
        start.setPrefColumnCount(9);
        start.setMaxWidth(Region.USE_PREF_SIZE);
        start.textProperty().bindBidirectional(model.start().textProperty());
        ChoiceField decision = new ChoiceField(model.decision(), "assign-decision",
                i18n.get("assignments.form.decisionPrompt"));

        FormGrid grid = new FormGrid();
        grid.field(i18n.get("assignments.form.places"), true, places, null);
        grid.field(i18n.get("assignments.form.cadre"), true, cadre.view(), model.cadreProblemProperty());
        grid.field(i18n.get("assignments.form.role"), true, role, null);
        grid.field(i18n.get("assignments.form.start"), true, start, model.start().messageProperty());
        grid.field(i18n.get("assignments.form.decision"), false, decision.view(), model.decisionProblemProperty());
        frame = new FormDialog(i18n, owner, "assign", i18n.get("assignments.assign.title"),
                i18n.get("assignments.assign.ok"), new VBox(8, grid.view()), model.validProperty(),
                model.busyProperty(), model.errorProperty(), model::save);
    }

    static ListCell<AssignmentRole> roleCell(I18n i18n) {
        return new ListCell<>() {
            @Override
            protected void updateItem(AssignmentRole item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.get("assignment.role." + item));
            }
        };
    }

    /** Shows the form with the focus on the start day: Enter there confirms. */
    void show() {
        frame.show(start);
    }
}
