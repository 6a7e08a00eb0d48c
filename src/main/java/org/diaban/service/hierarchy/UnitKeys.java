package org.diaban.service.hierarchy;

import java.util.function.Predicate;
import org.diaban.domain.text.VietnameseText;

/** Makes external keys in the style of the hierarchy files: ASCII slugs joined with dots. */
public final class UnitKeys {

    private UnitKeys() {
    }

    public static String slug(String name) {
        String folded = VietnameseText.fold(name).replaceAll("[^a-z0-9]+", "-");
        folded = folded.replaceAll("^-+|-+$", "");
        return folded.isEmpty() ? "don-vi" : folded;
    }

    /** parentKey.slug(name), with -2, -3, ... added while {@code taken} says the key exists. */
    public static String derive(String parentKey, String name, Predicate<String> taken) {
        String base = (parentKey == null ? "" : parentKey + ".") + slug(name);
        String key = base;
        for (int n = 2; taken.test(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }
}
