package org.diaban.ui.activities;

import java.util.Arrays;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.domain.text.VietnameseText;
import org.diaban.i18n.I18n;
import org.diaban.ui.common.form.ChoiceField;
import org.diaban.ui.common.form.FormDialog;
import org.diaban.ui.common.form.FormGrid;

/**
 * The activity form, made to be filled from the keyboard: the kind by its number or first letter,
 * the day as typed ("h" for today), places and people by typing without diacritics, Ctrl+Enter
 * to save, Ctrl+Shift+Enter to save and start the next one.
 */
final class ActivityFormDialog {

    private final FormDialog frame;
    private final ActivityFormViewModel model;
    private final ComboBox<ActivityKind> kind;
    private final TextField date;

    ActivityFormDialog(I18n i18n, Window owner, ActivityFormViewModel model) {
        this.model = model;
        FormGrid grid = new FormGrid();

        kind = kindBox(i18n, model);
        grid.field(i18n.get("activities.form.kind"), true, kind, null);

        date = new TextField();
        date.setId("activity-date");
        date.setPromptText(i18n.get("activities.form.datePrompt"));
        date.setPrefColumnCount(10);
        date.textProperty().bindBidirectional(model.date().textProperty());
        date.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.completeDate();
            }
        });
        Label weekday = new Label();
        weekday.setId("activity-weekday");
        weekday.textProperty().bind(model.weekdayProperty());
        weekday.getStyleClass().add("form-hint");
        HBox dateRow = new HBox(10, date, weekday);
        dateRow.setAlignment(Pos.CENTER_LEFT);
        grid.field(i18n.get("activities.form.date"), true, dateRow, model.date().messageProperty())
                .setLabelFor(date);

        ChoiceField place = new ChoiceField(model.place(), "activity-place", i18n.get("activities.form.placePrompt"));
        place.setTakesFirstMatch(true);
        grid.field(i18n.get("activities.form.place"), true, place.view(), model.placeMessageProperty());
        ChoiceField household = new ChoiceField(model.household(), "activity-household",
                i18n.get("activities.form.householdPrompt"));
        household.setTakesFirstMatch(true);
        household.view().disableProperty().bind(model.householdsOfferedProperty().not());
        grid.field(i18n.get("activities.form.household"), false, household.view(), model.householdMessageProperty());
        TextField detail = new TextField();
        detail.setId("activity-place-detail");
        detail.setPromptText(i18n.get("activities.form.placeDetailPrompt"));
        detail.textProperty().bindBidirectional(model.placeDetailProperty());
        grid.field(i18n.get("activities.form.placeDetail"), false, detail, null);

        ChipsField people = new ChipsField(model.participants(), "activity-participants",
                i18n.get("activities.form.participantsPrompt"), i18n.get("activities.form.remove"));
        grid.field(i18n.get("activities.form.participants"), true, people.view(), model.participantsMessageProperty())
                .setLabelFor(people.field());

        ChoiceField group = new ChoiceField(model.group(), "activity-group", i18n.get("activities.form.groupPrompt"));
        grid.field(i18n.get("activities.form.group"), false, group.view(), model.groupMessageProperty());

        TextArea content = new TextArea();
        content.setId("activity-content");
        content.setWrapText(true);
        content.setPrefRowCount(4);
        content.setPromptText(i18n.get("activities.form.contentPrompt"));
        content.textProperty().bindBidirectional(model.contentProperty());
        grid.field(i18n.get("activities.form.content"), false, content, null);
        TextField result = new TextField();
        result.setId("activity-result");
        result.textProperty().bindBidirectional(model.resultProperty());
        grid.field(i18n.get("activities.form.result"), false, result, null);
        // Tab leaves the text area as it leaves any field (a tab character is of no use in a content)
        content.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShortcutDown()) {
                (e.isShiftDown() ? group.view() : result).requestFocus();
                e.consume();
            }
        });

        String title = model.isNew() ? i18n.get("activities.form.addTitle") : i18n.get("activities.form.editTitle");
        frame = new FormDialog(i18n, owner, "activity-form", title, i18n.get("activities.form.save"), grid.view(),
                model.validProperty(), model.busyProperty(), model.errorProperty(), model::save);
        DialogPane pane = frame.dialog().getDialogPane();
        Button ok = (Button) pane.lookupButton(pane.getButtonTypes().get(0));
        ButtonType nextType = new ButtonType(i18n.get("activities.form.saveAndNew"), ButtonBar.ButtonData.OTHER);
        pane.getButtonTypes().add(1, nextType);
        Button next = (Button) pane.lookupButton(nextType);
        next.setId("activity-form-next");
        next.disableProperty().bind(ok.disableProperty());
        next.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            saveAndNew();
        });
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                (e.isShiftDown() ? next : ok).fire();
            }
        });
        HBox.setHgrow(date, Priority.NEVER);
    }

    private void saveAndNew() {
        model.saveAndNew(() -> {
            date.requestFocus();
            date.selectAll();
        });
    }

    /** The kinds numbered 1–5; a digit or a first letter picks one (again for the next with that letter). */
    private static ComboBox<ActivityKind> kindBox(I18n i18n, ActivityFormViewModel model) {
        List<ActivityKind> kinds = Arrays.asList(ActivityKind.values());
        ComboBox<ActivityKind> box = new ComboBox<>(FXCollections.observableArrayList(kinds));
        box.setId("activity-kind");
        StringConverter<ActivityKind> names = new StringConverter<>() {
            @Override
            public String toString(ActivityKind k) {
                return k == null ? "" : (k.ordinal() + 1) + ". " + i18n.get("activities.kind." + k);
            }

            @Override
            public ActivityKind fromString(String s) {
                return null;
            }
        };
        box.setConverter(names);
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ActivityKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty ? null : names.toString(k));
            }
        });
        box.valueProperty().bindBidirectional(model.kindProperty());
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            String typed = e.getText() == null ? "" : VietnameseText.fold(e.getText());
            if (typed.length() != 1 || e.isShortcutDown()) {
                return;
            }
            char ch = typed.charAt(0);
            if (ch >= '1' && ch < '1' + kinds.size()) {
                box.setValue(kinds.get(ch - '1'));
                e.consume();
                return;
            }
            int start = box.getValue() == null ? 0 : box.getValue().ordinal() + 1;
            for (int i = 0; i < kinds.size(); i++) {
                ActivityKind k = kinds.get((start + i) % kinds.size());
                if (VietnameseText.fold(i18n.get("activities.kind." + k)).startsWith(typed)) {
                    box.setValue(k);
                    e.consume();
                    return;
                }
            }
        });
        return box;
    }

    void show() {
        frame.show(date);
    }
}
