package org.diaban.i18n;

import java.time.LocalDate;
import java.util.Arrays;
import org.diaban.domain.common.LocalizedFailure;

/** Turns exceptions into sentences for the user, in the UI's language. */
public final class ErrorMessages {

    private final I18n i18n;

    public ErrorMessages(I18n i18n) {
        this.i18n = i18n;
    }

    public String describe(Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof LocalizedFailure f) {
            return i18n.format(f.messageKey(), display(f.messageArguments().toArray()));
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return i18n.format("error.unexpected", detail);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof java.util.concurrent.CompletionException
                || e instanceof java.util.concurrent.ExecutionException
                || e instanceof java.lang.reflect.InvocationTargetException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static Object[] display(Object[] args) {
        return Arrays.stream(args).map(a -> a instanceof LocalDate d ? Formats.date(d) : a).toArray();
    }
}
