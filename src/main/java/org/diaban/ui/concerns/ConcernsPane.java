package org.diaban.ui.concerns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
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
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.textfield.TextFields;
import org.diaban.domain.activity.ConcernStatus;
import org.diaban.domain.text.VietnameseCollation;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.concerns.ConcernDraft;
import org.diaban.service.concerns.ConcernService;
import org.diaban.service.concerns.ConcernSummary;
import org.diaban.service.concerns.TopicInfo;
import org.diaban.ui.common.Columns;
import org.diaban.ui.common.ShownAs;
import org.diaban.ui.common.TaskRunner;
import org.diaban.ui.common.UndoManager;
import org.diaban.ui.common.form.Background;
import org.diaban.ui.common.form.Checks;
import org.diaban.ui.common.form.ChoiceField;
import org.diaban.ui.shell.Workspace;

/**
 * The concerns workspace: a filter bar, the list (overdue rows in red with the days late), and
 * beside it the selected concern with its dated history of status changes and handovers.
 */
public final class ConcernsPane implements Workspace {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final I18n i18n;
    private final ConcernsViewModel model;
    private final TableView<ConcernSummary> table = new TableView<>();
    private final BorderPane root = new BorderPane();
    private ConcernActions actions;
    private boolean syncing;

    public ConcernsPane(I18n i18n, ConcernsViewModel model) {
        this.i18n = i18n;
        this.model = model;
        root.setId("concerns-pane");
        root.getStylesheets().add(STYLESHEET);
        root.setTop(new VBox(filterBar(), actionBar()));
        buildTable();
        ConcernDetailView detail = new ConcernDetailView(i18n, model.detailProperty());
        SplitPane split = new SplitPane(table, detail.view());
        split.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(detail.view(), false);
        root.setCenter(split);
    }

