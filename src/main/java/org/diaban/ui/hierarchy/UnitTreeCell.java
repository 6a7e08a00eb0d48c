package org.diaban.ui.hierarchy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.i18n.I18n;
import org.diaban.service.hierarchy.NodeFigures;

/** A unit in the tree: its name, its type where the name does not say it, and its figures. */
final class UnitTreeCell extends TreeCell<UnitState> {

    private final I18n i18n;
    private final Supplier<Map<Long, NodeFigures>> figures;
    private final Label name = new Label();
    private final Label type = new Label();
    private final Label counts = new Label();
    private final Label concerns = new Label();
    private final Supplier<Map<Long, String>> warnings;
    private final Label warning = new Label("!");
    private final Label overdue = new Label();
    private final HBox box = new HBox(6, name, type, counts, concerns, overdue, warning);

    /** @param warnings a short warning per unit (coverage), shown as a badge with the text as tooltip */
    UnitTreeCell(I18n i18n, Supplier<Map<Long, NodeFigures>> figures, Supplier<Map<Long, String>> warnings) {
        this.i18n = i18n;
        this.figures = figures;
        this.warnings = warnings;
        warning.getStyleClass().add("coverage-badge");
        warning.setTooltip(new javafx.scene.control.Tooltip());
        type.getStyleClass().add("unit-type-tag");
        counts.getStyleClass().add("unit-counts");
        concerns.getStyleClass().add("unit-concerns");
        overdue.getStyleClass().add("unit-overdue");
        overdue.setTooltip(new javafx.scene.control.Tooltip());
        box.getStyleClass().add("unit-cell");
    }

    @Override
    protected void updateItem(UnitState unit, boolean empty) {
        super.updateItem(unit, empty);
        if (empty || unit == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        name.setText(unit.fullName());
        String typeName = i18n.isEnglish() ? unit.typeNameEn() : unit.typeNameVi();
        boolean nameSaysType = unit.fullName().toLowerCase().startsWith(unit.typeNameVi().toLowerCase());
        type.setText(typeName);
        type.setVisible(!nameSaysType || !unit.territorial());
        type.setManaged(type.isVisible());

        NodeFigures f = figures.get().get(unit.unitId());
        List<String> parts = new ArrayList<>();
        if (f != null) {
            if (unit.isVillageTier()) {
                if (f.households() > 0) {
                    parts.add(i18n.format("hierarchy.node.households", f.households()));
                }
            } else {
                parts.add(i18n.format("hierarchy.node.villages", f.villages()));
            }
            parts.add(i18n.format("hierarchy.node.cadres", f.cadresAssigned()));
        }
        counts.setText(String.join(" · ", parts));
        long open = f == null ? 0 : f.openConcerns();
        concerns.setText(open > 0 ? i18n.format("hierarchy.node.concerns", open) : "");
        concerns.setVisible(open > 0);
        concerns.setManaged(open > 0);
        String warned = warnings.get().get(unit.unitId());
        warning.setVisible(warned != null);
        warning.setManaged(warned != null);
        warning.getTooltip().setText(warned);
        // a red mark with the number of overdue concerns under the unit, explained by its tooltip
        long late = f == null ? 0 : f.overdueConcerns();
        overdue.setText(late > 0 ? Long.toString(late) : "");
        overdue.getTooltip().setText(late > 0 ? i18n.format("concerns.tree.overdue", late) : "");
        overdue.setVisible(late > 0);
        overdue.setManaged(late > 0);
        setText(null);
        setGraphic(box);
    }
}
