package org.diaban.ui.assignments;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.diaban.domain.text.VietnameseText;
import org.diaban.i18n.I18n;
import org.diaban.ui.common.form.Choice;
import org.diaban.ui.common.form.Styles;

/**
 * Picks several villages for one cadre: a searchable list with check boxes (Space ticks the
 * selected row); the picked ones go on to the assign form.
 */
final class PickVillagesDialog {

    private final Dialog<List<Choice>> dialog = new Dialog<>();
    private final Map<Long, BooleanProperty> ticked = new HashMap<>();
    private final TextField filter = new TextField();

    PickVillagesDialog(I18n i18n, Window owner, String cadreName, List<Choice> villages) {
        dialog.initOwner(owner);
        dialog.setTitle(i18n.format("assignments.pick.title", cadreName));
        dialog.setResizable(true);
        villages.forEach(v -> ticked.put(v.id(), new SimpleBooleanProperty(false)));
        FilteredList<Choice> shown = new FilteredList<>(FXCollections.observableArrayList(villages), v -> true);
        filter.setId("pick-filter");
        filter.setPromptText(i18n.get("assignments.pick.filterPrompt"));
        filter.textProperty().addListener((obs, old, text) -> {
            String typed = VietnameseText.fold(text).strip();
            shown.setPredicate(v -> typed.isEmpty() || VietnameseText.fold(v.label()).contains(typed));
        });
        ListView<Choice> list = new ListView<>(shown);
        list.setId("pick-villages");
        list.setCellFactory(CheckBoxListCell.forListView(v -> ticked.get(v.id())));
        list.setPrefSize(520, 380);
        list.setOnKeyPressed(e -> {
            Choice v = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && v != null) {
                ticked.get(v.id()).set(!ticked.get(v.id()).get());
                e.consume();
            }
        });
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            }
        });
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(() -> i18n.format("assignments.pick.count",
                ticked.values().stream().filter(BooleanProperty::get).count()),
                ticked.values().toArray(BooleanProperty[]::new)));
        dialog.getDialogPane().setContent(new VBox(8, filter, list, count));
        dialog.getDialogPane().getStylesheets().addAll(Styles.sheets());
        dialog.getDialogPane().setId("pick-villages-dialog");
        ButtonType next = new ButtonType(i18n.get("assignments.pick.next"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(next, cancel);
        dialog.getDialogPane().lookupButton(next).disableProperty().bind(Bindings.createBooleanBinding(
                () -> ticked.values().stream().noneMatch(BooleanProperty::get),
                ticked.values().toArray(BooleanProperty[]::new)));
        dialog.setResultConverter(b -> b == next ? villages.stream().filter(v -> ticked.get(v.id()).get()).toList()
                : null);
        dialog.setOnShown(e -> filter.requestFocus());
    }

    Optional<List<Choice>> ask() {
        return dialog.showAndWait();
    }
}
