package org.diaban.ui.concerns;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.diaban.i18n.I18n;
import org.diaban.ui.common.form.ChoiceField;
import org.diaban.ui.common.form.FormDialog;
import org.diaban.ui.common.form.FormGrid;

/** The form of a new or corrected concern. */
final class ConcernDialog {

    private final FormDialog frame;
    private final TextField first;

    ConcernDialog(I18n i18n, Window owner, ConcernFormModel model) {
        FormGrid grid = new FormGrid();
        ChoiceField place = new ChoiceField(model.place(), "concern-place", i18n.get("concerns.form.placePrompt"));
        ChoiceField topic = new ChoiceField(model.topic(), "concern-topic", i18n.get("concerns.form.topicPrompt"));
        ChoiceField household = new ChoiceField(model.household(), "concern-household",
                i18n.get("concerns.form.householdPrompt"));
        ChoiceField activity = new ChoiceField(model.activity(), "concern-activity",
                i18n.get("concerns.form.activityPrompt"));
        TextField raisedOn = dateField("concern-raised-on", i18n);
        raisedOn.textProperty().bindBidirectional(model.raisedOn().textProperty());
        TextField raisedBy = new TextField();
        raisedBy.setId("concern-raised-by");
        raisedBy.setPromptText(i18n.get("concerns.form.raisedByPrompt"));
        raisedBy.textProperty().bindBidirectional(model.raisedByProperty());
        TextArea content = new TextArea();
        content.setId("concern-content");
        content.setWrapText(true);
        content.setPrefRowCount(4);
        content.setPrefColumnCount(36);
        content.textProperty().bindBidirectional(model.content().textProperty());
        // Tab leaves the text area instead of typing a tab
        content.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                content.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(),
                        e.getCharacter(), e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(),
                        e.isMetaDown()));
            }
        });
        TextField body = new TextField();
        body.setId("concern-body");
        body.setPromptText(i18n.get("concerns.form.bodyPrompt"));
        body.textProperty().bindBidirectional(model.bodyProperty());
        TextField deadline = dateField("concern-deadline", i18n);
        deadline.textProperty().bindBidirectional(model.deadline().textProperty());

        grid.field(i18n.get("concerns.form.place"), true, place.view(), model.placeProblemProperty());
        grid.field(i18n.get("concerns.form.household"), false, household.view(), model.householdProblemProperty());
        grid.field(i18n.get("concerns.form.raisedOn"), true, raisedOn, model.raisedOn().messageProperty());
        grid.field(i18n.get("concerns.form.activity"), false, activity.view(), model.activityProblemProperty());
        grid.field(i18n.get("concerns.form.raisedBy"), false, raisedBy, null);
        grid.field(i18n.get("concerns.form.topic"), false, topic.view(), model.topicProblemProperty());
        grid.field(i18n.get("concerns.form.content"), true, content, model.content().messageProperty());
        grid.field(i18n.get("concerns.form.body"), false, body, null);
        grid.field(i18n.get("concerns.form.deadline"), false, deadline, model.deadline().messageProperty());
        frame = new FormDialog(i18n, owner, "concern-editor",
                i18n.get(model.isNew() ? "concerns.form.newTitle" : "concerns.form.editTitle"),
                i18n.get(model.isNew() ? "concerns.form.create" : "concerns.form.save"), grid.view(),
                model.validProperty(), model.busyProperty(), model.errorProperty(), model::save);
        first = model.isNew() && model.place().isBlank() ? place.view() : raisedBy;
    }

    static TextField dateField(String id, I18n i18n) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(i18n.get("concerns.form.datePrompt"));
        field.setPrefColumnCount(9);
        field.setMaxWidth(Region.USE_PREF_SIZE);
        return field;
    }

    void show() {
        frame.show(first);
    }
}
