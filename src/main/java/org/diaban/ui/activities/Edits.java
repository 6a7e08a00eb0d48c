package org.diaban.ui.activities;

import org.diaban.service.activity.ActivityDraft;
import org.diaban.service.activity.ActivityService;
import org.diaban.service.activity.GroupDraft;
import org.diaban.service.activity.WorkingGroupService;
import org.diaban.ui.common.UndoableEdit;

/** The undoable edits of activities and working groups. */
final class Edits {

    private Edits() {
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

    /** A new working group: undo removes it, redo forms it again (under a new id). */
    static UndoableEdit formed(WorkingGroupService service, Long id, GroupDraft draft, String description) {
        Long[] current = {id};
        return new Toggle(description, () -> service.deleteCreated(current[0]),
                () -> current[0] = service.create(draft));
    }

    /** A changed working group: undo puts the old values back, redo the new ones. */
    static UndoableEdit regrouped(WorkingGroupService service, Long id, GroupDraft before, GroupDraft after,
                                  String description) {
        return new Toggle(description, () -> service.update(id, before), () -> service.update(id, after));
    }

    /** A dissolved working group: undo sets the end back as it was, redo dissolves it again. */
    static UndoableEdit dissolved(WorkingGroupService service, Long id, java.time.LocalDate before,
                                  java.time.LocalDate day, String description) {
        return new Toggle(description, () -> service.dissolve(id, before), () -> service.dissolve(id, day));
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
