package org.diaban.importing.legacy.values;

import java.util.regex.Pattern;
import org.diaban.domain.text.VietnameseText;

/** Person names from legacy cells: cleaned, without an honorific ("Đ/c", "Đồng chí") in front. */
public final class NameCleaner {

    private static final Pattern HONORIFIC =
            Pattern.compile("^(?:đ\\s*/\\s*c|đồng\\s+chí)(?:\\s*[.:]\\s*|\\s+|$)", Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE);

    private NameCleaner() {
    }

    /** The name without honorific prefix, NFC with single spaces; null or blank gives null. */
    public static String clean(String cell) {
        String text = VietnameseText.clean(cell);
        if (text == null) {
            return null;
        }
        String name = HONORIFIC.matcher(text).replaceFirst("").strip();
        return name.isEmpty() ? null : name;
    }
}
