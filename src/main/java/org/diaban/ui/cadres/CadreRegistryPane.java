package org.diaban.ui.cadres;

import org.diaban.ui.common.form.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.textfield.TextFields;
import org.diaban.domain.text.VietnameseCollation;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.cadres.CadreSummary;
import org.diaban.ui.common.Columns;
import org.diaban.ui.shell.Workspace;

/**
 * The cadre registry: a sortable, filterable table of every cadre on the view date, and below it
 * the selected cadre's details and positions over time.
 */
public final class CadreRegistryPane implements Workspace {

    private static final PseudoClass RETIRED = PseudoClass.getPseudoClass("retired");

    private final CadreRegistryViewModel model;
    private final TableView<CadreSummary> table = new TableView<>();
    private final TextField filter = TextFields.createClearableTextField();
    private final Label count = new Label();
    private final BorderPane root = new BorderPane();
    private final CadreDetailPane detail;
    private final HBox bar;
    private CadreActions actions;
    private boolean syncing;

    public CadreRegistryPane(I18n i18n, CadreRegistryViewModel model) {
        this.model = model;
        Names names = new Names(i18n);
        model.setKindNames(names::kind);
        table.setId("cadre-table");
        filter.setId("cadre-filter");
        filter.setPromptText(i18n.get("cadres.filter.prompt"));
        filter.setPrefColumnCount(28);
        filter.textProperty().bindBidirectional(model.filterProperty());
        CheckBox retired = new CheckBox(i18n.get("cadres.filter.includeRetired"));
        retired.setId("cadre-include-retired");
        retired.selectedProperty().bindBidirectional(model.includeRetiredProperty());
        Button add = new Button(i18n.get("cadres.add"));
        add.setId("cadre-add");
        add.setTooltip(new Tooltip(i18n.get("cadres.add.tooltip")));
        add.setOnAction(e -> addNew());

        TableColumn<CadreSummary, String> name = Columns.text(i18n.get("cadres.column.name"),
                CadreSummary::fullName, 210, VietnameseCollation.personName());
        TableColumn<CadreSummary, String> year = Columns.text(i18n.get("cadres.column.birthYear"),
                c -> c.birthYear() == null ? "" : String.valueOf(c.birthYear()), 80);
        TableColumn<CadreSummary, String> gender = Columns.text(i18n.get("cadres.column.gender"),
                c -> c.gender() == null ? "" : names.gender(c.gender()), 70);
        TableColumn<CadreSummary, String> titles = Columns.text(i18n.get("cadres.column.titles"),
                model::titles, 280, VietnameseCollation.text());
        TableColumn<CadreSummary, String> committee = Columns.text(i18n.get("cadres.column.committee"),
                CadreSummary::committee, 200, VietnameseCollation.text());
        TableColumn<CadreSummary, String> category = Columns.text(i18n.get("cadres.column.category"),
                c -> c.category() == null ? "" : i18n.get("cadres.category." + c.category()), 140);
        TableColumn<CadreSummary, String> status = Columns.text(i18n.get("cadres.column.status"),
                c -> c.retired() ? i18n.format("cadres.status.retired", Formats.date(c.retiredOn()))
                        : i18n.get("cadres.status.active"), 130);
        table.getColumns().setAll(List.of(name, year, gender, titles, committee, category, status));
        table.getSortOrder().add(name);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("cadres.empty")));
        table.setRowFactory(t -> {
            TableRow<CadreSummary> row = new TableRow<>() {
                @Override
                protected void updateItem(CadreSummary item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(RETIRED, !empty && item != null && item.retired());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    editSelected();
                }
            });
            return row;
        });
        SortedList<CadreSummary> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("cadres.count", model.shownRows().size()), model.shownRows()));

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing) {
                model.selectedProperty().set(row);
            }
        });
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                syncing = true;
                if (row == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                }
                syncing = false;
            }
        });
        // the table's own F2 (start editing a cell) would swallow the window's F2
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) && model.selectedProperty().get() != null) {
                editSelected();
                e.consume();
            }
        });

        detail = new CadreDetailPane(i18n, model.detail(), this::editSelected, this::deleteSelected);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar = new HBox(10, filter, retired, spacer, count, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        SplitPane split = new SplitPane(table, detail.view());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        SplitPane.setResizableWithParent(detail.view(), false);
        root.setTop(bar);
        root.setCenter(split);
        root.getStylesheets().add(Styles.sheets().get(1));
    }

    /** Adds buttons for the selected cadre to the bar, before "add" (assignments). */
    public void addToBar(List<? extends Node> buttons) {
        bar.getChildren().addAll(bar.getChildren().size() - 1, buttons);
    }

    public void setActions(CadreActions actions) {
        this.actions = actions;
        detail.setActions(actions);
    }

    /** Offers the activities of the selected cadre in the details; {@code show} gets the cadre's id. */
    public void setOnShowActivities(String text, java.util.function.Consumer<Long> show) {
        javafx.scene.control.Button b = new javafx.scene.control.Button(text);
        b.setId("cadre-activities");
        b.setOnAction(e -> java.util.Optional.ofNullable(model.selectedProperty().get())
                .ifPresent(c -> show.accept(c.id())));
        detail.addHeaderButton(b);
    }

    public CadreRegistryViewModel model() {
        return model;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        model.reload();
    }

    @Override
    public void addNew() {
        if (actions != null) {
            actions.add();
        }
    }

    @Override
    public void editSelected() {
        CadreSummary row = model.selectedProperty().get();
        if (actions != null && row != null) {
            actions.edit(row);
        }
    }

    @Override
    public void deleteSelected() {
        CadreSummary row = model.selectedProperty().get();
        if (actions != null && row != null) {
            actions.retire(row);
        }
    }

    @Override
    public void focusMain() {
        table.requestFocus();
    }
}
