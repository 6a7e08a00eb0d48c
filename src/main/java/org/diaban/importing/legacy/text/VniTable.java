package org.diaban.importing.legacy.text;

import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The VNI-Windows letter codes, written from the Vietnamese repertoire: each lower-case
 * vowel with its six tones (none, grave, acute, hook, tilde, dot below), as the chars POI
 * returns for the bytes. Capitals are the Latin-1 capitals of the same chars (each VNI byte
 * 0xE0..0xFE has its capital at 0xC0..0xDE).
 */
final class VniTable {

    /** Combining tone marks in the column order of {@link #VOWELS}. */
    private static final String TONES = "\u0000\u0300\u0301\u0309\u0303\u0323";

    /** Untoned vowel, then its VNI codes for no tone, grave, acute, hook, tilde, dot below. */
    private static final String[][] VOWELS = {
        {"a", "a", "aø", "aù", "aû", "aõ", "aï"},
        {"ă", "aê", "aè", "aé", "aú", "aü", "aë"},
        {"â", "aâ", "aà", "aá", "aå", "aã", "aä"},
        {"e", "e", "eø", "eù", "eû", "eõ", "eï"},
        {"ê", "eâ", "eà", "eá", "eå", "eã", "eä"},
        {"i", "i", "ì", "í", "æ", "ó", "ò"},
        {"o", "o", "oø", "où", "oû", "oõ", "oï"},
        {"ô", "oâ", "oà", "oá", "oå", "oã", "oä"},
        {"ơ", "ô", "ôø", "ôù", "ôû", "ôõ", "ôï"},
        {"u", "u", "uø", "uù", "uû", "uõ", "uï"},
        {"ư", "ö", "öø", "öù", "öû", "öõ", "öï"},
        {"y", "y", "yø", "yù", "yû", "yõ", "î"},
    };

    /** Unicode letter (NFC) to its VNI code, both cases. */
    static final Map<String, String> ENCODE;
    /** VNI code (one or two chars) to its Unicode letter; also capital base + lower-case mark. */
    static final Map<String, String> DECODE;

    static {
        Map<String, String> encode = new HashMap<>();
        Map<String, String> decode = new HashMap<>();
        put(encode, decode, "đ", "ñ");
        for (String[] row : VOWELS) {
            for (int tone = 0; tone < TONES.length(); tone++) {
                String letter = tone == 0 ? row[0] : row[0] + TONES.charAt(tone);
                put(encode, decode, Normalizer.normalize(letter, Normalizer.Form.NFC), row[1 + tone]);
            }
        }
        for (Map.Entry<String, String> e : Map.copyOf(decode).entrySet()) {
            String code = e.getKey();
            if (code.length() == 2 && Character.isUpperCase(code.charAt(0))) {
                decode.putIfAbsent(code.substring(0, 1) + lower(code.substring(1)), e.getValue());
            }
        }
        ENCODE = Collections.unmodifiableMap(encode);
        DECODE = Collections.unmodifiableMap(decode);
    }

    private VniTable() {
    }

    private static void put(Map<String, String> encode, Map<String, String> decode, String letter, String code) {
        encode.put(letter, code);
        encode.put(upper(letter), upper(code));
        decode.put(code, letter);
        decode.put(upper(code), upper(letter));
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
