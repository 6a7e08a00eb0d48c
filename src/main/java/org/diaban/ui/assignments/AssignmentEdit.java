package org.diaban.ui.assignments;

import org.diaban.ui.common.UndoableEdit;

/** An assignment change done through the services; once done it can be undone and redone. */
interface AssignmentEdit extends UndoableEdit {

    /** Does the change the first time; runs off the FX thread. */
    void execute();
}
