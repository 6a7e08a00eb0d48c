package org.diaban.ui.hierarchy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.i18n.I18n;
import org.diaban.ui.shell.Workspace;

/** The hierarchy workspace: the tree on the left, the selected unit's details on the right. */
public final class HierarchyPane implements Workspace {

    private final I18n i18n;
    private final HierarchyViewModel model;
    private final TreeView<UnitState> tree = new TreeView<>();
    private final UnitDetailsView details;
    private final SplitPane root;
    private final Label message = new Label();
    private UnitActions actions;
    private boolean syncingSelection;
    private Map<Long, String> warnings = Map.of();
    private final VBox left;

    public HierarchyPane(I18n i18n, HierarchyViewModel model) {
        this.i18n = i18n;
        this.model = model;
        this.details = new UnitDetailsView(i18n);
        tree.setId("hierarchy-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new UnitTreeCell(i18n, () -> model.figuresProperty().get(), () -> warnings));
        tree.setContextMenu(contextMenu());
        // the tree's own F2 binding (start editing a cell) would swallow the menu's F2
        tree.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F2 && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                editSelected();
            }
        });

        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(28, 28);
        busy.visibleProperty().bind(model.loadingProperty());
        message.getStyleClass().add("placeholder-text");
        message.setWrapText(true);
        message.setMaxWidth(380);
        message.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        StackPane treeBox = new StackPane(tree, message, busy);
        StackPane.setAlignment(busy, javafx.geometry.Pos.TOP_RIGHT);
        left = new VBox(treeBox);
        VBox.setVgrow(treeBox, javafx.scene.layout.Priority.ALWAYS);
        root = new SplitPane(left, details.view());
        root.setDividerPositions(0.42);

        model.snapshotProperty().addListener((obs, old, snapshot) -> showTree(snapshot));
        model.figuresProperty().addListener((obs, old, f) -> tree.refresh());
        model.detailsProperty().addListener((obs, old, d) -> details.show(d));
        model.errorProperty().addListener((obs, old, e) -> showMessage(e));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncingSelection) {
                model.selectedProperty().set(item == null ? null : item.getValue());
            }
        });
        model.selectedProperty().addListener((obs, old, unit) -> selectInTree(unit));
    }

    /** Warnings per unit (coverage), shown as badges in the tree. */
    public void showWarnings(Map<Long, String> byUnit) {
        this.warnings = byUnit == null ? Map.of() : byUnit;
        tree.refresh();
    }

    /**
     * A panel beside the tree (assignments), shown and hidden by a toggle above the tree; it starts
     * hidden unless {@code shown}.
     */
    public void setSidePanel(Node panel, String toggleText, boolean shown) {
        javafx.scene.control.ToggleButton toggle = new javafx.scene.control.ToggleButton(toggleText);
        toggle.setId("hierarchy-side-toggle");
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(toggle);
        bar.setPadding(new javafx.geometry.Insets(4));
        left.getChildren().add(0, bar);
        toggle.selectedProperty().addListener((obs, was, on) -> {
            if (on && !root.getItems().contains(panel)) {
                root.getItems().add(0, panel);
                root.setDividerPositions(0.24, 0.58);
            } else if (!on) {
                root.getItems().remove(panel);
                root.setDividerPositions(0.42);
            }
        });
        toggle.setSelected(shown);
    }

    /** The unit whose tree row is at a point of the scene, for drops onto the tree. */
    public java.util.Optional<UnitState> unitAt(double sceneX, double sceneY) {
        for (Node cell : tree.lookupAll(".tree-cell")) {
            if (cell instanceof UnitTreeCell c && !c.isEmpty() && c.getItem() != null && c.isVisible()
                    && c.localToScene(c.getBoundsInLocal()).contains(sceneX, sceneY)) {
                return java.util.Optional.of(c.getItem());
            }
        }
        return java.util.Optional.empty();
    }

    /** Highlights the tree row of a unit as the place a drag would drop on (null: none). */
    public void markDropTarget(Long unitId) {
        javafx.css.PseudoClass target = javafx.css.PseudoClass.getPseudoClass("drop-target");
        for (Node cell : tree.lookupAll(".tree-cell")) {
            if (cell instanceof UnitTreeCell c) {
                c.pseudoClassStateChanged(target, unitId != null && c.getItem() != null
                        && unitId.equals(c.getItem().unitId()));
            }
        }
    }

    /** Items for the context menu of an assignment in the details panel (end, transfer, ...). */
    public void setAssignmentMenu(java.util.function.Function<org.diaban.service.hierarchy.UnitDetails.AssignmentView,
            List<MenuItem>> items) {
        details.setAssignmentMenu(items);
    }

    public void setActions(UnitActions actions) {
        this.actions = actions;
    }

    /** Offers the activities of the selected unit, in the details and the tree's menu; {@code show} gets its id. */
    public void setOnShowActivities(String text, java.util.function.Consumer<Long> show) {
        Runnable act = () -> selected().ifPresent(u -> show.accept(u.unitId()));
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> act.run());
        tree.getContextMenu().getItems().add(item);
        javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(text);
        link.setId("unit-activities");
        link.setOnAction(e -> act.run());
        details.addLink(link);
    }

    private ContextMenu contextMenu() {
        MenuItem add = new MenuItem(i18n.get("hierarchy.action.addChild"));
        add.setOnAction(e -> addNew());
        MenuItem edit = new MenuItem(i18n.get("hierarchy.action.edit"));
        edit.setOnAction(e -> editSelected());
        MenuItem move = new MenuItem(i18n.get("hierarchy.action.move"));
        move.setOnAction(e -> selected().ifPresent(u -> whenActions(a -> a.move(u))));
        MenuItem reorganise = new MenuItem(i18n.get("hierarchy.action.reorganise"));
        reorganise.setOnAction(e -> reorganiseSelected());
        MenuItem retire = new MenuItem(i18n.get("hierarchy.action.retire"));
        retire.setOnAction(e -> deleteSelected());
        MenuItem copyKey = new MenuItem(i18n.get("hierarchy.action.copyKey"));
        copyKey.setOnAction(e -> selected().ifPresent(u -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(u.externalKey());
            Clipboard.getSystemClipboard().setContent(content);
        }));
        return new ContextMenu(add, edit, move, reorganise, retire, new SeparatorMenuItem(), copyKey);
    }

    private void whenActions(java.util.function.Consumer<UnitActions> call) {
        if (actions != null) {
            call.accept(actions);
        }
    }

    private java.util.Optional<UnitState> selected() {
        return java.util.Optional.ofNullable(model.selectedProperty().get());
    }

    private void showTree(HierarchySnapshot snapshot) {
        Set<Long> expanded = new HashSet<>();
        collectExpanded(tree.getRoot(), expanded);
        TreeItem<UnitState> hidden = new TreeItem<>();
        if (snapshot != null) {
            for (UnitState top : snapshot.roots()) {
                hidden.getChildren().add(new UnitTreeItem(top, snapshot));
            }
        }
        hidden.setExpanded(true);
        syncingSelection = true;
        tree.setRoot(hidden);
        if (expanded.isEmpty()) {
            hidden.getChildren().forEach(item -> item.setExpanded(true));
        } else {
            reExpand(hidden, expanded);
        }
        syncingSelection = false;
        showMessage(snapshot != null && snapshot.size() == 0 ? i18n.get("hierarchy.empty") : null);
        selectInTree(model.selectedProperty().get());
        model.treeShown();
    }

    private void showMessage(String text) {
        message.setText(text == null ? "" : text);
        message.setVisible(text != null && !text.isEmpty());
    }

    private static void collectExpanded(TreeItem<UnitState> item, Set<Long> out) {
        if (item == null) {
            return;
        }
        if (item.getValue() != null && item.isExpanded()) {
            out.add(item.getValue().unitId());
        }
        if (item.getValue() == null || item.isExpanded()) {
            for (TreeItem<UnitState> child : item.getChildren()) {
                collectExpanded(child, out);
            }
        }
    }

    private static void reExpand(TreeItem<UnitState> item, Set<Long> expanded) {
        for (TreeItem<UnitState> child : item.getChildren()) {
            if (expanded.contains(child.getValue().unitId())) {
                child.setExpanded(true);
                reExpand(child, expanded);
            }
        }
    }

    /** Selects the unit in the tree, expanding its ancestors, and scrolls to it. */
    private void selectInTree(UnitState unit) {
        HierarchySnapshot snapshot = model.snapshotProperty().get();
        if (unit == null || snapshot == null || tree.getRoot() == null) {
            return;
        }
        TreeItem<UnitState> selected = tree.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getValue() != null && selected.getValue().unitId().equals(unit.unitId())) {
            return;
        }
        List<UnitState> path = new ArrayList<>(snapshot.pathToRoot(unit.unitId()));
        java.util.Collections.reverse(path);
        TreeItem<UnitState> item = tree.getRoot();
        for (UnitState step : path) {
            TreeItem<UnitState> next = null;
            for (TreeItem<UnitState> child : item.getChildren()) {
                if (child.getValue().unitId().equals(step.unitId())) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                return;
            }
            if (next.getValue().unitId().equals(unit.unitId())) {
                item = next;
                break;
            }
            next.setExpanded(true);
            item = next;
        }
        syncingSelection = true;
        tree.getSelectionModel().select(item);
        syncingSelection = false;
        int row = tree.getRow(item);
        if (row >= 0) {
            tree.scrollTo(Math.max(0, row - 3));
        }
    }

    public HierarchyViewModel model() {
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
        whenActions(a -> a.addChild(model.selectedProperty().get()));
    }

    @Override
    public void editSelected() {
        selected().ifPresent(u -> whenActions(a -> a.edit(u)));
    }

    @Override
    public void deleteSelected() {
        selected().ifPresent(u -> whenActions(a -> a.retire(u)));
    }

    /** Records a reorganisation, starting from the selected unit if there is one. */
    public void reorganiseSelected() {
        whenActions(a -> a.reorganise(model.selectedProperty().get()));
    }

    @Override
    public void focusMain() {
        tree.requestFocus();
    }
}
