package org.diaban.ui.cadres;

import org.diaban.ui.common.form.Background;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import org.diaban.i18n.ErrorMessages;
import org.diaban.ui.common.TrackedEdit;
import org.diaban.ui.common.UndoManager;
import org.diaban.ui.common.UndoableEdit;

/**
 * Does an edit in the background, records it for undo when it succeeded, and shows the item it
 * touched (a cadre, a concern), also after undo and redo. A failure comes back as a sentence for
 * the dialog.
 */
public final class EditRunner {

    private final Background background;
    private final UndoManager undo;
    private final ErrorMessages errors;
    private final Consumer<Long> reveal;

    /**
     * @param reveal selects the item in its list; called from any thread, so it must hop to the FX
     *               thread itself
     */
    public EditRunner(Background background, UndoManager undo, ErrorMessages errors, Consumer<Long> reveal) {
        this.background = background;
        this.undo = undo;
        this.errors = errors;
        this.reveal = reveal;
    }

    public void run(TrackedEdit edit, Runnable onDone, Consumer<String> onError) {
        background.run(() -> {
            edit.execute();
            return edit.affected();
        }, affected -> {
            undo.done(new Revealing(edit));
            show(affected);
            onDone.run();
        }, error -> onError.accept(errors.describe(error)));
    }

    /**
     * Runs an edit for a dialog: {@code busy} while it runs, {@code error} cleared before and set
     * to the sentence if it fails, {@code onSaved} once it succeeded.
     */
    public void submit(TrackedEdit edit, BooleanProperty busy, StringProperty error, Runnable onSaved) {
        busy.set(true);
        error.set(null);
        run(edit, () -> {
            busy.set(false);
            onSaved.run();
        }, message -> {
            busy.set(false);
            error.set(message);
        });
    }

    private void show(Long cadreId) {
        if (cadreId != null) {
            reveal.accept(cadreId);
        }
    }

    /** Shows the affected cadre after undo and redo too. */
    private final class Revealing implements UndoableEdit {
        private final TrackedEdit edit;

        Revealing(TrackedEdit edit) {
            this.edit = edit;
        }

        @Override
        public String description() {
            return edit.description();
        }

        @Override
        public void undo() {
            edit.undo();
            show(edit.affected());
        }

        @Override
        public void redo() {
            edit.redo();
            show(edit.affected());
        }
    }
}
