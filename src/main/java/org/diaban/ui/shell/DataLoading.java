package org.diaban.ui.shell;

import java.io.File;
import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.importing.hierarchy.HierarchyImportResult;
import org.diaban.importing.hierarchy.HierarchyImporter;
import org.diaban.service.demo.DataSetSummary;
import org.diaban.service.demo.DemoService;
import org.diaban.ui.common.CancelFlag;
import org.diaban.ui.common.Dialogs;
import org.diaban.ui.common.LongTaskDialog;
import org.diaban.ui.common.TaskRunner;
import org.diaban.ui.common.UndoManager;

/**
 * Filling the database from the window: the demo province (offered on first start, and from the
 * File menu) and a hierarchy file. Both run as background tasks with progress and cancel; the
 * undo history is cleared afterwards because the edits in it no longer fit the data.
 */
final class DataLoading {

    private final Window owner;
    private final I18n i18n;
    private final DemoService demo;
    private final HierarchyImporter importer;
    private final TaskRunner tasks;
    private final UndoManager undo;
    private final Dialogs dialogs;

    DataLoading(Window owner, I18n i18n, DemoService demo, HierarchyImporter importer, TaskRunner tasks,
                UndoManager undo) {
        this.owner = owner;
        this.i18n = i18n;
        this.demo = demo;
        this.importer = importer;
        this.tasks = tasks;
        this.undo = undo;
        this.dialogs = new Dialogs(i18n);
    }

    /** On first start: if the database is empty, offers the demo province. */
    void offerDemoIfEmpty() {
        tasks.run(demo::hasData, hasData -> {
            if (!hasData && dialogs.offer(owner, i18n.get("data.demo.offer.title"), i18n.get("data.demo.offer.text"),
                    i18n.get("data.demo.offer.accept"), i18n.get("data.demo.offer.later"))) {
                loadDemo(false);
            }
        }, e -> { });
    }

    /** File › Load the demo province: asks before replacing what is there. */
    void loadDemoFromMenu() {
        tasks.run(demo::unitCount, units -> {
            if (units == 0) {
                loadDemo(false);
            } else if (dialogs.confirm(owner, i18n.get("data.demo.replace.title"),
                    i18n.format("data.demo.replace.text", Formats.number(units)))) {
                loadDemo(true);
            }
        }, this::fail);
    }

    private void loadDemo(boolean replace) {
        CancelFlag cancel = new CancelFlag();
        Task<DataSetSummary> task = new Task<>() {
            @Override
            protected DataSetSummary call() {
                updateMessage(i18n.get("data.demo.starting"));
                return demo.loadDemo(replace, (done, total, key) -> {
                    updateProgress(done, total);
                    updateMessage(i18n.get(key));
                }, cancel);
            }
        };
        new LongTaskDialog(owner, i18n, i18n.get("data.demo.title"), task, cancel, tasks, summary -> {
            undo.clear();
            dialogs.info(owner, i18n.get("data.demo.title"), i18n.format("data.demo.done",
                    Formats.number(summary.units()), Formats.number(summary.cadres()),
                    Formats.number(summary.households()), Formats.number(summary.activities()),
                    Formats.decimal(summary.elapsed().toMillis() / 1000.0, 1)));
        }, this::fail);
    }

    /** File › Import a hierarchy file (legacy-fixture-hierarchy/1 JSON). */
    void importHierarchy() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("data.import.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("data.import.jsonFiles"),
                "*.json"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            importHierarchy(file.toPath());
        }
    }

    void importHierarchy(Path file) {
        Task<HierarchyImportResult> task = new Task<>() {
            @Override
            protected HierarchyImportResult call() {
                updateMessage(i18n.format("data.import.reading", file.getFileName()));
                updateProgress(-1, 1);
                return importer.importFile(file);
            }
        };
        // one transaction that takes seconds at most: nothing to cancel
        new LongTaskDialog(owner, i18n, i18n.get("data.import.title"), task, null, tasks, result -> {
            if (!result.changedNothing()) {
                undo.clear();
            }
            dialogs.info(owner, i18n.get("data.import.title"), result.changedNothing()
                    ? i18n.format("data.import.unchanged", result.sourceName(), Formats.number(result.unchanged()))
                    : i18n.format("data.import.done", result.sourceName(), Formats.number(result.created()),
                    Formats.number(result.corrected()), Formats.number(result.unchanged())));
        }, this::fail);
    }

    private void fail(Throwable error) {
        dialogs.error(owner, new ErrorMessages(i18n).describe(error));
    }
}
