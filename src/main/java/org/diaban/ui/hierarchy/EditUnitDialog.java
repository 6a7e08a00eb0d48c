package org.diaban.ui.hierarchy;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.diaban.i18n.I18n;
import org.diaban.ui.hierarchy.EditUnitModel.Mode;

/**
 * F2: the two kinds of edit side by side, each with a sentence saying what it does to history,
 * so that an officer never rewrites the past when the unit was in fact renamed.
 */
final class EditUnitDialog {

    private EditUnitDialog() {
    }

    static FormDialog create(Window owner, I18n i18n, EditUnitModel model) {
        ToggleGroup modes = new ToggleGroup();
        Node correct = mode("edit-mode-correct", i18n.get("hierarchy.edit.correct"),
                i18n.format("hierarchy.edit.correctHint", model.shownPeriod()), modes, Mode.CORRECT);
        Node change = mode("edit-mode-change", i18n.get("hierarchy.edit.change"),
                i18n.get("hierarchy.edit.changeHint"), modes, Mode.CHANGE_FROM);
        modes.selectedToggleProperty().addListener((obs, old, t) ->
                model.modeProperty().set(t == null ? null : (Mode) t.getUserData()));

        DatePicker day = UnitFormView.dateField(model.changeDate(), "edit-change-date");
        Label dayLabel = new Label(i18n.get("hierarchy.edit.changeDate"));
        dayLabel.setLabelFor(day);
        Label dayError = new Label();
        dayError.getStyleClass().add("validation-error");
        dayError.textProperty().bind(model.dateErrorProperty());
        HBox dayRow = new HBox(8, dayLabel, day, dayError);
        dayRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        dayRow.getStyleClass().add("edit-mode-detail");
        dayRow.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.modeProperty().get() != Mode.CHANGE_FROM, model.modeProperty()));

        VBox choice = new VBox(6, correct, change, dayRow);
        choice.getStyleClass().add("edit-mode-box");
        if (model.showsOlderVersion()) {
            Label older = new Label(i18n.get("hierarchy.edit.olderVersion"));
            older.getStyleClass().add("form-hint");
            older.setWrapText(true);
            older.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            choice.getChildren().add(older);
        }

        UnitFormView form = new UnitFormView(i18n, model.form(), "unit-form");
        form.view().disableProperty().bind(modes.selectedToggleProperty().isNull());

        Label explanation = new Label();
        explanation.setId("edit-explanation");
        explanation.getStyleClass().add("form-preview");
        explanation.setWrapText(true);
        explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        explanation.textProperty().bind(model.explanationProperty());
        Label problem = problemLabel(model.problemProperty());

        VBox body = new FormBox(780, 12, choice, form.view(), explanation, problem);
        return new FormDialog(owner, i18n, "edit-unit-dialog",
                i18n.format("hierarchy.edit.title", model.unit().fullName()), body, i18n.get("hierarchy.edit.ok"),
                model.validProperty());
    }

    /** A choice in bold with a sentence under it, indented to the radio's text. */
    private static Node mode(String id, String title, String hint, ToggleGroup group, Mode mode) {
        RadioButton button = new RadioButton(title);
        button.getStyleClass().add("edit-mode-title");
        button.setId(id);
        button.setToggleGroup(group);
        button.setUserData(mode);
        Label text = new Label(hint);
        text.getStyleClass().addAll("form-hint", "edit-mode-detail");
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setOnMouseClicked(e -> button.setSelected(true));
        return new VBox(2, button, text);
    }

    static Label problemLabel(javafx.beans.value.ObservableStringValue problem) {
        Label label = new Label();
        label.getStyleClass().add("form-problem");
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.textProperty().bind(problem);
        label.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> problem.get() != null && !problem.get().isEmpty(), problem));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
