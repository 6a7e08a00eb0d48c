package org.diaban.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The session's undo and redo stacks (Ctrl+Z, Ctrl+Y). Each edit runs in the background; the
 * stacks move only when it succeeds, so a failed undo leaves everything as it was.
 */
public final class UndoManager {

    private static final int LIMIT = 100;

    private final TaskRunner tasks;
    private final Deque<UndoableEdit> undo = new ArrayDeque<>();
    private final Deque<UndoableEdit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public UndoManager(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Records an edit that has just been done. */
    public void done(UndoableEdit edit) {
        undo.push(edit);
        while (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        refresh();
    }

    /** Forgets every edit: after the data was replaced, they no longer apply. */
    public void clear() {
        undo.clear();
        redo.clear();
        refresh();
    }

    public void undo(Runnable afterwards, Consumer<Throwable> onError) {
        replay(undo, redo, UndoableEdit::undo, afterwards, onError);
    }

    public void redo(Runnable afterwards, Consumer<Throwable> onError) {
        replay(redo, undo, UndoableEdit::redo, afterwards, onError);
    }

    /** Runs the top edit of {@code from} in the background; only on success does it move to {@code to}. */
    private void replay(Deque<UndoableEdit> from, Deque<UndoableEdit> to, Consumer<UndoableEdit> action,
                        Runnable afterwards, Consumer<Throwable> onError) {
        if (from.isEmpty() || busy.get()) {
            return;
        }
        UndoableEdit edit = from.peek();
        busy.set(true);
        tasks.run(() -> {
            action.accept(edit);
            return null;
        }, ignored -> {
            from.pop();
            to.push(edit);
            busy.set(false);
            refresh();
            afterwards.run();
        }, error -> {
            busy.set(false);
            onError.accept(error);
        });
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoText.set(undo.isEmpty() ? "" : undo.peek().description());
        redoText.set(redo.isEmpty() ? "" : redo.peek().description());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
