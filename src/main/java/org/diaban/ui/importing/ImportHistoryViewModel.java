package org.diaban.ui.importing;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.importing.legacy.commit.ImportBatchView;
import org.diaban.importing.legacy.commit.LegacyImportService;
import org.diaban.ui.common.form.Background;

/** The import history: the batches, newest first, and undoing one. */
public final class ImportHistoryViewModel {

    private final LegacyImports imports;
    private final Background background;
    private final ErrorMessages errors;

    private final ObservableList<ImportBatchView> batches = FXCollections.observableArrayList();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final SimpleStringProperty failure = new SimpleStringProperty("");

    public ImportHistoryViewModel(LegacyImports imports, Background background, I18n i18n) {
        this.imports = imports;
        this.background = background;
        this.errors = new ErrorMessages(i18n);
    }

    public void reload() {
        busy.set(true);
        background.run(imports::history, list -> {
            busy.set(false);
            batches.setAll(list);
        }, this::fail);
    }

    /** Undoes a committed batch, then reloads; a refusal (rows that depend on it...) shows as the failure. */
    public void undo(ImportBatchView batch, Consumer<LegacyImportService.UndoSummary> onDone) {
        if (batch == null || !batch.canUndo() || busy.get()) {
            return;
        }
        busy.set(true);
        failure.set("");
        background.run(() -> imports.undo(batch.id()), summary -> {
            busy.set(false);
            onDone.accept(summary);
            reload();
        }, this::fail);
    }

    private void fail(Throwable e) {
        busy.set(false);
        failure.set(errors.describe(e));
    }

    public ObservableList<ImportBatchView> batches() {
        return batches;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure;
    }
}
