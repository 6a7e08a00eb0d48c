package org.diaban.ui.common;

import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.diaban.i18n.I18n;

/**
 * A small window that follows long work (a data load, an import): a progress bar, what is being
 * done now, and a Cancel button. The work runs in the background through the {@link TaskRunner};
 * the window closes itself when the work ends. Cancel only raises a flag that the work checks:
 * the window stays until the work has stopped and cleaned up, so nothing is left half-written.
 */
public final class LongTaskDialog {

    private final Stage stage = new Stage();

    public <T> LongTaskDialog(Window owner, I18n i18n, String title, Task<T> task, CancelFlag cancelFlag,
                              TaskRunner tasks, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        Label message = new Label();
        message.setWrapText(true);
        message.setMinHeight(36);
        message.textProperty().bind(task.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button(i18n.get("dialog.cancel"));
        cancel.setId("long-task-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            if (cancelFlag != null) {
                cancelFlag.raise();
            }
        });
        cancel.setVisible(cancelFlag != null);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox box = new VBox(10, message, bar, new HBox(spacer, cancel));
        box.setPadding(new Insets(16));
        box.setPrefWidth(460);
        box.setId("long-task");
        stage.setScene(new Scene(box));
        stage.setTitle(title);
        stage.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setOnCloseRequest(e -> {
            // closing the window means cancelling; the window goes when the work has stopped
            e.consume();
            cancel.fire();
        });
        task.setOnSucceeded(e -> {
            stage.hide();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            stage.hide();
            onError.accept(task.getException());
        });
        stage.show();
        tasks.run(task);
    }
}
