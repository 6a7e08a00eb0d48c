package org.diaban.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The user-visible texts, from resource bundles: Vietnamese by default (the base bundles), English
 * second. Texts are split by area so that features can grow their own files; keys carry the area
 * as prefix and are unique across all of them.
 */
public final class I18n {

    /** The bundles under {@code i18n/}; every one exists in each supported language. */
    public static final List<String> BUNDLES = List.of("common", "errors", "hierarchy", "cadres", "cli", "importing",
            "assignments", "activities", "concerns", "compliance", "reporting", "narrative", "reports");

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Locale locale;
    private final List<ResourceBundle> bundles = new ArrayList<>();

    public I18n(Locale locale) {
        this.locale = locale;
        // no fallback to the JVM's default locale: an English PC must still get Vietnamese by default
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String name : BUNDLES) {
            bundles.add(ResourceBundle.getBundle("i18n/" + name, locale, I18n.class.getClassLoader(), control));
        }
    }

    /** The language for a setting such as "vi" or "en"; Vietnamese unless English is asked for. */
    public static Locale localeFor(String language) {
        return language != null && language.strip().toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : VIETNAMESE;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isEnglish() {
        return locale.getLanguage().equals("en");
    }

    /** The text for a key; a missing key shows as !key! so it is noticed, never crashes. */
    public String get(String key) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                return b.getString(key);
            }
        }
        return "!" + key + "!";
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /** The text for a key with {0}, {1}, ... filled in (MessageFormat in the UI's locale). */
    /**
     * The text for a key as a function of its one argument, the pattern parsed once: for
     * formatting tens of thousands of values (a report's annex). Not thread-safe, like MessageFormat.
     */
    public Function<Object, String> formatter(String key) {
        String pattern = get(key);
        int at = pattern.indexOf("{0}");
        if (at >= 0 && pattern.indexOf('{', at + 1) < 0 && pattern.lastIndexOf('{', at - 1) < 0
                && pattern.indexOf('\'') < 0) {
            // "Hộ {0}": MessageFormat would put a text argument in as it is
            String before = pattern.substring(0, at);
            String after = pattern.substring(at + 3);
            Function<Object, String> general = general(pattern);
            return value -> value instanceof String text ? before + text + after : general.apply(value);
        }
        return general(pattern);
    }

    private Function<Object, String> general(String pattern) {
        MessageFormat format;
        try {
            format = new MessageFormat(pattern, locale);
        } catch (IllegalArgumentException e) {
            return value -> pattern;
        }
        Object[] args = new Object[1];
        return value -> {
            args[0] = value;
            return format.format(args);
        };
    }

    public String format(String key, Object... args) {
        try {
            return new MessageFormat(get(key), locale).format(args);
        } catch (IllegalArgumentException | MissingResourceException e) {
            return get(key);
        }
    }
}
