package org.diaban.ui.activities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.activity.ActivityService;
import org.diaban.service.activity.GroupRow;
import org.diaban.service.activity.WorkingGroupService;
import org.diaban.service.assignment.DecisionService;
import org.diaban.ui.common.Columns;
import org.diaban.ui.common.Dialogs;
import org.diaban.ui.common.UndoManager;
import org.diaban.ui.common.form.Background;
import org.diaban.ui.common.form.Checks;
import org.diaban.ui.common.form.ChoiceField;
import org.diaban.ui.shell.Workspace;

/**
 * The working-groups workspace: the groups of a committee and year with leader, members,
 * communes and the activities done under each; form (Ctrl+N), correct (F2) and dissolve (Delete).
 */
public final class GroupsPane implements Workspace {

    private final I18n i18n;
    private final GroupsViewModel model;
    private final WorkingGroupService groups;
    private final ActivityService activities;
    private final DecisionService decisions;
    private final Background background;
    private final UndoManager undo;
    private final Supplier<LocalDate> today;
    private final Supplier<Window> owner;
    private final TableView<GroupRow> table = new TableView<>();
    private final BorderPane root = new BorderPane();
    private java.util.function.BiConsumer<Long, String> showActivities = (id, name) -> { };

    public GroupsPane(I18n i18n, WorkingGroupService groups, ActivityService activities, DecisionService decisions,
                      Background background, UndoManager undo, Supplier<LocalDate> today, Supplier<Window> owner) {
        this.i18n = i18n;
        this.groups = groups;
        this.activities = activities;
        this.decisions = decisions;
        this.background = background;
        this.undo = undo;
        this.today = today;
        this.owner = owner;
        this.model = new GroupsViewModel(groups, background, undo, new Checks(i18n), today);
        root.setId("working-groups");
        root.setTop(bar());
        root.setCenter(table());
        Label summary = new Label();
        summary.setId("groups-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label error = new Label();
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add("form-error");
        HBox footer = new HBox(16, summary, error);
        footer.setPadding(new Insets(6, 8, 8, 8));
        root.setBottom(footer);
    }

    private Node bar() {
        ChoiceField committee = new ChoiceField(model.committee(), "groups-committee",
                i18n.get("activities.groups.anyCommittee"));
        committee.view().setPrefColumnCount(22);
        List<Integer> years = new ArrayList<>();
        years.add(null);
        for (int y = today.get().getYear(); y >= 2019; y--) {
            years.add(y);
        }
        ComboBox<Integer> year = new ComboBox<>(FXCollections.observableArrayList(years));
        year.setId("groups-year");
        javafx.util.Callback<javafx.scene.control.ListView<Integer>, ListCell<Integer>> cells = l -> new ListCell<>() {
            @Override
            protected void updateItem(Integer y, boolean empty) {
                super.updateItem(y, empty);
                setText(empty ? null : y == null ? i18n.get("activities.groups.anyYear") : String.valueOf(y));
            }
        };
        year.setCellFactory(cells);
        year.setButtonCell(cells.call(null));
        year.valueProperty().bindBidirectional(model.yearProperty());
        Button add = button("groups-add", "activities.groups.add", this::addNew);
        Button edit = button("groups-edit", "activities.groups.edit", this::editSelected);
        Button dissolve = button("groups-dissolve", "activities.groups.dissolve", this::deleteSelected);
        Button shown = button("groups-activities", "activities.groups.showActivities", () -> {
            GroupRow row = model.selectedProperty().get();
            if (row != null) {
                showActivities.accept(row.id(), row.name() + " – " + row.committee());
            }
        });
        for (Button b : List.of(edit, dissolve, shown)) {
            b.disableProperty().bind(model.selectedProperty().isNull());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, label("activities.groups.committee"), committee.view(), label("activities.groups.year"),
                year, spacer, shown, edit, dissolve, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private Node table() {
        table.setId("group-table");
        table.setItems(model.rows());
        table.getColumns().setAll(List.of(
                Columns.text(i18n.get("activities.groups.name"), GroupRow::name, 130),
                Columns.text(i18n.get("activities.groups.committee"), GroupRow::committee, 150),
                Columns.text(i18n.get("activities.groups.year"), r -> String.valueOf(r.year()), 55),
                Columns.text(i18n.get("activities.groups.formedOn"), r -> Formats.date(r.formedOn()), 95),
                Columns.text(i18n.get("activities.groups.decision"), GroupRow::decision, 110),
                Columns.text(i18n.get("activities.groups.leader"), r -> r.leaderStanding() ? r.leader()
                        : r.leader() + " ⚠", 190),
                Columns.text(i18n.get("activities.groups.memberCount"), r -> String.valueOf(r.memberCount()), 85),
                Columns.text(i18n.get("activities.groups.communes"), GroupRow::communes, 250),
                Columns.text(i18n.get("activities.groups.activities"), r -> Formats.number(r.activities()), 90),
                Columns.text(i18n.get("activities.groups.dissolvedOn"), r -> Formats.date(r.dissolvedOn()), 110)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("activities.groups.none")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> {
            if (r != model.selectedProperty().get()) {
                model.selectedProperty().set(r);
            }
        });
        model.selectedProperty().addListener((obs, old, r) -> {
            if (r != null && r != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(r);
            }
        });
        table.setRowFactory(t -> {
            TableRow<GroupRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    editSelected();
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) && model.selectedProperty().get() != null) {
                editSelected();
                e.consume();
            }
        });
        return table;
    }

    private Label label(String key) {
        Label l = new Label(i18n.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void open(Long id) {
        GroupFormViewModel form = new GroupFormViewModel(groups, activities, decisions, background, undo,
                new Checks(i18n), today.get());
        form.lastSavedProperty().addListener((obs, old, saved) -> {
            if (saved != null) {
                model.reveal(saved);
            }
        });
        Runnable show = () -> new GroupFormDialog(i18n, owner.get(), form).show();
        if (id == null) {
            form.startNew(model.committeeId(), show);
        } else {
            form.startEdit(id, show);
        }
    }

    /** What "activities of the group" does: the window switches to the activities filtered on it. */
    public void setOnShowActivities(java.util.function.BiConsumer<Long, String> show) {
        this.showActivities = show;
    }

    public GroupsViewModel model() {
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
        open(null);
    }

    @Override
    public void editSelected() {
        GroupRow row = model.selectedProperty().get();
        if (row != null) {
            open(row.id());
        }
    }

    @Override
    public void deleteSelected() {
        GroupRow row = model.selectedProperty().get();
        if (row != null && row.dissolvedOn() == null && new Dialogs(i18n).confirm(owner.get(),
                i18n.get("activities.groups.dissolveTitle"), i18n.format("activities.groups.dissolveQuestion",
                        row.name(), Formats.date(today.get())))) {
            model.dissolveSelected(today.get());
        }
    }

    @Override
    public void focusMain() {
        model.loadCommittees();
        model.activate();
        table.requestFocus();
    }
}
