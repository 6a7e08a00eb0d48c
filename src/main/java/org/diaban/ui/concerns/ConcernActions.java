package org.diaban.ui.concerns;

import org.diaban.service.concerns.ConcernDraft;
import org.diaban.service.concerns.ConcernSummary;

/** What the workspace's buttons and shortcuts ask for; the window's side opens the dialogs. */
public interface ConcernActions {

    void raise();

    /** A new concern started from the activity it is raised at. */
    void raiseAt(ConcernDraft from);

    void edit(ConcernSummary concern);

    void changeStatus(ConcernSummary concern);

    void handOver(ConcernSummary concern);

    void withdraw(ConcernSummary concern);

    void editTopics();
}
