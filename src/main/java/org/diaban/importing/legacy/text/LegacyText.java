package org.diaban.importing.legacy.text;

import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diaban.domain.text.VietnameseText;

/**
 * Text normalisation for imported cells, honorifics before names, and the key under which
 * commune and village names from a file are matched against the hierarchy.
 */
public final class LegacyText {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029");

    /** "Đ/c", "đ/c.", "Đồng chí" before a name, in any case. */
    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?:đ\\s*/\\s*c|đồng\\s+chí)(?:\\s*[.:]\\s*|\\s+|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Unit-type prefixes before a commune, village or district name (lower-case key text). */
    private static final Pattern UNIT_PREFIX = Pattern.compile(
            "^(?:(?:xã|thị trấn|phường|thôn|bản|tổ dân phố|khối|khu|huyện|thành phố|tdp)(?:\\s+|$)"
            + "|(?:tt|tp|p)\\.\\s*|(?:tt|tp)(?:\\s+|$))");

    /** Old-style tone placement on the last vowel pair of a syllable, and its new style. */
    private static final String[][] OLD_TO_NEW_TONES = {
        {"oà", "òa"}, {"oá", "óa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
        {"oè", "òe"}, {"oé", "óe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"},
        {"uỳ", "ùy"}, {"uý", "úy"}, {"uỷ", "ủy"}, {"uỹ", "ũy"}, {"uỵ", "ụy"},
    };

    private static final Pattern OLD_TONE;

    /** The second letters of the old-style pairs, lower case as the pairs are written. */
    private static final String OLD_TONE_VOWELS;

    static {
        StringJoiner alternatives = new StringJoiner("|");
        for (String[] pair : OLD_TO_NEW_TONES) {
            alternatives.add(pair[0]);
        }
        OLD_TONE = Pattern.compile("(" + alternatives + ")(?![\\p{L}\\p{M}])");
        StringBuilder vowels = new StringBuilder();
        for (String[] pair : OLD_TO_NEW_TONES) {
            vowels.append(pair[0].charAt(1));
        }
        OLD_TONE_VOWELS = vowels.toString();
    }

    private LegacyText() {
    }

    /**
     * Cell text as the answer keys write it: NFC, each line trimmed with runs of spaces
     * (U+00A0 included) collapsed, empty lines dropped, lines joined by "\n"; empty gives null.
     */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        if (!hasLineBreak(text)) {
            // nearly every cell is one line: no split
            String clean = VietnameseText.clean(text);
            return clean.isEmpty() ? null : clean;
        }
        StringJoiner lines = new StringJoiner("\n");
        for (String line : LINE_BREAK.split(text, -1)) {
            String clean = VietnameseText.clean(line);
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        String joined = lines.toString();
        return joined.isEmpty() ? null : joined;
    }

    /** A normalised name without a leading honorific ("Đ/c", "đồng chí", ...); null if empty. */
    public static String stripHonorific(String name) {
        String text = normalize(name);
        if (text == null) {
            return null;
        }
        // every honorific starts with đ: most names need no regex
        char first = text.charAt(0);
        String stripped = first == 'đ' || first == 'Đ' ? HONORIFIC.matcher(text).replaceFirst("") : text;
        return stripped.isEmpty() ? null : stripped;
    }

    /** Writes old-style tone placement ("hoà", "thuỷ") in the new style ("hòa", "thủy"). */
    public static String newStyleTones(String text) {
        if (text == null || !hasOldToneVowel(text)) {
            return text;
        }
        Matcher m = OLD_TONE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, newStyle(m.group(1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The key a commune, village or district name is matched under: normalised to one line,
     * lower case, new-style tone placement, without a unit prefix ("Xã", "TT", "P.", "Thôn",
     * "Huyện", ...). Other diacritics are kept, so "Hòa Sơn" and "Hồ Sơn" differ.
     */
    public static String unitKey(String name) {
        String text = normalize(name);
        if (text == null) {
            return "";
        }
        String key = newStyleTones(VietnameseText.clean(text).toLowerCase(Locale.ROOT));
        String stripped = UNIT_PREFIX.matcher(key).replaceFirst("");
        return stripped.isEmpty() ? key : stripped;
    }

    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has a toned a, e or y that old-style placement can put after o or u. */
    private static boolean hasOldToneVowel(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (OLD_TONE_VOWELS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String newStyle(String oldPair) {
        for (String[] pair : OLD_TO_NEW_TONES) {
            if (pair[0].equals(oldPair)) {
                return pair[1];
            }
        }
        return oldPair;
    }
}
