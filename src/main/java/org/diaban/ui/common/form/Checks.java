package org.diaban.ui.common.form;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.diaban.domain.common.DomainException;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;

/** Turns the domain's rules, which throw, into the sentences shown beside form fields. */
public final class Checks {

    private final I18n i18n;
    private final ErrorMessages errors;

    public Checks(I18n i18n) {
        this.i18n = i18n;
        this.errors = new ErrorMessages(i18n);
    }

    /** The rule's message, or null when it holds. */
    public String problem(Runnable rule) {
        try {
            rule.run();
            return null;
        } catch (DomainException e) {
            return errors.describe(e);
        }
    }

    /** A day typed as dd/mm/yyyy, or null when blank or not a date. */
    public static LocalDate date(String text) {
        try {
            return Formats.parseDate(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The problem with a typed date, or null when it is blank or a real day. */
    public String dateProblem(String text) {
        if (text == null || text.isBlank() || date(text) != null) {
            return null;
        }
        return i18n.format("form.badDate", text.strip());
    }

    /** The problem with the text of a pick field: it matches nothing, or several choices. */
    public String choiceProblem(ChoiceModel choice) {
        if (choice.isBlank() || choice.selectedProperty().get() != null) {
            return null;
        }
        int n = choice.matches().size();
        return n == 0 ? i18n.format("choice.noMatch", choice.textProperty().get().strip())
                : i18n.format("choice.ambiguous", n);
    }

    /**
     * {@link #choiceProblem} kept up to date as the field's text, its pick and its matches change
     * (the matches also change when the choices are reloaded, with the text as it was).
     */
    public StringBinding choiceProblemOf(ChoiceModel choice) {
        return Bindings.createStringBinding(() -> choiceProblem(choice), choice.textProperty(),
                choice.selectedProperty(), choice.matches());
    }

    public String describe(Throwable error) {
        return errors.describe(error);
    }

    public String text(String key, Object... args) {
        return i18n.format(key, args);
    }
}
