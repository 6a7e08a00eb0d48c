package org.diaban.ui.search;

import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.controlsfx.control.textfield.TextFields;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.search.SearchHit;
import org.diaban.service.search.SearchKind;
import org.diaban.service.search.SearchResult;

/**
 * The search field of the tool bar with its drop-down of results. Arrow keys move through the
 * results, Enter opens one, Escape closes the list.
 */
public final class SearchBox {

    private final I18n i18n;
    private final SearchViewModel model;
    private final TextField field = TextFields.createClearableTextField();
    private final ListView<SearchHit> list = new ListView<>();
    private final Label summary = new Label();
    private final Popup popup = new Popup();
    private Consumer<SearchHit> onOpen = hit -> { };

    public SearchBox(I18n i18n, SearchViewModel model) {
        this.i18n = i18n;
        this.model = model;
        field.setId("search-field");
        field.setPromptText(i18n.get("search.prompt"));
        field.setPrefColumnCount(34);
        list.setId("search-results");
        list.setCellFactory(l -> new HitCell());
        list.setPrefWidth(520);
        list.setPrefHeight(360);
        summary.getStyleClass().add("search-summary");
        VBox box = new VBox(list, summary);
        box.getStyleClass().add("search-popup");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);

        model.queryProperty().bind(field.textProperty());
        model.resultProperty().addListener((obs, old, result) -> show(result));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && popup.isShowing()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                SearchHit first = list.getItems().isEmpty() ? null : list.getItems().get(0);
                if (first != null) {
                    open(first);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                open(list.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                field.requestFocus();
            } else if (e.getCode() == KeyCode.UP && list.getSelectionModel().getSelectedIndex() == 0) {
                field.requestFocus();
            }
        });
        list.setOnMouseClicked(e -> {
            SearchHit hit = list.getSelectionModel().getSelectedItem();
            if (hit != null) {
                open(hit);
            }
        });
    }

    public Node view() {
        return field;
    }

    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    public void setOnOpen(Consumer<SearchHit> onOpen) {
        this.onOpen = onOpen;
    }

    private void open(SearchHit hit) {
        popup.hide();
        onOpen.accept(hit);
    }

    private void show(SearchResult result) {
        if (result == null || field.getScene() == null || !field.isFocused() && !list.isFocused()) {
            list.getItems().clear();
            popup.hide();
            return;
        }
        list.getItems().setAll(result.hits());
        summary.setText(result.total() == 0 ? i18n.format("search.none", result.query())
                : i18n.format("search.summary",
                Formats.number(result.totals().getOrDefault(SearchKind.UNIT, 0)),
                Formats.number(result.totals().getOrDefault(SearchKind.CADRE, 0)),
                Formats.number(result.totals().getOrDefault(SearchKind.HOUSEHOLD, 0))));
        if (!popup.isShowing()) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            if (b != null) {
                popup.show(field, b.getMinX(), b.getMaxY() + 2);
            }
        }
    }

    /** Two lines per hit: what it is and its name, then where it is. */
    private final class HitCell extends ListCell<SearchHit> {
        private final Label kind = new Label();
        private final Label title = new Label();
        private final Label context = new Label();
        private final VBox box;

        HitCell() {
            kind.getStyleClass().add("search-kind");
            title.getStyleClass().add("search-title");
            context.getStyleClass().add("search-context");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new VBox(1, new HBox(6, kind, title), context);
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            kind.setText(i18n.get("search.kind." + hit.kind()));
            title.setText(hit.title());
            String where = hit.context() == null ? "" : hit.context();
            if (hit.endedOn() != null) {
                String ended = i18n.format(hit.kind() == SearchKind.CADRE ? "search.retiredOn" : "search.endedOn",
                        Formats.date(hit.endedOn()));
                where = where.isEmpty() ? ended : where + " · " + ended;
            }
            context.setText(where);
            setGraphic(box);
        }
    }
}
