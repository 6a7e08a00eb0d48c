package org.diaban.ui.concerns;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import org.diaban.i18n.ErrorMessages;
import org.diaban.ui.common.UndoManager;
import org.diaban.ui.common.UndoableEdit;
import org.diaban.ui.common.form.Background;

/**
 * Does a concern edit in the background, records it for undo once it worked, and selects the
 * concern it touched, also after undo and redo.
 */
public final class ConcernRunner {

    private final Background background;
    private final UndoManager undo;
    private final ErrorMessages errors;
    private final Consumer<Long> reveal;

    /** @param reveal selects a concern in the list; called on the FX thread */
    public ConcernRunner(Background background, UndoManager undo, ErrorMessages errors, Consumer<Long> reveal) {
        this.background = background;
        this.undo = undo;
        this.errors = errors;
        this.reveal = reveal;
    }

    /** Runs an edit for a dialog: busy while it runs, the error sentence if it fails, onSaved once done. */
    public void submit(ConcernEdit edit, BooleanProperty busy, StringProperty error, Runnable onSaved) {
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

    public void run(ConcernEdit edit, Runnable onDone, Consumer<String> onError) {
        background.run(() -> {
            edit.execute();
            return edit.affected();
        }, affected -> {
            undo.done(new Revealing(edit));
            show(affected);
            onDone.run();
        }, error -> onError.accept(errors.describe(error)));
    }

    private void show(Long id) {
        if (id != null) {
            reveal.accept(id);
        }
    }

    /** Selects the concern again after undo and redo; those run off the FX thread. */
    private final class Revealing implements UndoableEdit {
        private final ConcernEdit edit;

        Revealing(ConcernEdit edit) {
            this.edit = edit;
        }

        @Override
        public String description() {
            return edit.description();
        }

        @Override
        public void undo() {
            edit.undo();
            later(edit.affected());
        }

        @Override
        public void redo() {
            edit.redo();
            later(edit.affected());
        }

        private void later(Long id) {
            if (id != null) {
                background.run(() -> id, ConcernRunner.this::show, e -> { });
            }
        }
    }
}
