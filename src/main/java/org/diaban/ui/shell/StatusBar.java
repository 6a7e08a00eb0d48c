package org.diaban.ui.shell;

import java.nio.file.Path;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.diaban.i18n.I18n;

/** The line at the bottom: which data folder is open, and whether something is loading. */
final class StatusBar {

    private final I18n i18n;
    private final Label folder = new Label();
    private final Label activity = new Label();
    private final HBox bar;

    StatusBar(I18n i18n) {
        this.i18n = i18n;
        activity.setText(i18n.get("status.opening"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar = new HBox(10, folder, spacer, activity);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 10, 3, 10));
        bar.getStyleClass().add("status-bar");
    }

    void showFolder(Path path) {
        folder.setText(i18n.format("status.folder", path));
        activity.setText("");
    }

    /** The data could not be opened: no longer says it is opening them. */
    void showFailed() {
        activity.setText("");
    }

    /** Shows a progress bar while {@code busy}; made here, not at start, to keep the first frame light. */
    void bindBusy(ObservableBooleanValue busy) {
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(120);
        progress.visibleProperty().bind(busy);
        bar.getChildren().add(progress);
        activity.textProperty().bind(javafx.beans.binding.Bindings.when(busy)
                .then(i18n.get("status.loading")).otherwise(""));
    }

    /**
     * A clickable notice beside the folder, shown while {@code text} is not empty (overdue
     * concerns): visible without getting in the way.
     */
    void showNotice(javafx.beans.value.ObservableStringValue text, Runnable onClick) {
        javafx.scene.control.Hyperlink notice = new javafx.scene.control.Hyperlink();
        notice.setId("overdue-notice");
        notice.getStyleClass().add("overdue-notice");
        notice.textProperty().bind(text);
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setOnAction(e -> {
            notice.setVisited(false);
            onClick.run();
        });
        bar.getChildren().add(1, notice);
    }

    Node view() {
        return bar;
    }
}
