package org.diaban.ui.activities;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.diaban.i18n.I18n;
import org.diaban.ui.common.form.ChoiceField;
import org.diaban.ui.common.form.FormDialog;
import org.diaban.ui.common.form.FormGrid;

/** Forms a working group or corrects one; warns (without refusing) about a leader outside the BTV. */
final class GroupFormDialog {

    private final FormDialog frame;
    private final TextField name;

    GroupFormDialog(I18n i18n, Window owner, GroupFormViewModel model) {
        FormGrid grid = new FormGrid();
        name = new TextField();
        name.setId("group-name");
        name.setPromptText(i18n.get("activities.groups.namePrompt"));
        name.textProperty().bindBidirectional(model.name().textProperty());
        grid.field(i18n.get("activities.groups.name"), true, name, model.name().messageProperty());

        ChoiceField committee = new ChoiceField(model.committee(), "group-committee",
                i18n.get("activities.groups.committeePrompt"));
        committee.setTakesFirstMatch(true);
        grid.field(i18n.get("activities.groups.committee"), true, committee.view(), model.committeeMessageProperty());

        TextField formed = new TextField();
        formed.setId("group-formed-on");
        formed.setPromptText(i18n.get("activities.form.datePrompt"));
        formed.setPrefColumnCount(10);
        formed.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        formed.textProperty().bindBidirectional(model.formedOn().textProperty());
        grid.field(i18n.get("activities.groups.formedOn"), true, formed, model.formedOn().messageProperty());

        ChoiceField decision = new ChoiceField(model.decision(), "group-decision",
                i18n.get("activities.groups.decisionPrompt"));
        grid.field(i18n.get("activities.groups.decision"), false, decision.view(), model.decisionMessageProperty());

        ChoiceField leader = new ChoiceField(model.leader(), "group-leader",
                i18n.get("activities.groups.leaderPrompt"));
        leader.setTakesFirstMatch(true);
        grid.field(i18n.get("activities.groups.leader"), true, leader.view(), model.leaderMessageProperty());
        Label warning = new Label();
        warning.setId("group-leader-warning");
        warning.setWrapText(true);
        warning.getStyleClass().add("form-warning");
        warning.setStyle("-fx-text-fill: #9a5b00;");
        warning.textProperty().bind(model.leaderWarningProperty());
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());
        warning.visibleProperty().bind(warning.managedProperty());
        grid.wide(warning);

        ChipsField members = new ChipsField(model.members(), "group-members",
                i18n.get("activities.form.participantsPrompt"), i18n.get("activities.form.remove"));
        grid.field(i18n.get("activities.groups.members"), false, members.view(), null).setLabelFor(members.field());
        ChipsField communes = new ChipsField(model.communes(), "group-communes",
                i18n.get("activities.groups.communesPrompt"), i18n.get("activities.form.remove"));
        grid.field(i18n.get("activities.groups.communes"), false, communes.view(), null)
                .setLabelFor(communes.field());

        String title = model.isNew() ? i18n.get("activities.groups.addTitle") : i18n.get("activities.groups.editTitle");
        frame = new FormDialog(i18n, owner, "group-form", title, i18n.get("activities.groups.save"), grid.view(),
                model.validProperty(), model.busyProperty(), model.errorProperty(), model::save);
    }

    void show() {
        frame.show(name);
    }
}
