package org.diaban.ui.shell;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.ui.common.DayConverter;

/** The bar under the menus: the search field, and the day the hierarchy is shown for. */
final class MainToolbar {

    private final I18n i18n;
    private final ObjectProperty<LocalDate> viewDate;
    private final HBox bar;
    private final HBox searchSlot = new HBox();
    private final HBox dateSlot = new HBox();
    private final Label dateLabel;
    private DatePicker picker;

    /**
     * Starts with the date as plain text; {@link #completeControls} puts the calendar and the
     * Today button in its place once the window is on screen (text fields and the calendar are
     * among the costliest controls to build, and the first frame should come fast).
     */
    MainToolbar(I18n i18n, ObjectProperty<LocalDate> viewDate) {
        this.i18n = i18n;
        this.viewDate = viewDate;
        Label quick = new Label(Formats.date(viewDate.get()));
        quick.setPrefWidth(130);
        dateSlot.getChildren().setAll(quick);
        dateLabel = new Label(i18n.get("toolbar.viewDate"));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(searchSlot, Priority.SOMETIMES);
        bar = new HBox(8, searchSlot, spacer, dateLabel, dateSlot);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.setMinHeight(40);
        bar.getStyleClass().add("main-toolbar");
    }

    /** Replaces the date text with the calendar control and adds the Today button. */
    void completeControls() {
        if (picker != null) {
            return;
        }
        picker = new DatePicker(viewDate.get());
        picker.setId("view-date");
        picker.setConverter(new DayConverter(picker::getValue));
        picker.setPrefWidth(130);
        picker.setPromptText(i18n.get("toolbar.datePrompt"));
        picker.valueProperty().addListener((obs, old, day) -> {
            if (day != null && !day.equals(viewDate.get())) {
                viewDate.set(day);
            }
        });
        viewDate.addListener((obs, old, day) -> picker.setValue(day));
        dateLabel.setLabelFor(picker);
        Button today = new Button(i18n.get("toolbar.today"));
        today.setOnAction(e -> viewDate.set(LocalDate.now()));
        dateSlot.setSpacing(8);
        dateSlot.getChildren().setAll(picker, today);
    }

    void setSearch(Node search) {
        searchSlot.getChildren().setAll(search);
    }

    Node view() {
        return bar;
    }
}
