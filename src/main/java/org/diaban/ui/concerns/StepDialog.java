package org.diaban.ui.concerns;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.diaban.domain.activity.ConcernStatus;
import org.diaban.i18n.I18n;
import org.diaban.ui.common.form.FormDialog;
import org.diaban.ui.common.form.FormGrid;

/** Asks for a concern's next status (only the allowed ones) or the body it goes to, the day and a note. */
final class StepDialog {

    private final FormDialog frame;
    private final Node first;

    StepDialog(I18n i18n, Window owner, StepViewModel model) {
        boolean status = model.kind() == StepViewModel.Kind.STATUS;
        String id = status ? "concern-status" : "concern-handover";
        FormGrid grid = new FormGrid();
        Label now = new Label(i18n.get("concerns.status." + model.concern().status().name())
                + (model.concern().responsibleBody() == null ? "" : " – " + model.concern().responsibleBody()));
        grid.field(i18n.get("concerns.step.current"), false, now, null);
        ComboBox<ConcernStatus> target = new ComboBox<>();
        TextField body = new TextField();
        if (status) {
            target.setId("concern-status-target");
            target.getItems().setAll(model.allowed());
            target.setConverter(new StringConverter<>() {
                @Override
                public String toString(ConcernStatus s) {
                    return s == null ? "" : i18n.get("concerns.status." + s.name());
                }

                @Override
                public ConcernStatus fromString(String text) {
                    return null;
                }
            });
            target.valueProperty().bindBidirectional(model.targetProperty());
            grid.field(i18n.get("concerns.step.target"), true, target, null);
        }
        body.setId(id + "-body");
        body.setPromptText(i18n.get(status ? "concerns.step.higherBodyPrompt" : "concerns.form.bodyPrompt"));
        body.textProperty().bindBidirectional(model.body().textProperty());
        Label bodyLabel = grid.field(i18n.get(status ? "concerns.step.higherBody" : "concerns.step.newBody"), !status,
                body, status ? null : model.body().messageProperty());
        // escalating may name the higher body; other moves keep the body they have
        body.visibleProperty().bind(model.asksForBodyProperty());
        body.managedProperty().bind(body.visibleProperty());
        bodyLabel.visibleProperty().bind(body.visibleProperty());
        bodyLabel.managedProperty().bind(body.visibleProperty());
        TextField day = ConcernDialog.dateField(id + "-day", i18n);
        day.textProperty().bindBidirectional(model.day().textProperty());
        grid.field(i18n.get("concerns.step.day"), true, day, model.day().messageProperty());
        TextArea note = new TextArea();
        note.setId(id + "-note");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setPromptText(i18n.get(status ? "concerns.step.notePrompt" : "concerns.step.handOverNotePrompt"));
        note.textProperty().bindBidirectional(model.noteProperty());
        grid.field(i18n.get("concerns.step.note"), false, note, null);
        Label about = new Label(model.concern().content());
        about.setWrapText(true);
        about.setMaxWidth(560);
        about.getStyleClass().add("form-heading");
        VBox form = new VBox(10, about, grid.view());
        frame = new FormDialog(i18n, owner, id,
                i18n.get(status ? "concerns.step.statusTitle" : "concerns.step.handOverTitle"),
                i18n.get(status ? "concerns.step.statusOk" : "concerns.step.handOverOk"), form,
                model.validProperty(), model.busyProperty(), model.errorProperty(), model::save);
        first = status ? target : body;
    }

    void show() {
        frame.show(first);
    }
}
