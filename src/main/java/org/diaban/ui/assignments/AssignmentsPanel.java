package org.diaban.ui.assignments;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.people.CadreCategory;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.assignment.CoverageReport;
import org.diaban.service.cadres.CadreSummary;

/**
 * The "Phân công" panel beside the tree: a searchable list of cadres to drag onto a commune or
 * village, and the coverage on the view date with the units still uncovered (a click reveals one
 * in the tree).
 *
 * <p>The drag is made of plain mouse events (press, drag, release) rather than the platform's
 * drag-and-drop, which does not run on the headless test toolkit: a label follows the pointer, the
 * row under it is highlighted, and the release over a row drops the cadre there. Enter in the list
 * assigns the cadre to the unit selected in the tree, for the keyboard.
 */
final class AssignmentsPanel {

    /** Where a drag can land: the tree. */
    interface DropTarget {
        Optional<UnitState> unitAt(double sceneX, double sceneY);

        void mark(Long unitId);
    }

    private static final double DRAG_THRESHOLD = 5;

    private final I18n i18n;
    private final AssignmentsPanelModel model;
    private final VBox root;
    private final ListView<CadreSummary> cadres = new ListView<>();
    private final ListView<CoverageReport.Gap> uncovered = new ListView<>();
    private final Label summary = new Label();
    private final Label uncoveredTitle = new Label();
    private final Popup ghost = new Popup();
    private final Label ghostLabel = new Label();
    private DropTarget target;
    private BiConsumer<CadreSummary, UnitState> onDrop = (c, u) -> { };
    private Consumer<CadreSummary> onEnter = c -> { };
    private double pressX;
    private double pressY;
    private CadreSummary dragged;
    private boolean dragging;

