package org.diaban.ui.report;

import java.time.LocalDate;
import javafx.application.Platform;
import javafx.stage.Window;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.i18n.I18n;
import org.diaban.ui.common.TaskRunner;
import org.diaban.ui.common.form.Background;

/**
 * Opens the report dialog from the menu or the dashboard. One dialog at a time: asking again
 * brings it to the front, or, with a period and unit from the dashboard, opens it on those.
 */
public final class ReportWindows {

    private final Window owner;
    private final I18n i18n;
    private final ReportMaking making;
    private final TaskRunner tasks;
    private final ReportSession session;
    private final LocalDate today;
    private ReportDialog dialog;

    /** @param today the app clock's day: the default period is the last quarter ended by then */
    public ReportWindows(Window owner, I18n i18n, ReportMaking making, TaskRunner tasks, ReportSession session,
                         LocalDate today) {
        this.owner = owner;
        this.i18n = i18n;
        this.making = making;
        this.tasks = tasks;
        this.session = session;
        this.today = today;
    }

    /** From the menu: the open dialog, or a new one on the last finished quarter and the top unit. */
    public void open() {
        if (dialog != null && dialog.isShowing()) {
            dialog.show();
            return;
        }
        open(PeriodChoiceModel.lastFinishedQuarter(today), null);
    }

    /** On a given period and unit (null: the top), replacing a dialog already open. */
    public void open(ReportPeriod period, String scopeKey) {
        if (dialog != null && dialog.isShowing()) {
            dialog.close();
        }
        ReportDialogViewModel model = new ReportDialogViewModel(making, Background.on(tasks), Platform::runLater,
                i18n, period, scopeKey);
        dialog = new ReportDialog(owner, i18n, model, session, today.getYear());
        dialog.show();
    }

    public ReportMaking making() {
        return making;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public LocalDate today() {
        return today;
    }
}
