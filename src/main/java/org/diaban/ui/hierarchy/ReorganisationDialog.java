package org.diaban.ui.hierarchy;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.diaban.domain.hierarchy.ReorganisationKind;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.hierarchy.UnitType;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.ui.hierarchy.ReorganisationModel.Allocation;
import org.diaban.ui.hierarchy.ReorganisationModel.Target;
import org.diaban.ui.hierarchy.UnitFormModel.Field;

/**
 * Recording a merge, split, rename, change of parent, establishment or dissolution: the event
 * (kind, day, legal basis), the old units, what follows them, and the sentence it makes.
 */
final class ReorganisationDialog {

    private final I18n i18n;
    private final ReorganisationModel model;
    private final VBox result = new VBox(8);
    private final Node successorNode;
    private final Node mergeNode;
    private final Node mergeExistingNode;
    private final Node splitNode;
    private final Node renameNode;
    private final Node changeParentNode;
    private final Node dissolveNode;
    private final Node predecessorsNode;

    private ReorganisationDialog(I18n i18n, ReorganisationModel model) {
        this.i18n = i18n;
        this.model = model;
        this.successorNode = successorForm();
        this.mergeNode = mergeChoice();
        this.mergeExistingNode = labelled(i18n.get("hierarchy.reorg.into"),
                unitCombo(model.existingChoices(), model.existingSuccessorProperty(), "reorg-existing"));
        this.splitNode = splitSection();
        this.renameNode = new UnitFormView(i18n, model.renamed(), "reorg-rename").view();
        this.changeParentNode = labelled(i18n.get("hierarchy.reorg.newParent"),
                unitCombo(model.newParentChoices(), model.newParentProperty(), "reorg-new-parent"));
        this.dissolveNode = labelled(i18n.get("hierarchy.reorg.receiver"),
                unitCombo(model.existingChoices(), model.existingSuccessorProperty(), "reorg-receiver"));
        this.predecessorsNode = predecessors();
    }

    static FormDialog create(Window owner, I18n i18n, ReorganisationModel model) {
        return new ReorganisationDialog(i18n, model).build(owner);
    }

    private FormDialog build(Window owner) {
        Label resultTitle = section(i18n.get("hierarchy.reorg.result"));
        model.kindProperty().addListener((obs, old, k) -> showResult());
        model.mergeTargetProperty().addListener((obs, old, t) -> showResult());
        showResult();

        Label preview = new Label();
        preview.setId("reorg-preview");
        preview.getStyleClass().add("form-preview");
        preview.setWrapText(true);
        preview.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        preview.setMaxWidth(Double.MAX_VALUE);
        preview.textProperty().bind(model.previewProperty());
        Label problem = EditUnitDialog.problemLabel(model.problemProperty());
        problem.setId("reorg-problem");

        // the event and the old units on the left, what follows them on the right: no scrolling for a merge
        VBox left = new VBox(10, event(), predecessorsNode);
        left.setPrefWidth(420);
        left.setMinWidth(380);
        VBox right = new VBox(8, resultTitle, result);
        right.setPadding(new Insets(0, 12, 0, 0));
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(640);
        scroll.setPrefViewportHeight(430);
        scroll.getStyleClass().add("form-scroll");
        HBox columns = new HBox(16, left, scroll);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        preview.setMinHeight(Region.USE_PREF_SIZE);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        VBox body = new FormBox(1090, 10, columns, preview, problem);
        VBox.setVgrow(columns, Priority.ALWAYS);
        return new FormDialog(owner, i18n, "reorg-dialog", i18n.get("hierarchy.reorg.title"), body,
                i18n.get("hierarchy.reorg.ok"), model.validProperty());
    }