    private Node filterBar() {
        ComboBox<StatusFilter> status = new ComboBox<>();
        status.setId("concerns-status-filter");
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.getItems().setAll(StatusFilter.choices());
        status.setConverter(ShownAs.text(s -> i18n.get("concerns.filter.status." + s.key())));
        status.valueProperty().bindBidirectional(model.statusProperty());

        ComboBox<TopicInfo> topic = new ComboBox<>();
        topic.setId("concerns-topic-filter");
        topic.setPromptText(i18n.get("concerns.filter.allTopics"));
        topic.setConverter(ShownAs.text(t -> t == null ? i18n.get("concerns.filter.allTopics")
                : t.name(i18n.isEnglish())));
        model.topics().addListener((ListChangeListener<TopicInfo>) c -> {
            TopicInfo keep = model.topicProperty().get();
            List<TopicInfo> items = new ArrayList<>();
            items.add(null);
            items.addAll(model.topics());
            topic.getItems().setAll(items);
            topic.setValue(keep);
        });
        topic.valueProperty().bindBidirectional(model.topicProperty());
        topic.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(TopicInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? i18n.get("concerns.filter.allTopics") : item.name(i18n.isEnglish()));
            }
        });

        ChoiceField place = new ChoiceField(model.place(), "concerns-place-filter", i18n.get("concerns.filter.place"));
        place.view().setPrefColumnCount(14);

        TextField from = dayField("concerns-from", "concerns.filter.from.prompt", model.raisedFromProperty());
        TextField to = dayField("concerns-to", "concerns.filter.to.prompt", model.raisedToProperty());
        Label raised = new Label(i18n.get("concerns.filter.raised"));
        raised.setMinWidth(Region.USE_PREF_SIZE);
        HBox period = new HBox(4, raised, from, new Label("–"), to);
        period.setAlignment(Pos.CENTER_LEFT);

        CheckBox overdue = new CheckBox(i18n.get("concerns.filter.overdueOnly"));
        overdue.setId("concerns-overdue-only");
        overdue.setMinWidth(Region.USE_PREF_SIZE);
        overdue.selectedProperty().bindBidirectional(model.overdueOnlyProperty());

        TextField search = TextFields.createClearableTextField();
        search.setId("concerns-search");
        search.setPromptText(i18n.get("concerns.filter.search"));
        search.setPrefColumnCount(12);
        search.setMinWidth(120);
        search.textProperty().bindBidirectional(model.searchProperty());

        Label count = new Label();
        count.setId("concerns-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            var c = model.countsProperty().get();
            return c.overdue() > 0 ? i18n.format("concerns.count.withOverdue", c.total(), c.overdue())
                    : i18n.format("concerns.count", c.total());
        }, model.countsProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, topic, place.view(), period, overdue, search, spacer, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 8, 4, 8));
        return bar;
    }

    /**
     * A day of the period filter, dd/mm/yyyy: applied on Enter or when leaving the field; blank for
     * no bound; a text that is no day goes back to the day in force.
     */
    private TextField dayField(String id, String promptKey, javafx.beans.property.ObjectProperty<LocalDate> day) {
        TextField field = new TextField(Formats.date(day.get()));
        field.setId(id);
        field.setPromptText(i18n.get(promptKey));
        field.setPrefColumnCount(6);
        field.setMinWidth(Region.USE_PREF_SIZE);
        day.addListener((obs, old, d) -> field.setText(Formats.date(d)));
        Runnable apply = () -> {
            String text = field.getText() == null ? "" : field.getText().strip();
            LocalDate d = Checks.date(text);
            if (d == null && !text.isEmpty()) {
                field.setText(Formats.date(day.get()));
            } else {
                day.set(d);
            }
        };
        field.setOnAction(e -> apply.run());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                apply.run();
            }
        });
        return field;
    }

    private Node actionBar() {
        BooleanBinding none = model.selectedProperty().isNull();
        BooleanBinding closed = Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || !model.selectedProperty().get().status().isOpen(), model.selectedProperty());
        BooleanBinding finished = Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || model.selectedProperty().get().status().next().isEmpty(), model.selectedProperty());
        Button add = button("concerns-add", "concerns.action.add", "concerns.action.add.tooltip", this::addNew);
        Button edit = button("concerns-edit", "concerns.action.edit", "concerns.action.edit.tooltip",
                this::editSelected);
        edit.disableProperty().bind(none);
        Button status = button("concerns-change-status", "concerns.action.status", "concerns.action.status.tooltip",
                () -> act(actions::changeStatus));
        status.disableProperty().bind(finished);
        Button hand = button("concerns-hand-over", "concerns.action.handOver", "concerns.action.handOver.tooltip",
                () -> act(actions::handOver));
        hand.disableProperty().bind(closed);
        Button withdraw = button("concerns-withdraw", "concerns.action.withdraw", "concerns.action.withdraw.tooltip",
                this::deleteSelected);
        withdraw.disableProperty().bind(none);
        Button topics = button("concerns-topics", "concerns.action.topics", "concerns.action.topics.tooltip", () -> {
            if (actions != null) {
                actions.editTopics();
            }
        });
        // how the list splits by status: "Mới 12 · Đang giải quyết 40 · ..."
        Label byStatus = new Label();
        byStatus.setId("concerns-status-counts");
        byStatus.getStyleClass().add("concern-status-counts");
        byStatus.textProperty().bind(Bindings.createStringBinding(() -> {
            var counts = model.countsProperty().get().byStatus();
            List<String> parts = new ArrayList<>();
            for (ConcernStatus s : ConcernStatus.values()) {
                long n = counts.getOrDefault(s, 0L);
                if (n > 0) {
                    parts.add(i18n.format("concerns.count.status", i18n.get("concerns.status." + s.name()), n));
                }
            }
            return String.join(" · ", parts);
        }, model.countsProperty()));
        HBox footer = new HBox(byStatus);
        footer.setPadding(new Insets(4, 8, 4, 8));
        root.setBottom(footer);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, add, edit, status, hand, withdraw, spacer, topics);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 8, 8));
        return bar;
    }

    private Button button(String id, String key, String tooltipKey, Runnable action) {
        Button b = new Button(i18n.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(i18n.get(tooltipKey)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void act(Consumer<ConcernSummary> action) {
        ConcernSummary row = model.selectedProperty().get();
        if (actions != null && row != null) {
            action.accept(row);
        }
    }

    private void buildTable() {
        table.setId("concerns-table");
        TableColumn<ConcernSummary, LocalDate> raised = dateColumn(i18n.get("concerns.column.raisedOn"),
                ConcernSummary::raisedOn);
        TableColumn<ConcernSummary, String> unit = Columns.text(i18n.get("concerns.column.unit"),
                ConcernSummary::unitName, 200, VietnameseCollation.text());
        TableColumn<ConcernSummary, String> topic = Columns.text(i18n.get("concerns.column.topic"),
                c -> c.topicName(i18n.isEnglish()), 110, VietnameseCollation.text());
        TableColumn<ConcernSummary, String> content = Columns.text(i18n.get("concerns.column.content"),
                ConcernSummary::content, 280, VietnameseCollation.text());
        TableColumn<ConcernSummary, String> body = Columns.text(i18n.get("concerns.column.body"),
                ConcernSummary::responsibleBody, 180, VietnameseCollation.text());
        TableColumn<ConcernSummary, LocalDate> deadline = dateColumn(i18n.get("concerns.column.deadline"),
                ConcernSummary::deadline);
        // statuses sort in their life-cycle order
        TableColumn<ConcernSummary, ConcernStatus> status = Columns.value(i18n.get("concerns.column.status"),
                ConcernSummary::status, s -> i18n.get("concerns.status." + s.name()), 120);
        TableColumn<ConcernSummary, Long> late = Columns.value(i18n.get("concerns.column.late"),
                ConcernSummary::daysOverdue, d -> d == 0 ? "" : i18n.format("concerns.late", d), 76);
        late.setStyle("-fx-alignment: CENTER-RIGHT;");
        fixed(raised, 88);
        fixed(deadline, 88);
        fixed(late, 76);
        // the content gets the room: place, topic and body are in the detail panel in full
        unit.setMinWidth(120);
        unit.setPrefWidth(180);
        topic.setMinWidth(80);
        topic.setPrefWidth(90);
        content.setMinWidth(180);
        content.setPrefWidth(320);
        body.setMinWidth(110);
        body.setPrefWidth(130);
        status.setMinWidth(128);
        // spare width goes to the texts, not to the short status words
        status.setMaxWidth(150);
        table.getColumns().setAll(List.of(raised, unit, topic, content, body, deadline, late, status));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(i18n.get("concerns.empty")));
        table.setRowFactory(t -> {
            TableRow<ConcernSummary> row = new TableRow<>() {
                @Override
                protected void updateItem(ConcernSummary item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(OVERDUE, !empty && item != null && item.overdue());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    editSelected();
                }
            });
            return row;
        });
        var sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null) {
                model.selectedProperty().set(row);
            }
        });
        model.selectedProperty().addListener((obs, old, row) -> syncSelection(row));
        model.rows().addListener((ListChangeListener<ConcernSummary>) c ->
                syncSelection(model.selectedProperty().get()));
        // the table's own F2 (start editing a cell) would swallow the window's F2
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) && model.selectedProperty().get() != null) {
                editSelected();
                e.consume();
            }
        });
    }

    /** Dates shown dd/MM/yyyy, sorted as dates, blanks first. */
    private static TableColumn<ConcernSummary, LocalDate> dateColumn(String title,
                                                                    Function<ConcernSummary, LocalDate> value) {
        TableColumn<ConcernSummary, LocalDate> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Formats.date(item));
            }
        });
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.setPrefWidth(88);
        return column;
    }

    private void syncSelection(ConcernSummary row) {
        if (row == table.getSelectionModel().getSelectedItem()) {
            return;
        }
        syncing = true;
        try {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        } finally {
            syncing = false;
        }
    }

    private static void fixed(TableColumn<?, ?> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
    }

    static final String STYLESHEET = ConcernsPane.class.getResource("/org/diaban/ui/concerns/concerns.css")
            .toExternalForm();

    /**
     * The workspace wired to the services, with its dialogs owned by the window. Our style sheet
     * also goes on the window's scene: the tree's overdue mark and the status-bar notice use it.
     */
    public static ConcernsPane create(I18n i18n, Stage owner, ConcernService concerns, TaskRunner tasks,
                                      UndoManager undo) {
        var background = Background.on(tasks);
        ConcernsViewModel model = new ConcernsViewModel(concerns, background, new ErrorMessages(i18n));
        ConcernsPane pane = new ConcernsPane(i18n, model);
        pane.setActions(new ConcernEditing(i18n, owner, concerns, model, background, undo));
        if (owner.getScene() != null && !owner.getScene().getStylesheets().contains(STYLESHEET)) {
            owner.getScene().getStylesheets().add(STYLESHEET);
        }
        return pane;
    }

    /** "5 kiến nghị quá hạn" while concerns are overdue today, else empty: the window's notice. */
    public StringBinding noticeText() {
        return Bindings.createStringBinding(() -> model.overdueTodayProperty().get() == 0 ? ""
                : i18n.format("concerns.notice", model.overdueTodayProperty().get()), model.overdueTodayProperty());
    }

    public void setActions(ConcernActions actions) {
        this.actions = actions;
    }

    public ConcernsViewModel model() {
        return model;
    }

    /** Shows every concern overdue today: what the notice in the status bar opens. */
    public void showOverdue() {
        model.showOverdue();
        table.requestFocus();
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
            actions.raise();
        }
    }

    /** Opens the new-concern form started from the activity it is raised at (from the activities tab). */
    public void raiseAt(ConcernDraft from) {
        if (actions != null) {
            actions.raiseAt(from);
        }
    }

    @Override
    public void editSelected() {
        act(c -> actions.edit(c));
    }

    @Override
    public void deleteSelected() {
        act(c -> actions.withdraw(c));
    }

    @Override
    public void focusMain() {
        table.requestFocus();
    }
}
