package org.diaban.ui.cadres;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.diaban.domain.people.CadreProfile;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.cadres.CadreDetail;
import org.diaban.service.cadres.PositionView;
import org.diaban.ui.common.Columns;

/**
 * The selected cadre: personal details on the left, positions over time on the right. Positions
 * held on the view date stand out; Insert adds one, Enter or double-click edits, Delete removes.
 */
final class CadreDetailPane {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass ENDED = PseudoClass.getPseudoClass("ended");

    private final I18n i18n;
    private final Names names;
    private final CadreDetailViewModel model;
    private final Label name = new Label();
    private final Label status = new Label();
    private final GridPane facts = new GridPane();
    private final TableView<PositionView> positions = new TableView<>();
    private final StackPane root = new StackPane();
    private CadreActions actions;
    private HBox header;

    /** Adds a button to the header, before Edit, such as the one to the cadre's activities. */
    void addHeaderButton(Button button) {
        header.getChildren().add(header.getChildren().size() - 2, button);
    }

    CadreDetailPane(I18n i18n, CadreDetailViewModel model, Runnable editCadre, Runnable retireCadre) {
        this.i18n = i18n;
        this.names = new Names(i18n);
        this.model = model;
        name.setId("cadre-detail-name");
        name.getStyleClass().add("details-title");
        status.setId("cadre-detail-status");
        status.getStyleClass().add("cadre-status");
        Button edit = button("cadre-edit", "cadres.detail.edit", editCadre);
        Button retire = button("cadre-retire", "cadres.detail.retire", retireCadre);
        retire.disableProperty().bind(Bindings.createBooleanBinding(() -> model.detailProperty().get() == null
                || model.detailProperty().get().retiredOn() != null, model.detailProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header = new HBox(10, name, status, spacer, edit, retire);
        header.setAlignment(Pos.CENTER_LEFT);

        facts.setHgap(10);
        facts.setVgap(4);
        facts.setId("cadre-facts");
        facts.setMinWidth(280);
        facts.setPrefWidth(290);

        positions.setId("position-table");
        positions.setItems(model.positions());
        positions.getColumns().setAll(columns());
        positions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        positions.setPlaceholder(new Label(i18n.get("cadres.detail.noPositions")));
        positions.setRowFactory(t -> {
            PositionRow row = new PositionRow();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    act(a -> a.editPosition(model.detailProperty().get(), row.getItem()));
                }
            });
            return row;
        });
        positions.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> {
            if (p != model.selectedPositionProperty().get()) {
                model.selectedPositionProperty().set(p);
            }
        });
        model.selectedPositionProperty().addListener((obs, old, p) -> {
            if (p != null && p != positions.getSelectionModel().getSelectedItem()) {
                positions.getSelectionModel().select(p);
            }
        });
        // consumed here so that the window's Delete (retire) and F2 (edit cadre) do not act as well
        positions.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.INSERT) {
                act(a -> a.addPosition(model.detailProperty().get()));
                e.consume();
            } else if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) && selectedPosition() != null) {
                act(a -> a.editPosition(model.detailProperty().get(), selectedPosition()));
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && selectedPosition() != null) {
                act(a -> a.removePosition(model.detailProperty().get(), selectedPosition()));
                e.consume();
            }
        });

        Button add = button("position-add", "cadres.detail.addPosition",
                () -> act(a -> a.addPosition(model.detailProperty().get())));
        Button change = button("position-edit", "cadres.detail.editPosition",
                () -> act(a -> a.editPosition(model.detailProperty().get(), selectedPosition())));
        Button remove = button("position-remove", "cadres.detail.removePosition",
                () -> act(a -> a.removePosition(model.detailProperty().get(), selectedPosition())));
        change.disableProperty().bind(model.selectedPositionProperty().isNull());
        remove.disableProperty().bind(model.selectedPositionProperty().isNull());
        add.setTooltip(new Tooltip(i18n.get("cadres.detail.positionKeys")));
        Label positionsTitle = new Label(i18n.get("cadres.detail.positions"));
        positionsTitle.getStyleClass().add("section-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox positionsBar = new HBox(6, positionsTitle, gap, add, change, remove);
        positionsBar.setAlignment(Pos.CENTER_LEFT);
        VBox positionsBox = new VBox(4, positionsBar, positions);
        VBox.setVgrow(positions, Priority.ALWAYS);

        Label personalTitle = new Label(i18n.get("cadres.detail.personal"));
        personalTitle.getStyleClass().add("section-title");
        VBox left = new VBox(4, personalTitle, facts);
        BorderPane body = new BorderPane();
        body.setTop(header);
        body.setLeft(left);
        body.setCenter(positionsBox);
        BorderPane.setMargin(left, new Insets(4, 16, 0, 0));
        BorderPane.setMargin(positionsBox, new Insets(4, 0, 0, 0));
        body.setPadding(new Insets(8, 10, 8, 10));
        body.setId("cadre-detail");

        Label none = new Label(i18n.get("cadres.detail.none"));
        none.getStyleClass().add("placeholder-text");
        Label problem = new Label();
        problem.textProperty().bind(model.errorProperty());
        problem.getStyleClass().add("form-error");
        VBox empty = new VBox(8, none, problem);
        empty.setAlignment(Pos.CENTER);
        root.getChildren().setAll(empty, body);
        body.visibleProperty().bind(model.detailProperty().isNotNull());
        empty.visibleProperty().bind(model.detailProperty().isNull());
        model.detailProperty().addListener((obs, old, d) -> show(d));
        model.viewDateProperty().addListener((obs, old, day) -> positions.refresh());
    }

    void setActions(CadreActions actions) {
        this.actions = actions;
    }

    private void act(Consumer<CadreActions> action) {
        if (actions != null && model.detailProperty().get() != null) {
            action.accept(actions);
        }
    }

    private PositionView selectedPosition() {
        return positions.getSelectionModel().getSelectedItem();
    }

    private List<TableColumn<PositionView, ?>> columns() {
        TableColumn<PositionView, String> kind = Columns.text(i18n.get("cadres.position.kind"),
                p -> names.kind(p.kind()), 175);
        TableColumn<PositionView, String> committee = Columns.text(i18n.get("cadres.position.committee"),
                PositionView::committeeName, 180);
        TableColumn<PositionView, String> term = Columns.text(i18n.get("cadres.position.term"),
                PositionView::termCode, 80);
        TableColumn<PositionView, String> title = Columns.text(i18n.get("cadres.position.title"),
                PositionView::title, 180);
        TableColumn<PositionView, String> from = Columns.text(i18n.get("cadres.position.from"),
                p -> Formats.date(p.range().from()), 90);
        TableColumn<PositionView, String> to = Columns.text(i18n.get("cadres.position.to"),
                p -> p.range().to() == null ? i18n.get("cadres.detail.open") : Formats.date(p.range().to()), 90);
        List<TableColumn<PositionView, String>> all = List.of(kind, committee, term, title, from, to);
        all.forEach(c -> c.setSortable(false));
        // short values in bold must never be cut: the title column gives way instead
        List.of(term, from, to).forEach(c -> c.setMinWidth(90));
        kind.setMinWidth(185);
        return List.copyOf(all);
    }

    private void show(CadreDetail d) {
        facts.getChildren().clear();
        if (d == null) {
            return;
        }
        CadreProfile p = d.profile();
        name.setText(p.fullName());
        boolean retired = d.retiredOn() != null;
        status.setText(retired ? i18n.format("cadres.status.retired", Formats.date(d.retiredOn()))
                : i18n.get("cadres.status.active"));
        status.pseudoClassStateChanged(ENDED, retired);
        int row = 0;
        row = fact(row, "cadres.editor.gender", p.gender() == null ? null : names.gender(p.gender()));
        row = fact(row, "cadres.editor.birthYear", p.birthYear() == null ? null : String.valueOf(p.birthYear()));
        row = fact(row, "cadres.editor.ethnicity", p.ethnicity());
        row = fact(row, "cadres.editor.homeUnit", d.homeUnitName());
        row = fact(row, "cadres.editor.workplace", p.workplace());
        row = fact(row, "cadres.editor.phone", p.phone());
        row = fact(row, "cadres.editor.note", p.note());
        if (retired) {
            row = fact(row, "cadres.detail.retiredReason", d.retiredReason());
        }
        if (row == 0) {
            Label nothing = new Label(i18n.get("cadres.detail.noFacts"));
            nothing.getStyleClass().add("fact-label");
            facts.add(nothing, 0, 0, 2, 1);
        }
    }

    private int fact(int row, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label label = new Label(i18n.get(labelKey));
        label.getStyleClass().add("fact-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(value);
        text.setWrapText(true);
        facts.add(label, 0, row);
        facts.add(text, 1, row);
        return row + 1;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(true);
        return b;
    }

    Node view() {
        return root;
    }

    /** Rows of positions held on the view date stand out; ended ones are greyed. */
    private final class PositionRow extends TableRow<PositionView> {
        @Override
        protected void updateItem(PositionView item, boolean empty) {
            super.updateItem(item, empty);
            boolean current = !empty && item != null && model.isCurrent(item);
            pseudoClassStateChanged(CURRENT, current);
            pseudoClassStateChanged(ENDED, !empty && item != null && !current);
        }
    }
}
