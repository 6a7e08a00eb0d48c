package org.diaban.ui.cadres;

import org.diaban.ui.common.form.Checks;
import org.diaban.ui.common.form.Background;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.diaban.domain.common.DomainException;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.cadres.CadreDetail;
import org.diaban.service.cadres.CadreService;
import org.diaban.service.cadres.CadreSummary;
import org.diaban.service.cadres.PositionView;
import org.diaban.ui.common.Dialogs;
import org.diaban.ui.common.TaskRunner;
import org.diaban.ui.common.UndoManager;

/**
 * The registry's actions: opens the forms for adding, editing and retiring cadres and for their
 * positions, and turns what they save into undoable edits.
 */
public final class CadreEditing implements CadreActions {

    private final CadreService cadres;
    private final I18n i18n;
    private final Window owner;
    private final Dialogs dialogs;
    private final ErrorMessages errors;
    private final Background background;
    private final Supplier<LocalDate> today;
    private final Checks checks;
    private final Lookups lookups;
    private final CadreEdits edits;
    private final EditRunner runner;

    public CadreEditing(Services services, CadreRegistryViewModel registry, TaskRunner tasks, UndoManager undo,
                        I18n i18n, Window owner) {
        this.cadres = services.cadres();
        this.i18n = i18n;
        this.owner = owner;
        this.dialogs = new Dialogs(i18n);
        this.errors = new ErrorMessages(i18n);
        this.background = Background.on(tasks);
        this.today = services.clock()::today;
        this.checks = new Checks(i18n);
        this.lookups = new ServiceLookups(cadres, services.hierarchyQueries(), services.reference());
        this.edits = new CadreEdits(cadres, i18n);
        // undo and redo run on a worker thread: the registry is told on the FX thread
        this.runner = new EditRunner(background, undo, errors, id -> Platform.runLater(() -> registry.select(id)));
    }

    @Override
    public void add() {
        CadreEditorViewModel model = new CadreEditorViewModel(checks, runner, edits, lookups, background,
                today.get(), null);
        new CadreEditorDialog(i18n, owner, model).show();
        model.start();
    }

    @Override
    public void edit(CadreSummary cadre) {
        withDetail(cadre.id(), detail -> {
            CadreEditorViewModel model = new CadreEditorViewModel(checks, runner, edits, lookups, background,
                    today.get(), detail);
            new CadreEditorDialog(i18n, owner, model).show();
            model.start();
        });
    }

    @Override
    public void retire(CadreSummary cadre) {
        if (cadre.retired()) {
            dialogs.info(owner, i18n.get("cadres.retire.ok"), errors.describe(
                    new DomainException("cadre.error.alreadyRetired", cadre.fullName(), cadre.retiredOn())));
            return;
        }
        RetireViewModel model = new RetireViewModel(checks, runner, edits, cadre.id(), cadre.fullName(), today.get());
        new RetireDialog(i18n, dialogs, owner, model).show();
    }

    @Override
    public void addPosition(CadreDetail cadre) {
        openPosition(cadre, null);
    }

    @Override
    public void editPosition(CadreDetail cadre, PositionView position) {
        if (position != null) {
            openPosition(cadre, position);
        }
    }

    @Override
    public void removePosition(CadreDetail cadre, PositionView position) {
        if (position == null) {
            return;
        }
        String what = position.title() != null ? position.title() : new Names(i18n).kind(position.kind());
        if (dialogs.confirm(owner, i18n.get("cadres.position.removeTitle"),
                i18n.format("cadres.position.removeConfirm", what, cadre.profile().fullName()))) {
            runner.run(edits.removePosition(cadre.id(), cadre.profile().fullName(), position.id()), () -> { },
                    message -> dialogs.error(owner, message));
        }
    }

    private void openPosition(CadreDetail cadre, PositionView position) {
        PositionFormModel form = new PositionFormModel(checks, lookups, background, today.get());
        PositionEditorViewModel model = new PositionEditorViewModel(checks, runner, edits, form, cadre.id(),
                cadre.profile().fullName(), position);
        new PositionEditorDialog(i18n, owner, model).show();
        model.start();
    }

    /** Reads the cadre afresh before a form opens on it: the row may be older than the database. */
    private void withDetail(Long cadreId, Consumer<CadreDetail> open) {
        background.run(() -> cadres.detail(cadreId), open, e -> dialogs.error(owner, errors.describe(e)));
    }
}
