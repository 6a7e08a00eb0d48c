package org.diaban.ui.hierarchy;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.diaban.i18n.I18n;

/** Moving a unit under another parent from a day, picking the parent from a list filtered by typing. */
final class MoveUnitDialog {

    private MoveUnitDialog() {
    }

    static FormDialog create(Window owner, I18n i18n, MoveUnitModel model) {
        Label current = new Label();
        current.getStyleClass().add("form-heading");
        current.setWrapText(true);
        current.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        current.textProperty().bind(Bindings.createStringBinding(() -> model.currentParentProperty().get().isEmpty()
                ? model.unit().fullName()
                : i18n.format("hierarchy.move.current", model.unit().fullName(), model.currentParentProperty().get()),
                model.currentParentProperty()));

        GridPane top = new GridPane();
        top.setHgap(10);
        top.setVgap(6);
        Label dayLabel = new Label(i18n.get("hierarchy.move.date"));
        var day = UnitFormView.dateField(model.date(), "move-date");
        dayLabel.setLabelFor(day);
        Label dayError = new Label();
        dayError.getStyleClass().add("validation-error");
        dayError.setWrapText(true);
        dayError.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        dayError.textProperty().bind(model.dateErrorProperty());
        Label filterLabel = new Label(i18n.get("hierarchy.move.filter"));
        TextField filter = new TextField();
        filter.setId("move-filter");
        filter.setPromptText(i18n.get("hierarchy.move.filterPrompt"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filterLabel.setLabelFor(filter);
        top.addRow(0, dayLabel, day, dayError);
        top.addRow(1, filterLabel, filter);
        GridPane.setHgrow(filter, Priority.ALWAYS);
        GridPane.setColumnSpan(filter, 2);

        ListView<UnitChoice> list = new ListView<>();
        list.setId("move-candidates");
        Choices.bind(list, model.candidates(), model.chosenProperty());
        list.setPrefHeight(260);
        list.setPlaceholder(new Label(i18n.get("hierarchy.move.noneShown")));

        Label problem = EditUnitDialog.problemLabel(model.problemProperty());
        VBox body = new FormBox(620, 10, current, top, list, problem);
        return new FormDialog(owner, i18n, "move-unit-dialog", i18n.format("hierarchy.move.title",
                model.unit().fullName()), body, i18n.get("hierarchy.move.ok"), model.validProperty());
    }
}
