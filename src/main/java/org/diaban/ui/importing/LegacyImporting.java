package org.diaban.ui.importing;

import javafx.application.Platform;
import javafx.stage.Window;
import org.diaban.i18n.I18n;
import org.diaban.importing.legacy.commit.FileImportResult;
import org.diaban.ui.common.TaskRunner;
import org.diaban.ui.common.form.Background;

/**
 * Opens the import wizard and the import history from the main window. Each opens once: asking
 * again brings the open window to the front. The undo history of edits is cleared after an import
 * or an undo of one, because the edits in it may no longer fit the data.
 */
public final class LegacyImporting {

    private final Window owner;
    private final I18n i18n;
    private final LegacyImports imports;
    private final TaskRunner tasks;
    private final Runnable dataReplaced;
    private ImportWizard wizard;
    private ImportHistoryWindow history;

    public LegacyImporting(Window owner, I18n i18n, LegacyImports imports, TaskRunner tasks, Runnable dataReplaced) {
        this.owner = owner;
        this.i18n = i18n;
        this.imports = imports;
        this.tasks = tasks;
        this.dataReplaced = dataReplaced;
    }

    public void openWizard() {
        if (wizard == null || !wizard.isShowing()) {
            ImportWizardViewModel model = new ImportWizardViewModel(imports, Background.on(tasks), Platform::runLater,
                    i18n);
            model.results().addListener((javafx.collections.ListChangeListener<FileImportResult>) c -> {
                if (model.results().stream().anyMatch(FileImportResult::committed)) {
                    dataReplaced.run();
                }
            });
            wizard = new ImportWizard(owner, i18n, model, this::openHistory);
        }
        wizard.show();
    }

    public void openHistory() {
        if (history == null || !history.isShowing()) {
            ImportHistoryViewModel model = new ImportHistoryViewModel(imports, Background.on(tasks), i18n);
            history = new ImportHistoryWindow(owner, i18n, model, dataReplaced);
        }
        history.show();
    }
}
