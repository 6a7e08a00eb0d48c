package org.diaban.ui.hierarchy;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.diaban.domain.hierarchy.UnitType;
import org.diaban.i18n.I18n;
import org.diaban.ui.common.DayConverter;
import org.diaban.ui.hierarchy.UnitFormModel.Field;

/** The fields of a unit in a grid: label, field, and the field's message beside it. */
final class UnitFormView {

    private final GridPane grid = new GridPane();
    private int rows;

    private final I18n i18n;

    /** A grid with the unit's fields. */
    UnitFormView(I18n i18n, UnitFormModel model, String idPrefix) {
        this(i18n);
        addUnitFields(model, idPrefix);
    }

    /** An empty grid: the caller adds its own rows first, then {@link #addUnitFields}. */
    UnitFormView(I18n i18n) {
        this.i18n = i18n;
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints(260, 320, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        ColumnConstraints messages = new ColumnConstraints(200, 230, 260);
        grid.getColumnConstraints().setAll(labels, fields, messages);
    }

    void addUnitFields(UnitFormModel model, String idPrefix) {
        ComboBox<UnitType> type = new ComboBox<>();
        type.setId(idPrefix + "-type");
        type.setMaxWidth(Double.MAX_VALUE);
        Choices.bind(type, model.allowedTypes(), model.typeProperty());
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(UnitType t) {
                return model.typeName(t);
            }

            @Override
            public UnitType fromString(String s) {
                return null;
            }
        });
        addRow(i18n.get("hierarchy.form.type"), type, model.typeErrorProperty());
        for (Field f : Field.values()) {
            TextField text = new TextField();
            text.setId(idPrefix + "-" + f.name().toLowerCase().replace('_', '-'));
            text.textProperty().bindBidirectional(model.text(f));
            if (f == Field.KEY && !model.isNewUnit()) {
                text.setEditable(false);
                text.setFocusTraversable(false);
                text.getStyleClass().add("read-only-field");
            }
            addRow(i18n.get("hierarchy.form." + f.name()), text, model.error(f));
        }
    }

    /** Adds a row under the others: a label, a control and (optionally) its message. */
    void addRow(String label, Node field, ObservableStringValue error) {
        Label name = new Label(label);
        name.setLabelFor(field);
        name.setWrapText(true);
        name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane.setValignment(name, VPos.CENTER);
        if (field instanceof javafx.scene.control.Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        grid.add(name, 0, rows);
        grid.add(field, 1, rows);
        if (error != null) {
            Label message = new Label();
            message.getStyleClass().add("validation-error");
            message.setWrapText(true);
            message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            message.textProperty().bind(error);
            grid.add(message, 2, rows);
        }
        rows++;
    }

    Node view() {
        return grid;
    }

    /** A date field that reads and shows dd/MM/yyyy, bound to {@code input}. */
    static DatePicker dateField(DateInput input, String id) {
        DatePicker picker = new DatePicker(input.value());
        picker.setId(id);
        picker.getEditor().setId(id + "-text");
        picker.setPromptText("dd/mm/yyyy");
        // a text that is no date: the field shows its message, the picker keeps the last good day
        picker.setConverter(new DayConverter(picker::getValue));
        picker.getEditor().textProperty().bindBidirectional(input.textProperty());
        return picker;
    }
}
