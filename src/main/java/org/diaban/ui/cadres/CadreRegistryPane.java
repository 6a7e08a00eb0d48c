package org.diaban.ui.cadres;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/** The cadre registry: a sortable, filterable table of every cadre on the view date. */
public final class CadreRegistryPane implements Workspace {

    private final I18n i18n;
    private final CadreRegistryViewModel model;
    private final TableView<CadreSummary> table = new TableView<>();
    private final TextField filter = TextFields.createClearableTextField();
    private final Label count = new Label();
    private final BorderPane root = new BorderPane();
    private CadreActions actions;
    private boolean syncing;

    public CadreRegistryPane(I18n i18n, CadreRegistryViewModel model) {
        this.i18n = i18n;
        this.model = model;
        table.setId("cadre-table");
        filter.setId("cadre-filter");
        filter.setPromptText(i18n.get("cadres.filter.prompt"));
        filter.setPrefColumnCount(28);
        model.filterProperty().bind(filter.textProperty());
        CheckBox retired = new CheckBox(i18n.get("cadres.filter.includeRetired"));
        retired.setId("cadre-include-retired");
        retired.selectedProperty().bindBidirectional(model.includeRetiredProperty());

        TableColumn<CadreSummary, String> name = Columns.text(i18n.get("cadres.column.name"),
                CadreSummary::fullName, 210, VietnameseCollation.personName());
        TableColumn<CadreSummary, String> year = Columns.text(i18n.get("cadres.column.birthYear"),
                c -> c.birthYear() == null ? "" : String.valueOf(c.birthYear()), 80);
        TableColumn<CadreSummary, String> gender = Columns.text(i18n.get("cadres.column.gender"),
                c -> c.gender() == null ? "" : i18n.get("cadres.gender." + c.gender()), 70);
        TableColumn<CadreSummary, String> titles = Columns.text(i18n.get("cadres.column.titles"),
                CadreSummary::titles, 280, VietnameseCollation.text());
        TableColumn<CadreSummary, String> committee = Columns.text(i18n.get("cadres.column.committee"),
                CadreSummary::committee, 200, VietnameseCollation.text());
        TableColumn<CadreSummary, String> category = Columns.text(i18n.get("cadres.column.category"),
                c -> c.category() == null ? "" : i18n.get("cadres.category." + c.category()), 110);
        TableColumn<CadreSummary, String> status = Columns.text(i18n.get("cadres.column.status"),
                c -> c.retired() ? i18n.format("cadres.status.retired", Formats.date(c.retiredOn()))
                        : i18n.get("cadres.status.active"), 130);
        table.getColumns().setAll(List.of(name, year, gender, titles, committee, category, status));
        table.getSortOrder().add(name);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("cadres.empty")));
        var sorted = new javafx.collections.transformation.SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.format("cadres.count", Formats.number(model.shownRows().size())), model.shownRows()));

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing) {
                model.selectedProperty().set(row);
            }
        });
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && row != table.getSelectionModel().getSelectedItem()) {
                syncing = true;
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                syncing = false;
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editSelected();
            }
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, filter, retired, spacer, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        root.setTop(bar);
        root.setCenter(table);
    }

    public void setActions(CadreActions actions) {
        this.actions = actions;
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
