package org.diaban.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How the items of a chooser that is not typed into read; the function also gets null (an "all" entry). */
public final class ShownAs {

    private ShownAs() {
    }

    public static <T> StringConverter<T> text(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
