package org.diaban.ui.common;

import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.util.StringConverter;
import org.diaban.i18n.Formats;

/** Date pickers' text as dd/MM/yyyy; a text that is no date gives the fallback (the old value, or none). */
public final class DayConverter extends StringConverter<LocalDate> {

    private final Supplier<LocalDate> fallback;

    public DayConverter(Supplier<LocalDate> fallback) {
        this.fallback = fallback;
    }

    @Override
    public String toString(LocalDate day) {
        return Formats.date(day);
    }

    @Override
    public LocalDate fromString(String text) {
        try {
            return Formats.parseDate(text);
        } catch (IllegalArgumentException e) {
            return fallback.get();
        }
    }
}
