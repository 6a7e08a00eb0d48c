package org.diaban.ui.common.form;

import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;

/**
 * A text field that picks one of many names: typing filters a drop-down list (diacritics
 * ignored); Down opens or moves in it, Enter takes the highlighted name, Escape closes it without
 * closing the dialog. Leaving the field completes a text that matched a single name.
 */
public final class ChoiceField {

    private static final double ROW = 24;

    private final ChoiceModel model;
    private final TextField field = new TextField();
    private final ListView<Choice> list = new ListView<>();
    private final Popup popup = new Popup();
    private boolean takesFirstMatch;

    public ChoiceField(ChoiceModel model, String id, String prompt) {
        this.model = model;
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(model.textProperty());
        list.setId(id + "-list");
        list.setItems(model.matches());
        list.setFocusTraversable(false);
        // as tall as its rows, at most eight: a short list hides less of the form below
        list.setFixedCellSize(ROW);
        list.prefHeightProperty().bind(Bindings.min(Bindings.size(model.matches()), 8).multiply(ROW).add(4));
        list.prefWidthProperty().bind(field.widthProperty());
        list.getStyleClass().add("choice-list");
        popup.getContent().add(list);
        popup.setAutoHide(true);
        // Escape is ours (closes the list, not the dialog); clicks elsewhere must still reach their target
        popup.setHideOnEscape(false);
        popup.setConsumeAutoHidingEvents(false);

        field.textProperty().addListener((obs, old, now) -> {
            if (field.isFocused()) {
                show(false);
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                popup.hide();
                model.complete();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.setOnMouseClicked(e -> take(list.getSelectionModel().getSelectedItem()));
    }

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            if (!popup.isShowing()) {
                show(true);
            } else {
                int i = list.getSelectionModel().getSelectedIndex() + (code == KeyCode.DOWN ? 1 : -1);
                list.getSelectionModel().select(Math.max(0, Math.min(list.getItems().size() - 1, i)));
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
            }
            e.consume();
        } else if (code == KeyCode.ENTER && popup.isShowing()) {
            Choice c = list.getSelectionModel().getSelectedItem();
            if (c == null && list.getItems().size() == 1) {
                c = list.getItems().get(0);
            } else if (c == null && takesFirstMatch) {
                c = model.best();
            }
            if (c != null) {
                take(c);
                e.consume();
            } else {
                popup.hide();
            }
        } else if (code == KeyCode.ESCAPE && popup.isShowing()) {
            popup.hide();
            e.consume();
        }
    }

    private void take(Choice c) {
        if (c != null) {
            model.pick(c);
            field.positionCaret(field.getText().length());
        }
        popup.hide();
    }

    /** Opens the list while the text is not yet a name, or always when asked for (Down). */
    private void show(boolean asked) {
        Choice picked = model.selectedProperty().get();
        boolean done = picked != null && picked.label().equals(field.getText());
        if (field.getScene() == null || field.getScene().getWindow() == null || model.matches().isEmpty()
                || done && !asked) {
            popup.hide();
            return;
        }
        list.getSelectionModel().clearSelection();
        if (!popup.isShowing()) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            if (b != null) {
                popup.show(field, b.getMinX(), b.getMaxY());
            }
        }
    }

    /** Enter with nothing highlighted takes the best match ({@link ChoiceModel#best}), not none: fast entry forms. */
    public void setTakesFirstMatch(boolean takesFirstMatch) {
        this.takesFirstMatch = takesFirstMatch;
    }

    public TextField view() {
        return field;
    }
}