    AssignmentsPanel(I18n i18n, AssignmentsPanelModel model, Runnable editRules, Consumer<Long> reveal,
                     Runnable newDecision) {
        this.i18n = i18n;
        this.model = model;
        TextField filter = new TextField();
        filter.setId("assign-cadre-filter");
        filter.setPromptText(i18n.get("assignments.panel.filterPrompt"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                cadres.requestFocus();
                cadres.getSelectionModel().selectFirst();
            }
        });
        Label hint = new Label(i18n.get("assignments.panel.dragHint"));
        hint.getStyleClass().add("assign-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        cadres.setId("assign-cadres");
        cadres.setItems(model.shownCadres());
        cadres.setCellFactory(l -> new CadreCell());
        cadres.setPlaceholder(new Label(i18n.get("assignments.panel.noCadres")));
        cadres.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        cadres.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        cadres.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        cadres.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && dragging) {
                e.consume();
                endDrag();
                dragged = null;
                return;
            }
            CadreSummary c = cadres.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && c != null) {
                e.consume();
                onEnter.accept(c);
            }
        });
        VBox.setVgrow(cadres, Priority.ALWAYS);
        VBox top = new VBox(6, title("assignments.panel.cadres"), filter, cadres, hint);
        top.setPadding(new Insets(6));

        summary.setId("coverage-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        uncovered.setId("coverage-uncovered");
        uncovered.setCellFactory(l -> new GapCell());
        uncovered.setPlaceholder(new Label(i18n.get("assignments.coverage.allCovered")));
        uncovered.setOnMouseClicked(e -> showGap(reveal));
        uncovered.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showGap(reveal);
            }
        });
        uncoveredTitle.getStyleClass().add("section-title");
        Button rules = new Button(i18n.get("assignments.coverage.rules"));
        rules.setId("coverage-rules-button");
        rules.setOnAction(e -> editRules.run());
        Button decision = new Button(i18n.get("assignments.decision.new"));
        decision.setId("decision-new");
        decision.setOnAction(e -> newDecision.run());
        rules.setMinWidth(Region.USE_PREF_SIZE);
        decision.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(6, decision, rules);
        VBox.setVgrow(uncovered, Priority.ALWAYS);
        VBox bottom = new VBox(6, title("assignments.coverage.title"), summary, uncoveredTitle, uncovered, buttons);
        bottom.setPadding(new Insets(6));

        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        root = new VBox(error, split);
        root.setId("assignments-panel");
        root.setMinWidth(220);
        root.getStyleClass().add("assignments-panel");

        ghostLabel.getStyleClass().add("drag-ghost");
        ghost.getContent().add(ghostLabel);
        model.reportProperty().addListener((obs, old, r) -> showReport(r));
    }

    private Label title(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    void setDropTarget(DropTarget target, BiConsumer<CadreSummary, UnitState> onDrop,
                       Consumer<CadreSummary> onEnter) {
        this.target = target;
        this.onDrop = onDrop;
        this.onEnter = onEnter;
    }

    private void showGap(Consumer<Long> reveal) {
        CoverageReport.Gap g = uncovered.getSelectionModel().getSelectedItem();
        if (g != null) {
            reveal.accept(g.unit().unitId());
        }
    }

    private void showReport(CoverageReport r) {
        if (r == null) {
            summary.setText("");
            uncovered.getItems().clear();
            return;
        }
        StringBuilder categories = new StringBuilder();
        for (CadreCategory c : CadreCategory.values()) {
            if (categories.length() > 0) {
                categories.append(" · ");
            }
            categories.append(i18n.get("assignments.category." + c)).append(' ')
                    .append(Formats.number(r.byCategory().getOrDefault(c, 0L)));
        }
        StringBuilder tiers = new StringBuilder();
        for (Map.Entry<String, Long> e : r.byCommitteeTier().entrySet()) {
            if (tiers.length() > 0) {
                tiers.append(" · ");
            }
            tiers.append(i18n.get("assignments.tier." + e.getKey())).append(' ').append(Formats.number(e.getValue()));
        }
        summary.setText(String.join("\n", List.of(
                i18n.format("assignments.coverage.day", Formats.date(r.day())),
                i18n.format("assignments.coverage.cadres", Formats.number(r.cadresAssigned()), categories),
                tiers.length() == 0 ? i18n.get("assignments.coverage.noTiers")
                        : i18n.format("assignments.coverage.tiers", tiers),
                i18n.format("assignments.coverage.communes", Formats.number(r.communesCovered()),
                        Formats.number(r.communes())),
                i18n.format("assignments.coverage.villages", Formats.number(r.villagesCovered()),
                        Formats.number(r.villages())))));
        uncoveredTitle.setText(i18n.format("assignments.coverage.uncovered", Formats.number(r.gaps().size())));
        uncovered.getItems().setAll(r.gaps());
    }

    // the drag, by mouse events

    private void pressed(MouseEvent e) {
        dragging = false;
        dragged = e.getButton() == MouseButton.PRIMARY ? cadres.getSelectionModel().getSelectedItem() : null;
        pressX = e.getScreenX();
        pressY = e.getScreenY();
    }

    private void dragged(MouseEvent e) {
        if (dragged == null || target == null) {
            return;
        }
        if (!dragging && Math.hypot(e.getScreenX() - pressX, e.getScreenY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        Optional<UnitState> over = target.unitAt(e.getSceneX(), e.getSceneY());
        target.mark(over.map(UnitState::unitId).orElse(null));
        ghostLabel.setText(over.map(u -> i18n.format("assignments.drag.onto", dragged.fullName(), u.fullName()))
                .orElse(dragged.fullName()));
        if (!ghost.isShowing()) {
            ghost.show(cadres.getScene().getWindow());
        }
        ghost.setX(e.getScreenX() + 14);
        ghost.setY(e.getScreenY() + 10);
        cadres.getScene().setCursor(over.isPresent() ? Cursor.CLOSED_HAND : Cursor.DEFAULT);
        e.consume();
    }

    private void released(MouseEvent e) {
        if (!dragging) {
            dragged = null;
            return;
        }
        endDrag();
        CadreSummary cadre = dragged;
        dragged = null;
        target.unitAt(e.getSceneX(), e.getSceneY()).ifPresent(unit -> onDrop.accept(cadre, unit));
        e.consume();
    }

    /** Stops showing a drag: on release, or when Escape gives it up. */
    private void endDrag() {
        dragging = false;
        ghost.hide();
        cadres.getScene().setCursor(Cursor.DEFAULT);
        target.mark(null);
    }

    Node view() {
        return root;
    }

    ListView<CadreSummary> cadreList() {
        return cadres;
    }

    private final class CadreCell extends ListCell<CadreSummary> {
        private final Label name = new Label();
        private final Label line = new Label();
        private final VBox box = new VBox(1, name, line);

        CadreCell() {
            name.getStyleClass().add("assign-cadre-name");
            line.getStyleClass().add("assign-cadre-line");
            setCursor(Cursor.OPEN_HAND);
        }

        @Override
        protected void updateItem(CadreSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            name.setText(item.birthYear() == null ? item.fullName() : item.fullName() + " (" + item.birthYear() + ")");
            line.setText(model.describe(item));
            setText(null);
            setGraphic(box);
        }
    }

    private final class GapCell extends ListCell<CoverageReport.Gap> {
        @Override
        protected void updateItem(CoverageReport.Gap item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(item.parentName() == null ? item.unit().fullName()
                    : item.unit().fullName() + ", " + item.parentName());
            setTooltip(new javafx.scene.control.Tooltip(model.warning(item)));
            getStyleClass().remove("gap-btv");
            if (!item.gap().problems().contains(org.diaban.domain.assignment.CoverageGap.Problem.NO_CADRE_IN_CHARGE)) {
                getStyleClass().add("gap-btv");
            }
        }
    }
}
