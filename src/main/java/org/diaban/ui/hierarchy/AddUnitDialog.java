package org.diaban.ui.hierarchy;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.diaban.i18n.I18n;

/** Ctrl+N: a new unit under the selected one. */
final class AddUnitDialog {

    private AddUnitDialog() {
    }

    static FormDialog create(Window owner, I18n i18n, AddUnitModel model, String parentLabel) {
        Label under = new Label(parentLabel == null ? i18n.get("hierarchy.add.top")
                : i18n.format("hierarchy.add.under", parentLabel));
        under.getStyleClass().add("form-heading");
        under.setWrapText(true);
        under.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        UnitFormView form = new UnitFormView(i18n, model.form(), "unit-form");
        form.addRow(i18n.get("hierarchy.form.validFrom"), UnitFormView.dateField(model.validFrom(), "unit-valid-from"),
                model.dateErrorProperty());
        Label hint = new Label(i18n.get("hierarchy.form.suggestionHint"));
        hint.getStyleClass().add("form-hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox body = new FormBox(760, 10, under, form.view(), hint);
        return new FormDialog(owner, i18n, "add-unit-dialog", i18n.get("hierarchy.add.title"), body,
                i18n.get("hierarchy.add.ok"), model.validProperty());
    }
}