    /** Kind, effective day, legal basis and note. */
    private Node event() {
        ComboBox<ReorganisationKind> kind = new ComboBox<>();
        kind.getItems().setAll(ReorganisationKind.values());
        kind.setId("reorg-kind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReorganisationKind k) {
                return k == null ? "" : i18n.get("reorganisation.kind." + k);
            }

            @Override
            public ReorganisationKind fromString(String s) {
                return null;
            }
        });
        var day = UnitFormView.dateField(model.date(), "reorg-date");
        Label dayError = new Label();
        dayError.getStyleClass().add("validation-error");
        dayError.setWrapText(true);
        dayError.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        dayError.textProperty().bind(model.dateErrorProperty());
        TextField basis = new TextField();
        basis.setId("reorg-basis");
        basis.setPromptText(i18n.get("hierarchy.reorg.basisPrompt"));
        basis.textProperty().bindBidirectional(model.legalBasisProperty());
        TextField note = new TextField();
        note.setId("reorg-note");
        note.textProperty().bindBidirectional(model.noteProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints fields = new ColumnConstraints(200, 290, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        kind.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(0, new Label(i18n.get("hierarchy.reorg.kind")), kind);
        grid.addRow(1, new Label(i18n.get("hierarchy.reorg.date")), day);
        grid.add(dayError, 1, 2);
        grid.addRow(3, new Label(i18n.get("hierarchy.reorg.basis")), basis);
        grid.addRow(4, new Label(i18n.get("hierarchy.reorg.note")), note);
        dayError.managedProperty().bind(dayError.textProperty().isNotEmpty());
        return grid;
    }

    /** The old units: ticked in a list of the units that exist the day before, filtered by typing. */
    private Node predecessors() {
        Label title = section("");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.day() == null
                ? i18n.get("hierarchy.reorg.predecessors")
                : i18n.format("hierarchy.reorg.predecessorsOn", Formats.date(model.day().minusDays(1))),
                model.date().valueProperty()));
        TextField filter = new TextField();
        filter.setId("reorg-filter");
        filter.setPromptText(i18n.get("hierarchy.move.filterPrompt"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        ListView<UnitChoice> list = new ListView<>(model.candidates());
        list.setId("reorg-predecessors");
        list.setPrefHeight(230);
        list.setPlaceholder(new Label(i18n.get("hierarchy.move.noneShown")));
        list.setCellFactory(CheckBoxListCell.forListView(model::chosenProperty, new StringConverter<>() {
            @Override
            public String toString(UnitChoice c) {
                return c == null ? "" : c.label();
            }

            @Override
            public UnitChoice fromString(String s) {
                return null;
            }
        }));
        Label chosen = new Label();
        chosen.setId("reorg-chosen");
        chosen.setWrapText(true);
        chosen.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        chosen.getStyleClass().add("form-hint");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> model.predecessors().isEmpty()
                ? i18n.get("hierarchy.reorg.noneChosen")
                : i18n.format("hierarchy.reorg.chosen", model.predecessors().size(),
                String.join("; ", model.predecessors().stream().map(UnitState::fullName).toList())),
                model.predecessors()));
        VBox box = new VBox(6, title, filter, list, chosen);
        box.visibleProperty().bind(model.kindProperty().isNotEqualTo(ReorganisationKind.ESTABLISH));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void showResult() {
        List<Node> nodes = switch (model.kindProperty().get()) {
            case MERGE -> List.of(mergeNode,
                    model.mergeTargetProperty().get() == Target.NEW ? successorNode : mergeExistingNode);
            case SPLIT -> List.of(splitNode);
            case RENAME -> List.of(renameNode);
            case CHANGE_PARENT -> List.of(changeParentNode);
            case ESTABLISH -> List.of(successorNode);
            case DISSOLVE -> List.of(dissolveNode);
        };
        result.getChildren().setAll(nodes);
    }

    private Node mergeChoice() {
        ToggleGroup group = new ToggleGroup();
        RadioButton toNew = new RadioButton(i18n.get("hierarchy.reorg.mergeNew"));
        toNew.setId("reorg-merge-new");
        toNew.setToggleGroup(group);
        toNew.setUserData(Target.NEW);
        RadioButton toExisting = new RadioButton(i18n.get("hierarchy.reorg.mergeExisting"));
        toExisting.setId("reorg-merge-existing");
        toExisting.setToggleGroup(group);
        toExisting.setUserData(Target.EXISTING);
        (model.mergeTargetProperty().get() == Target.NEW ? toNew : toExisting).setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t != null) {
                model.mergeTargetProperty().set((Target) t.getUserData());
            }
        });
        HBox box = new HBox(18, toNew, toExisting);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The new unit of a merge or an establishment: its parent, then its own fields. */
    private Node successorForm() {
        UnitFormView form = new UnitFormView(i18n);
        form.addRow(i18n.get("hierarchy.reorg.parent"),
                unitCombo(model.parentChoices(), model.successorParentProperty(), "reorg-parent"), null);
        form.addUnitFields(model.successor(), "reorg-new");
        return form.view();
    }

    private Node splitSection() {
        VBox rows = new VBox(6);
        rows.setId("reorg-split-units");
        Runnable redraw = () -> {
            rows.getChildren().clear();
            int n = 1;
            for (UnitFormModel unit : model.splitUnits()) {
                rows.getChildren().add(splitRow(unit, n++));
            }
        };
        model.splitUnits().addListener((ListChangeListener<UnitFormModel>) c -> redraw.run());
        redraw.run();
        Button add = new Button(i18n.get("hierarchy.reorg.splitAdd"));
        add.setId("reorg-split-add");
        add.setOnAction(e -> model.addSplitUnit());

        GridPane allocation = grid();
        allocation.setId("reorg-allocation");
        Runnable redrawAllocation = () -> {
            allocation.getChildren().clear();
            int row = 0;
            for (Allocation a : model.allocations()) {
                ComboBox<UnitFormModel> target = new ComboBox<>();
                target.setId("reorg-allocate-" + a.child().externalKey());
                target.setCellFactory(list -> new SplitUnitCell(model));
                target.setButtonCell(new SplitUnitCell(model));
                Choices.bind(target, model.splitUnits(), a.targetProperty());
                target.setPromptText(i18n.get("hierarchy.reorg.allocatePrompt"));
                target.setMaxWidth(Double.MAX_VALUE);
                allocation.add(new Label(a.child().fullName()), 0, row);
                allocation.add(target, 1, row, 2, 1);
                row++;
            }
        };
        model.allocations().addListener((ListChangeListener<Allocation>) c -> redrawAllocation.run());
        redrawAllocation.run();
        Label allocationTitle = new Label(i18n.get("hierarchy.reorg.allocation"));
        allocationTitle.getStyleClass().add("form-subheading");
        allocationTitle.visibleProperty().bind(Bindings.isNotEmpty(model.allocations()));
        allocationTitle.managedProperty().bind(allocationTitle.visibleProperty());
        Label newUnits = new Label(i18n.get("hierarchy.reorg.splitUnits"));
        newUnits.getStyleClass().add("form-subheading");
        return new VBox(8, newUnits, rows, add, allocationTitle, allocation);
    }

    /** One new unit of a split in a line: type, name and key; the other names follow the suggestions. */
    private Node splitRow(UnitFormModel unit, int number) {
        ComboBox<UnitType> type = new ComboBox<>();
        Choices.bind(type, unit.allowedTypes(), unit.typeProperty());
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(UnitType t) {
                return unit.typeName(t);
            }

            @Override
            public UnitType fromString(String s) {
                return null;
            }
        });
        type.setPrefWidth(120);
        TextField name = new TextField();
        name.setId("reorg-split-name-" + number);
        name.setPromptText(i18n.get("hierarchy.form.NAME"));
        name.textProperty().bindBidirectional(unit.text(Field.NAME));
        HBox.setHgrow(name, Priority.ALWAYS);
        TextField key = new TextField();
        key.setId("reorg-split-key-" + number);
        key.setPromptText(i18n.get("hierarchy.form.KEY"));
        key.textProperty().bindBidirectional(unit.text(Field.KEY));
        key.setPrefWidth(230);
        Button remove = new Button(i18n.get("hierarchy.reorg.splitRemove"));
        remove.setOnAction(e -> model.removeSplitUnit(unit));
        remove.disableProperty().bind(Bindings.size(model.splitUnits()).lessThanOrEqualTo(2));
        Label error = new Label();
        error.getStyleClass().add("validation-error");
        error.textProperty().bind(Bindings.createStringBinding(() -> firstError(unit),
                unit.error(Field.NAME), unit.error(Field.KEY), unit.typeErrorProperty()));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        HBox line = new HBox(8, new Label(number + "."), type, name, key, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, line, error);
    }

    private static String firstError(UnitFormModel unit) {
        for (String e : new String[] {unit.typeErrorProperty().get(), unit.error(Field.NAME).get(),
            unit.error(Field.KEY).get()}) {
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** Shows a new unit of a split by its name as typed, or by its number while it has none. */
    private final class SplitUnitCell extends ListCell<UnitFormModel> {
        private final ReorganisationModel owner;

        SplitUnitCell(ReorganisationModel owner) {
            this.owner = owner;
        }

        @Override
        protected void updateItem(UnitFormModel unit, boolean empty) {
            super.updateItem(unit, empty);
            textProperty().unbind();
            if (empty || unit == null) {
                setText(null);
                return;
            }
            textProperty().bind(Bindings.createStringBinding(() -> {
                String name = unit.displayName();
                return name.isEmpty() ? i18n.format("hierarchy.reorg.newUnitNumber",
                        owner.splitUnits().indexOf(unit) + 1) : name;
            }, unit.text(Field.NAME), unit.text(Field.FULL_NAME), owner.splitUnits()));
        }
    }

    private ComboBox<UnitChoice> unitCombo(javafx.collections.ObservableList<UnitChoice> items,
                                           javafx.beans.property.ObjectProperty<UnitChoice> value, String id) {
        ComboBox<UnitChoice> combo = new ComboBox<>();
        combo.setId(id);
        Choices.bind(combo, items, value);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setPromptText(i18n.get("hierarchy.reorg.choosePrompt"));
        combo.setVisibleRowCount(14);
        return combo;
    }

    private Node labelled(String label, Node field) {
        GridPane grid = grid();
        grid.add(new Label(label), 0, 0);
        grid.add(field, 1, 0, 2, 1);
        return grid;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints wide = new ColumnConstraints(200, 260, Double.MAX_VALUE);
        wide.setHgrow(Priority.ALWAYS);
        ColumnConstraints rest = new ColumnConstraints(200, 360, Double.MAX_VALUE);
        rest.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().setAll(labels, wide, rest);
        return grid;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-section");
        return label;
    }
}
