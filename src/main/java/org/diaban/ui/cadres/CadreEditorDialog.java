package org.diaban.ui.cadres;

import org.diaban.ui.common.form.FormDialog;
import org.diaban.ui.common.form.FormGrid;
import org.diaban.ui.common.form.FormField;
import org.diaban.ui.common.form.ChoiceField;
import java.util.Arrays;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.diaban.domain.people.Gender;
import org.diaban.i18n.I18n;

/** Adds a cadre, with a first position if wished, or corrects a cadre's personal details. */
final class CadreEditorDialog {

    private final FormDialog frame;
    private final TextField name;

    CadreEditorDialog(I18n i18n, Window owner, CadreEditorViewModel model) {
        Names names = new Names(i18n);
        FormGrid grid = new FormGrid();
        grid.section(i18n.get("cadres.editor.personal"));

        name = text("cadre-name", model.name(), null);
        grid.field(i18n.get("cadres.editor.name"), true, name, model.name().messageProperty());

        ComboBox<Gender> gender = new ComboBox<>(FXCollections.observableArrayList(Arrays.asList(null,
                Gender.MALE, Gender.FEMALE)));
        gender.setId("cadre-gender");
        gender.valueProperty().bindBidirectional(model.genderProperty());
        Names.show(gender, names::gender);
        grid.field(i18n.get("cadres.editor.gender"), false, gender, null);

        TextField year = text("cadre-birth-year", model.birthYear(), i18n.get("cadres.editor.birthYearPrompt"));
        year.setPrefColumnCount(6);
        year.setMaxWidth(Region.USE_PREF_SIZE);
        grid.field(i18n.get("cadres.editor.birthYear"), false, year, model.birthYear().messageProperty());

        ComboBox<String> ethnicity = new ComboBox<>(FXCollections.observableArrayList(
                i18n.get("cadres.editor.ethnicities").split("\\s*,\\s*")));
        ethnicity.setId("cadre-ethnicity");
        ethnicity.setEditable(true);
        ethnicity.getEditor().textProperty().bindBidirectional(model.ethnicity().textProperty());
        ethnicity.setMaxWidth(Double.MAX_VALUE);
        grid.field(i18n.get("cadres.editor.ethnicity"), false, ethnicity, model.ethnicity().messageProperty());

        ChoiceField home = new ChoiceField(model.homeUnit(), "cadre-home-unit", i18n.get("cadres.editor.homeUnitPrompt"));
        grid.field(i18n.get("cadres.editor.homeUnit"), false, home.view(), model.homeUnitMessageProperty());
        grid.field(i18n.get("cadres.editor.workplace"), false, text("cadre-workplace", model.workplace(),
                i18n.get("cadres.editor.workplacePrompt")), model.workplace().messageProperty());
        grid.field(i18n.get("cadres.editor.phone"), false, text("cadre-phone", model.phone(), null),
                model.phone().messageProperty());
        grid.field(i18n.get("cadres.editor.note"), false, text("cadre-note", model.note(), null),
                model.note().messageProperty());

        if (model.position() != null) {
            grid.section(i18n.get("cadres.editor.firstPosition"));
            CheckBox with = new CheckBox(i18n.get("cadres.editor.withPosition"));
            with.setId("cadre-with-position");
            with.selectedProperty().bindBidirectional(model.withPositionProperty());
            grid.wide(with);
            PositionFields fields = new PositionFields(i18n, model.position(), grid);
            fields.controls().forEach(c -> c.disableProperty().bind(with.selectedProperty().not()));
        }

        String title = model.isNew() ? i18n.get("cadres.editor.addTitle")
                : i18n.format("cadres.editor.editTitle", model.name().textProperty().get());
        frame = new FormDialog(i18n, owner, "cadre-editor", title, i18n.get("cadres.editor.save"), grid.view(),
                model.validProperty(), model.busyProperty(), model.errorProperty(), model::save);
    }

    private static TextField text(String id, FormField field, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.textProperty().bindBidirectional(field.textProperty());
        return t;
    }

    void show() {
        frame.show(name);
    }
}
