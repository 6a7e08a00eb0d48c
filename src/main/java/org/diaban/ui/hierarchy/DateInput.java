package org.diaban.ui.hierarchy;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.diaban.i18n.Formats;

/**
 * A date typed as dd/MM/yyyy: the text the user edits and the day it stands for (null while it
 * is empty or not a date). The owning model says what else the day must satisfy.
 */
final class DateInput {

    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<LocalDate> value = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper malformed = new ReadOnlyBooleanWrapper(false);

    DateInput(LocalDate initial) {
        text.addListener((obs, old, t) -> parse(t));
        text.set(Formats.date(initial));
        parse(text.get());
    }

    private void parse(String t) {
        try {
            value.set(Formats.parseDate(t));
            malformed.set(false);
        } catch (IllegalArgumentException e) {
            value.set(null);
            malformed.set(true);
        }
    }

    StringProperty textProperty() {
        return text;
    }

    ReadOnlyObjectProperty<LocalDate> valueProperty() {
        return value.getReadOnlyProperty();
    }

    LocalDate value() {
        return value.get();
    }

    ReadOnlyBooleanProperty malformedProperty() {
        return malformed.getReadOnlyProperty();
    }

    /** The message for a missing or malformed date, or null when there is a day. */
    String basicError(org.diaban.i18n.I18n i18n) {
        if (malformed.get()) {
            return i18n.get("hierarchy.form.error.dateFormat");
        }
        return value.get() == null ? i18n.get("hierarchy.form.error.dateRequired") : null;
    }
}
