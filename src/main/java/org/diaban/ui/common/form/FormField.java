package org.diaban.ui.common.form;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A text field of a form with its rule. The problem is checked on every keystroke; it is shown
 * beside the field once the user has typed there or the field holds text, so that a fresh form
 * does not open covered in "required" messages (its OK button is disabled all the same).
 */
public final class FormField {

    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper();
    private final Function<String, String> check;
    private boolean loading;
    private boolean touched;

    /** @param check the problem with a text, as a sentence, or null when it is fine */
    public FormField(Function<String, String> check) {
        this.check = check;
        text.addListener((obs, old, now) -> {
            if (!loading) {
                touched = true;
            }
            revalidate();
        });
        revalidate();
    }

    /** Fills the field with an existing value, as if the user had not typed it. */
    public void load(String value) {
        loading = true;
        try {
            text.set(value == null ? "" : value);
        } finally {
            loading = false;
        }
        revalidate();
    }

    /** Checks again, for rules that depend on another field. */
    public void revalidate() {
        String p = check.apply(text.get());
        problem.set(p);
        shown.set(touched || !isBlank() ? p : null);
    }

    public boolean isBlank() {
        return text.get() == null || text.get().isBlank();
    }

    public String value() {
        return isBlank() ? null : text.get().strip();
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The problem, whether shown or not: what the OK button depends on. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The message beside the field. */
    public ReadOnlyStringProperty messageProperty() {
        return shown.getReadOnlyProperty();
    }
}
