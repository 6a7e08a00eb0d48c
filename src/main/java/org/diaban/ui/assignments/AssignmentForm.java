package org.diaban.ui.assignments;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What the assignment forms share: valid, busy while saving, and the error of a failed save. */
abstract class AssignmentForm {

    private final AssignmentRunner runner;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    AssignmentForm(AssignmentRunner runner) {
        this.runner = runner;
    }

    /** Saves the edit in the background unless the form is invalid or already saving. */
    final void submit(AssignmentEdit edit, Runnable onSaved) {
        if (validProperty().get() && !busy.get()) {
            runner.submit(edit, busy, error, onSaved);
        }
    }

    public abstract BooleanBinding validProperty();

    public final ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public final ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
