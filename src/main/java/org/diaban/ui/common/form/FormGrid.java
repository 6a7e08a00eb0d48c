package org.diaban.ui.common.form;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A form laid out in three columns: the label, the field, and the field's message beside it. */
public final class FormGrid {

    static final double MESSAGE_WIDTH = 250;

    private final GridPane grid = new GridPane();
    private int row;

    public FormGrid() {
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 0, 4, 0));
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setHalignment(HPos.RIGHT);
        ColumnConstraints field = new ColumnConstraints(240, 340, Double.MAX_VALUE);
        field.setHgrow(Priority.ALWAYS);
        ColumnConstraints message = new ColumnConstraints(MESSAGE_WIDTH, MESSAGE_WIDTH, MESSAGE_WIDTH);
        grid.getColumnConstraints().setAll(label, field, message);
    }

    public void section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("form-section");
        GridPane.setHalignment(l, HPos.LEFT);
        grid.add(l, 0, row++, 3, 1);
    }

    /** A row spanning the label and field columns, such as a check box. */
    public void wide(Node node) {
        grid.add(node, 1, row++, 2, 1);
    }

    /** A labelled field; its message (which may be null) shows to its right. */
    public Label field(String text, boolean required, Node field, ObservableStringValue message) {
        Label label = new Label(required ? text + " *" : text);
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setMargin(label, new Insets(4, 0, 0, 0));
        if (message != null) {
            Label m = new Label();
            m.textProperty().bind(message);
            m.getStyleClass().add("validation-error");
            m.setWrapText(true);
            m.setMaxWidth(MESSAGE_WIDTH);
            m.setMinHeight(Region.USE_PREF_SIZE);
            if (field.getId() != null) {
                m.setId(field.getId() + "-message");
            }
            grid.add(m, 2, row);
            GridPane.setValignment(m, VPos.CENTER);
        }
        row++;
        return label;
    }

    public GridPane view() {
        return grid;
    }
}
