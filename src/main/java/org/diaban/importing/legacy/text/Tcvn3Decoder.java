package org.diaban.importing.legacy.text;

import java.text.Normalizer;
import java.util.Locale;

/** Decodes TCVN3 (ABC) text, as POI returns it from a ".Vn..." font cell, to Unicode NFC. */
public final class Tcvn3Decoder {

    private Tcvn3Decoder() {
    }

    /**
     * Decodes {@code raw}; with {@code upperCase} (an "H" font) the result is upper-cased, since
     * TCVN3 stores toned capitals with their lower-case codes. U+00AD is "ư", never stripped.
     */
    public static String decode(String raw, boolean upperCase) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int b = Cp1252.byteOf(c);
            if (b < 0x80) {
                out.append(c);
                continue;
            }
            char letter = Tcvn3Table.TO_UNICODE[b];
            out.append(letter != 0 ? letter : Cp1252.charOf(b));
        }
        String text = Normalizer.normalize(out, Normalizer.Form.NFC);
        return upperCase ? text.toUpperCase(Locale.ROOT) : text;
    }
}
