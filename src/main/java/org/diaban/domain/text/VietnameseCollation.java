package org.diaban.domain.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Vietnamese ordering: a ă â b c d đ e ê ... with tones in the order ngang, huyền, hỏi, ngã, sắc,
 * nặng (the JDK's "vi" collation rules). People are ordered the Vietnamese way, by given name first.
 */
public final class VietnameseCollation {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private VietnameseCollation() {
    }

    /** A new collator; collators are not safe to share between threads. */
    public static Collator collator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    /** Orders text in Vietnamese order; nulls last. */
    public static Comparator<String> text() {
        Collator collator = collator();
        return Comparator.nullsLast((a, b) -> collator.compare(a, b));
    }

    public static <T> Comparator<T> comparing(Function<T, String> key) {
        return Comparator.comparing(key, text());
    }

    /** Orders full names by given name, then by the whole name, as Vietnamese lists do. */
    public static Comparator<String> personName() {
        Comparator<String> text = text();
        return Comparator.nullsLast(Comparator.comparing(VietnameseText::givenName, text).thenComparing(text));
    }
}
