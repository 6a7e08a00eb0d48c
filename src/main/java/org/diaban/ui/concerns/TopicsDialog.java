package org.diaban.ui.concerns;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.diaban.i18n.I18n;
import org.diaban.service.concerns.TopicInfo;
import org.diaban.ui.common.form.Styles;

/** The topics of concerns: names in both languages, order, and whether they are still offered. */
final class TopicsDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    TopicsDialog(I18n i18n, Window owner, TopicsViewModel model) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(i18n.get("concerns.topics.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("concern-topics");
        dialog.getDialogPane().getStylesheets().addAll(Styles.sheets());
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("concerns.topics.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));

        ListView<TopicInfo> list = new ListView<>(model.topics());
        list.setId("concern-topics-list");
        list.setPrefSize(440, 260);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TopicInfo t, boolean empty) {
                super.updateItem(t, empty);
                if (empty || t == null) {
                    setText(null);
                    setStyle(null);
                    return;
                }
                String text = (i18n.isEnglish() ? t.nameEn() : t.nameVi()) + "  ·  "
                        + i18n.format("concerns.topics.uses", t.uses());
                setText(t.active() ? text : text + "  ·  " + i18n.get("concerns.topics.inactive"));
                setStyle(t.active() ? null : "-fx-text-fill: #8a8780; -fx-font-style: italic;");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, t) -> {
            if (t != null) {
                model.selectedProperty().set(t);
            }
        });
        model.selectedProperty().addListener((obs, old, t) -> {
            if (t != null && t != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(t);
            }
        });

        TextField vi = new TextField();
        vi.setId("concern-topic-vi");
        vi.textProperty().bindBidirectional(model.nameViProperty());
        TextField en = new TextField();
        en.setId("concern-topic-en");
        en.textProperty().bindBidirectional(model.nameEnProperty());
        GridPane names = new GridPane();
        names.setHgap(8);
        names.setVgap(6);
        names.addRow(0, new Label(i18n.get("concerns.topics.nameVi")), vi);
        names.addRow(1, new Label(i18n.get("concerns.topics.nameEn")), en);
        GridPane.setHgrow(vi, Priority.ALWAYS);
        GridPane.setHgrow(en, Priority.ALWAYS);

        var none = model.selectedProperty().isNull();
        var noName = Bindings.createBooleanBinding(() -> model.nameViProperty().get() == null
                || model.nameViProperty().get().isBlank(), model.nameViProperty());
        Button add = button("concern-topic-add", i18n.get("concerns.topics.add"), model::add);
        add.disableProperty().bind(noName);
        Button rename = button("concern-topic-rename", i18n.get("concerns.topics.rename"), model::rename);
        rename.disableProperty().bind(none.or(noName));
        Button up = button("concern-topic-up", i18n.get("concerns.topics.up"), () -> model.move(-1));
        up.disableProperty().bind(none);
        Button down = button("concern-topic-down", i18n.get("concerns.topics.down"), () -> model.move(1));
        down.disableProperty().bind(none);
        Button active = button("concern-topic-active", "", model::toggleActive);
        active.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() != null
                && !model.selectedProperty().get().active() ? i18n.get("concerns.topics.activate")
                : i18n.get("concerns.topics.deactivate"), model.selectedProperty()));
        active.disableProperty().bind(none);
        VBox buttons = new VBox(6, up, down, active);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        buttons.setPrefWidth(120);
        HBox top = new HBox(8, list, buttons);
        HBox.setHgrow(list, Priority.ALWAYS);
        HBox edit = new HBox(8, add, rename);
        edit.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.textProperty().bind(model.errorProperty());
        Label hint = new Label(i18n.get("concerns.topics.hint"));
        hint.getStyleClass().add("form-hint");
        hint.setWrapText(true);
        VBox content = new VBox(10, top, names, edit, error, hint);
        content.setPadding(new Insets(4));
        content.setPrefWidth(620);
        hint.setMaxWidth(600);
        dialog.getDialogPane().setContent(content);
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }

    void show() {
        dialog.show();
    }
}
