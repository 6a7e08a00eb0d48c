package org.diaban.ui.cadres;

import org.diaban.ui.common.form.FormDialog;
import org.diaban.ui.common.form.FormGrid;
import javafx.stage.Window;
import org.diaban.i18n.I18n;

/** Adds a position to a cadre or corrects one. */
final class PositionEditorDialog {

    private final FormDialog frame;
    private final PositionFields fields;

    PositionEditorDialog(I18n i18n, Window owner, PositionEditorViewModel model) {
        FormGrid grid = new FormGrid();
        fields = new PositionFields(i18n, model.form(), grid);
        String title = i18n.format(model.isNew() ? "cadres.position.addTitle" : "cadres.position.editTitle",
                model.cadreName());
        frame = new FormDialog(i18n, owner, "position-editor", title, i18n.get("cadres.editor.save"), grid.view(),
                model.validProperty(), model.busyProperty(), model.errorProperty(), model::save);
    }

    void show() {
        frame.show(fields.first());
    }
}
