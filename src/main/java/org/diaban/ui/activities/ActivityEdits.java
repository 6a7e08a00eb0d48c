package org.diaban.ui.activities;

import org.diaban.service.activity.ActivityDraft;
import org.diaban.service.activity.ActivityService;
import org.diaban.ui.common.UndoableEdit;

/** The undoable edits of activities: recording one, changing one, deleting one. */
final class ActivityEdits {

    private ActivityEdits() {
    }

    /** A new activity: undo deletes it (softly), redo brings it back. */
    static UndoableEdit recorded(ActivityService service, Long id, String description) {
        return new Toggle(description, () -> service.retire(id), () -> service.restore(id));
    }

    /** A deleted activity: undo restores it, redo deletes it again. */
    static UndoableEdit deleted(ActivityService service, Long id, String description) {
        return new Toggle(description, () -> service.restore(id), () -> service.retire(id));
    }

    /** A changed activity: undo puts the old values back, redo the new ones. */
    static UndoableEdit changed(ActivityService service, Long id, ActivityDraft before, ActivityDraft after,
                                String description) {
        return new Toggle(description, () -> service.update(id, before), () -> service.update(id, after));
    }

    private record Toggle(String description, Runnable back, Runnable forth) implements UndoableEdit {

        @Override
        public void undo() {
            back.run();
        }

        @Override
        public void redo() {
            forth.run();
        }
    }
}
