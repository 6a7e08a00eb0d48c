package org.diaban.ui.activities;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.activity.ActivityRow;
import org.diaban.service.activity.ActivityService;
import org.diaban.service.concerns.ConcernDraft;
import org.diaban.ui.common.Columns;
import org.diaban.ui.common.Dialogs;
import org.diaban.ui.common.UndoManager;
import org.diaban.ui.common.form.Background;
import org.diaban.ui.common.form.Checks;
import org.diaban.ui.common.form.ChoiceField;
import org.diaban.ui.common.form.Styles;
import org.diaban.ui.shell.Workspace;

/**
 * The activities workspace: a filter bar, the activities that match (latest first), and their
 * totals by kind. New (Ctrl+N), edit (F2, double click) and delete (Delete) are undoable.
 */
public final class ActivitiesPane implements Workspace {

    private final I18n i18n;
    private final ActivitiesViewModel model;
    private final ActivityService service;
    private final Background background;
    private final UndoManager undo;
    private final Supplier<LocalDate> today;
    private final Supplier<Window> owner;
    private final TableView<ActivityRow> table = new TableView<>();
    private final BorderPane root = new BorderPane();
    private final javafx.beans.property.ObjectProperty<Consumer<ConcernDraft>> onRaiseConcern =
            new javafx.beans.property.SimpleObjectProperty<>();

    public ActivitiesPane(I18n i18n, ActivityService service, Background background, UndoManager undo,
                          Supplier<LocalDate> today, Supplier<Window> owner) {
        this.i18n = i18n;
        this.service = service;
        this.background = background;
        this.undo = undo;
        this.today = today;
        this.owner = owner;
        this.model = new ActivitiesViewModel(service, background, undo, new Checks(i18n), today);
        root.setId("activities");
        root.setTop(filterBar());
        root.setCenter(table());
        root.setBottom(footer());
        root.getStylesheets().add(Styles.sheets().get(1));
    }

