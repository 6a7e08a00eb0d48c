package org.diaban.importing.legacy.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every Vietnamese letter, built from Unicode composition (independent of the code tables). */
final class VietnameseLetters {

    /** The twelve vowels: base letter plus vowel modifier (circumflex, breve, horn). */
    private static final String[] VOWELS = {
        "a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031B", "u", "u\u031B", "y"};
    /** No tone, grave, acute, hook above, tilde, dot below. */
    private static final String[] TONES = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};

    private VietnameseLetters() {
    }

    /** The 72 lower-case vowels (toned and untoned) and đ. */
    static List<String> lowerCase() {
        List<String> letters = new ArrayList<>();
        for (String vowel : VOWELS) {
            for (String tone : TONES) {
                letters.add(Normalizer.normalize(vowel + tone, Normalizer.Form.NFC));
            }
        }
        letters.add("đ");
        return letters;
    }

    /** The same letters in upper case. */
    static List<String> upperCase() {
        return lowerCase().stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
    }

    /** The 134 letters outside ASCII, both cases. */
    static List<String> nonAscii() {
        List<String> all = new ArrayList<>(lowerCase());
        all.addAll(upperCase());
        return all.stream().filter(s -> s.charAt(0) > 0x7F).toList();
    }
}
