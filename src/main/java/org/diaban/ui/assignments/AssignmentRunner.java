package org.diaban.ui.assignments;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import org.diaban.i18n.ErrorMessages;
import org.diaban.ui.common.UndoManager;
import org.diaban.ui.common.form.Background;

/** Runs an assignment edit in the background for a form and records it for undo when it worked. */
final class AssignmentRunner {

    private final Background background;
    private final UndoManager undo;
    private final ErrorMessages errors;

    AssignmentRunner(Background background, UndoManager undo, ErrorMessages errors) {
        this.background = background;
        this.undo = undo;
        this.errors = errors;
    }

    /** {@code busy} while it runs, {@code error} set to the sentence if it fails, {@code onSaved} once done. */
    void submit(AssignmentEdit edit, BooleanProperty busy, StringProperty error, Runnable onSaved) {
        busy.set(true);
        error.set(null);
        background.run(() -> {
            edit.execute();
            return Boolean.TRUE;
        }, ok -> {
            busy.set(false);
            if (undo != null) {
                undo.done(edit);
            }
            onSaved.run();
        }, e -> {
            busy.set(false);
            error.set(errors.describe(e));
        });
    }
}
