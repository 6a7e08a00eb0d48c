package org.diaban.ui.assignments;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.diaban.domain.assignment.CoverageRules;
import org.diaban.i18n.I18n;
import org.diaban.ui.common.form.Styles;

/** Switches the coverage warnings on and off (they are warnings: imported history may break them). */
final class RulesDialog {

    private final Dialog<CoverageRules> dialog = new Dialog<>();

    RulesDialog(I18n i18n, Window owner, CoverageRules current) {
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("assignments.rules.title"));
        CheckBox villages = new CheckBox(i18n.get("assignments.rules.villages"));
        villages.setId("rules-villages");
        villages.setSelected(current.villageNeedsInCharge());
        CheckBox communes = new CheckBox(i18n.get("assignments.rules.communes"));
        communes.setId("rules-communes");
        communes.setSelected(current.communeNeedsBtv());
        Label explain = new Label(i18n.get("assignments.rules.explain"));
        explain.setWrapText(true);
        explain.setMaxWidth(460);
        dialog.getDialogPane().setContent(new VBox(10, explain, villages, communes));
        dialog.getDialogPane().getStylesheets().addAll(Styles.sheets());
        dialog.getDialogPane().setId("coverage-rules");
        ButtonType ok = new ButtonType(i18n.get("assignments.rules.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(b -> b == ok ? new CoverageRules(villages.isSelected(), communes.isSelected())
                : null);
    }

    Optional<CoverageRules> ask() {
        return dialog.showAndWait();
    }
}
