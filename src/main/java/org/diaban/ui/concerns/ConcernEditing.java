package org.diaban.ui.concerns;

import java.util.List;
import javafx.application.Platform;
import javafx.stage.Window;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.service.concerns.ConcernDetail;
import org.diaban.service.concerns.ConcernDraft;
import org.diaban.service.concerns.ConcernPlace;
import org.diaban.service.concerns.ConcernService;
import org.diaban.service.concerns.ConcernSummary;
import org.diaban.ui.cadres.EditRunner;
import org.diaban.ui.common.Dialogs;
import org.diaban.ui.common.UndoManager;
import org.diaban.ui.common.form.Background;
import org.diaban.ui.common.form.Checks;

/** Opens the concern dialogs from the workspace and runs their edits, undoable with Ctrl+Z. */
public final class ConcernEditing implements ConcernActions {

    private final I18n i18n;
    private final Window owner;
    private final ConcernService concerns;
    private final ConcernsViewModel model;
    private final Background background;
    private final ConcernEdits edits;
    private final EditRunner runner;
    private final Dialogs dialogs;

    public ConcernEditing(I18n i18n, Window owner, ConcernService concerns, ConcernsViewModel model,
                          Background background, UndoManager undo) {
        this.i18n = i18n;
        this.owner = owner;
        this.concerns = concerns;
        this.model = model;
        this.background = background;
        this.edits = new ConcernEdits(concerns, i18n);
        this.runner = new EditRunner(background, undo, new ErrorMessages(i18n),
                id -> Platform.runLater(() -> model.select(id)));
        this.dialogs = new Dialogs(i18n);
    }

    @Override
    public void raise() {
        openForm(null, null);
    }

    @Override
    public void raiseAt(ConcernDraft from) {
        openForm(null, from);
    }

    @Override
    public void edit(ConcernSummary concern) {
        openForm(concern, null);
    }

    private void openForm(ConcernSummary concern, ConcernDraft from) {
        background.run(concerns::places, places -> showForm(places, concern, from), this::fail);
    }

    private void showForm(List<ConcernPlace> places, ConcernSummary concern, ConcernDraft from) {
        ConcernFormModel form = new ConcernFormModel(new Checks(i18n), runner, edits, places, model.topics(),
                i18n.isEnglish(), concern, concerns.today(), background, concerns::householdsIn);
        if (from != null) {
            form.startFrom(from);
        } else if (concern == null && model.place().selectedProperty().get() != null) {
            form.startAt(model.place().selectedProperty().get().id());
        }
        form.offerActivities(concerns::activitiesNear);
        new ConcernDialog(i18n, owner, form).show();
    }

    @Override
    public void changeStatus(ConcernSummary concern) {
        step(concern, StepViewModel.Kind.STATUS);
    }

    @Override
    public void handOver(ConcernSummary concern) {
        step(concern, StepViewModel.Kind.HANDOVER);
    }

    private void step(ConcernSummary concern, StepViewModel.Kind kind) {
        background.run(() -> concerns.detail(concern.id()), detail -> {
            ConcernDetail.Step last = detail.last();
            StepViewModel step = new StepViewModel(new Checks(i18n), runner, edits, detail.summary(), kind,
                    last.day(), concerns.today());
            new StepDialog(i18n, owner, step).show();
        }, this::fail);
    }

    @Override
    public void withdraw(ConcernSummary concern) {
        if (dialogs.confirm(owner, i18n.get("concerns.withdraw.title"),
                i18n.format("concerns.withdraw.confirm", concern.content()))) {
            runner.run(edits.withdraw(concern.id(), concern.content()), () -> { },
                    message -> dialogs.error(owner, message));
        }
    }

    @Override
    public void editTopics() {
        TopicsViewModel topics = new TopicsViewModel(concerns, background, runner, edits);
        topics.reload();
        new TopicsDialog(i18n, owner, topics).show();
    }

    private void fail(Throwable e) {
        dialogs.error(owner, new ErrorMessages(i18n).describe(e));
    }
}