    private Node filterBar() {
        TextField from = dateField("activities-from", model.fromProperty());
        TextField to = dateField("activities-to", model.toProperty());
        Button month = button("activities-month", "activities.filter.month", model::thisMonth);
        Button quarter = button("activities-quarter", "activities.filter.quarter", model::thisQuarter);
        Button year = button("activities-year", "activities.filter.year", model::thisYear);
        Button all = button("activities-all", "activities.filter.all", model::allTime);
        ChoiceField unit = new ChoiceField(model.unit(), "activities-unit", i18n.get("activities.filter.unitPrompt"));
        unit.view().setPrefColumnCount(18);
        ChoiceField cadre = new ChoiceField(model.cadre(), "activities-cadre",
                i18n.get("activities.filter.cadrePrompt"));
        cadre.view().setPrefColumnCount(16);
        ComboBox<ActivityKind> kind = kindFilter();
        Button clear = button("activities-clear", "activities.filter.clear", model::clearFilter);
        Button add = button("activities-add", "activities.action.add", this::addNew);
        add.setDefaultButton(false);
        add.getStyleClass().add("accent");
        Button concern = button("activities-raise-concern", "activities.action.raiseConcern", this::raiseConcern);
        concern.setTooltip(new Tooltip(i18n.get("activities.action.raiseConcern.tooltip")));
        concern.disableProperty().bind(model.selectedProperty().isNull().or(onRaiseConcern.isNull()));

        HBox period = new HBox(6, label("activities.filter.from"), from, label("activities.filter.to"), to,
                month, quarter, year, all);
        period.setAlignment(Pos.CENTER_LEFT);
        Label group = new Label();
        group.setId("activities-group-filter");
        group.textProperty().bind(model.groupFilterProperty());
        group.managedProperty().bind(group.textProperty().isNotEmpty());
        group.visibleProperty().bind(group.managedProperty());
        HBox what = new HBox(6, label("activities.filter.unit"), unit.view(), label("activities.filter.cadre"),
                cadre.view(), label("activities.filter.kind"), kind, group, clear);
        what.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, period, spacer, concern, add);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, top, what);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private TextField dateField(String id, javafx.beans.property.ObjectProperty<LocalDate> day) {
        TextField field = new TextField(Formats.date(day.get()));
        field.setId(id);
        field.setPrefColumnCount(8);
        field.setPromptText(i18n.get("activities.filter.anyDay"));
        day.addListener((obs, old, d) -> field.setText(Formats.date(d)));
        Runnable apply = () -> {
            LocalDate d = DayText.parse(field.getText(), today.get());
            if (d == null && !field.getText().isBlank()) {
                field.setText(Formats.date(day.get()));
                return;
            }
            if (d == null ? day.get() != null : !d.equals(day.get())) {
                day.set(d);
                model.reload();
            }
            field.setText(Formats.date(d));
        };
        field.setOnAction(e -> apply.run());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                apply.run();
            }
        });
        return field;
    }

    private ComboBox<ActivityKind> kindFilter() {
        List<ActivityKind> kinds = new java.util.ArrayList<>(Arrays.asList(ActivityKind.values()));
        kinds.add(0, null);
        ComboBox<ActivityKind> box = new ComboBox<>(FXCollections.observableArrayList(kinds));
        box.setId("activities-kind");
        javafx.util.Callback<javafx.scene.control.ListView<ActivityKind>, ListCell<ActivityKind>> cells = l ->
                new ListCell<>() {
                    @Override
                    protected void updateItem(ActivityKind k, boolean empty) {
                        super.updateItem(k, empty);
                        setText(empty ? null : k == null ? i18n.get("activities.filter.anyKind")
                                : i18n.get("activities.kind." + k));
                    }
                };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.valueProperty().bindBidirectional(model.kindProperty());
        return box;
    }

    private Node table() {
        table.setId("activity-table");
        table.setItems(model.rows());
        TableColumn<ActivityRow, String> date = Columns.text(i18n.get("activities.column.date"),
                r -> Formats.date(r.heldOn()), 95);
        // the list comes latest first; a click on the header sorts by the day, not by its day-first text
        date.setComparator(java.util.Comparator.comparing(t -> Formats.parseDate(t)));
        table.getColumns().setAll(List.of(date,
                Columns.text(i18n.get("activities.column.kind"), r -> i18n.get("activities.kind." + r.kind()), 150),
                Columns.text(i18n.get("activities.column.place"), this::place, 260),
                Columns.text(i18n.get("activities.column.participants"), ActivityRow::participants, 230),
                Columns.text(i18n.get("activities.column.group"), ActivityRow::group, 120),
                concernsColumn(),
                Columns.text(i18n.get("activities.column.content"), ActivityRow::content, 320)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("activities.list.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> {
            if (r != model.selectedProperty().get()) {
                model.selectedProperty().set(r);
            }
        });
        model.selectedProperty().addListener((obs, old, r) -> {
            if (r != null && r != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(r);
                table.scrollTo(r);
            }
        });
        MenuItem raise = new MenuItem(i18n.get("activities.action.raiseConcern"));
        raise.setId("activities-menu-raise-concern");
        raise.setAccelerator(RAISE_CONCERN);
        raise.setOnAction(e -> raiseConcern());
        MenuItem edit = new MenuItem(i18n.get("activities.action.edit"));
        edit.setOnAction(e -> editSelected());
        ContextMenu menu = new ContextMenu(raise, edit);
        table.setRowFactory(t -> {
            TableRow<ActivityRow> row = new TableRow<>();
            // the whole of a long list of participants or a long content, on hover
            row.itemProperty().addListener((obs, old, r) -> row.setTooltip(r == null ? null
                    : new javafx.scene.control.Tooltip(r.participants() + (r.content() == null ? ""
                            : "\n" + r.content()))));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    editSelected();
                }
            });
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty()
                    .or(onRaiseConcern.isNull())).then((ContextMenu) null).otherwise(menu));
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) && model.selectedProperty().get() != null) {
                editSelected();
                e.consume();
            } else if (RAISE_CONCERN.match(e) && model.selectedProperty().get() != null) {
                raiseConcern();
                e.consume();
            }
        });
        return table;
    }

    private static final KeyCombination RAISE_CONCERN = new KeyCodeCombination(KeyCode.K,
            KeyCombination.SHORTCUT_DOWN);

    /** How many concerns were raised at each activity, blank for none. */
    private TableColumn<ActivityRow, Long> concernsColumn() {
        TableColumn<ActivityRow, Long> column = Columns.value(i18n.get("activities.column.concerns"),
                ActivityRow::concerns, n -> n == 0 ? "" : Formats.number(n), 80);
        column.setId("activities-column-concerns");
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setMinWidth(70);
        column.setMaxWidth(90);
        return column;
    }

    /** Opens the new-concern form at the selected activity (in the concerns tab's form). */
    public void raiseConcern() {
        ConcernDraft from = model.concernAtSelected();
        if (from != null && onRaiseConcern.get() != null) {
            onRaiseConcern.get().accept(from);
        }
    }

    /** Where "Ghi kiến nghị" goes: the concerns workspace's form, set by the window. */
    public void setOnRaiseConcern(Consumer<ConcernDraft> action) {
        onRaiseConcern.set(action);
    }

    private String place(ActivityRow r) {
        String p = r.household() == null ? r.place() : i18n.format("activities.place.household", r.household(),
                r.place());
        return r.placeDetail() == null ? p : p + " (" + r.placeDetail() + ")";
    }

    private Node footer() {
        Label totals = new Label();
        totals.setId("activities-totals");
        totals.setWrapText(true);
        model.totalsProperty().addListener((obs, old, t) -> totals.setText(model.totalsText()));
        Label summary = new Label();
        summary.setId("activities-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add("form-hint");
        Label error = new Label();
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add("form-error");
        FlowPane box = new FlowPane(16, 4, totals, summary, error);
        box.setPadding(new Insets(6, 8, 8, 8));
        return box;
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
        ActivityFormViewModel form = new ActivityFormViewModel(service, background, undo, new Checks(i18n),
                today.get());
        form.lastSavedProperty().addListener((obs, old, saved) -> {
            if (saved != null) {
                model.reveal(saved);
            }
        });
        Runnable show = () -> new ActivityFormDialog(i18n, owner.get(), form).show();
        if (id == null) {
            form.startNew(show);
        } else {
            form.startEdit(id, show);
        }
    }

    /** Shows the activities at a unit (and under it), from the tree. */
    public void showUnit(Long unitId) {
        model.loadChoices();
        model.activate();
        model.showUnit(unitId);
    }

    /** Shows the activities of a cadre, from the registry. */
    public void showCadre(Long cadreId) {
        model.loadChoices();
        model.activate();
        model.showCadre(cadreId);
    }

    /** Shows the activities done under a working group. */
    public void showGroup(Long groupId, String groupName) {
        model.loadChoices();
        model.activate();
        model.showGroup(groupId, groupName);
    }

    public ActivitiesViewModel model() {
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
        ActivityRow row = model.selectedProperty().get();
        if (row != null) {
            open(row.id());
        }
    }

    @Override
    public void deleteSelected() {
        ActivityRow row = model.selectedProperty().get();
        if (row != null && new Dialogs(i18n).confirm(owner.get(), i18n.get("activities.delete.title"),
                i18n.format("activities.delete.question", i18n.get("activities.kind." + row.kind()),
                        Formats.date(row.heldOn()), row.place()))) {
            model.deleteSelected(() -> table.requestFocus());
        }
    }

    @Override
    public void focusMain() {
        model.loadChoices();
        model.activate();
        table.requestFocus();
    }
}
