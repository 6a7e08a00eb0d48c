package org.diaban.ui.activities;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.diaban.ui.common.form.Choice;
import org.diaban.ui.common.form.ChoiceField;

/**
 * Several names picked from the keyboard: type to search, Enter adds the highlighted name as a
 * chip, Backspace in the empty field removes the last chip; each chip has its own remove button.
 */
final class ChipsField {

    private final ChipsModel model;
    private final FlowPane chips = new FlowPane(6, 4);
    private final ChoiceField chooser;
    private final VBox root;

    ChipsField(ChipsModel model, String id, String prompt, String removeText) {
        this.model = model;
        chooser = new ChoiceField(model.chooser(), id, prompt);
        chooser.setTakesFirstMatch(true);
        TextField field = chooser.view();
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.BACK_SPACE && field.getText().isEmpty()) {
                model.removeLast();
                e.consume();
            }
        });
        // after the change is through: emptying the field inside its own change would confuse its other listeners
        field.textProperty().addListener((obs, old, t) -> javafx.application.Platform.runLater(model::takePicked));
        chips.setId(id + "-chips");
        model.chosen().addListener((ListChangeListener<Choice>) c -> show(removeText));
        show(removeText);
        root = new VBox(4, chips, field);
        chips.managedProperty().bind(chips.visibleProperty());
    }

    private void show(String removeText) {
        chips.getChildren().clear();
        for (Choice c : model.chosen()) {
            Label name = new Label(c.label());
            Button remove = new Button("×");
            remove.setFocusTraversable(false);
            remove.getStyleClass().add("chip-remove");
            remove.setAccessibleText(removeText);
            remove.setOnAction(e -> model.remove(c));
            HBox chip = new HBox(4, name, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("chip");
            chips.getChildren().add(chip);
        }
        chips.setVisible(!model.chosen().isEmpty());
    }

    TextField field() {
        return chooser.view();
    }

    VBox view() {
        return root;
    }
}
