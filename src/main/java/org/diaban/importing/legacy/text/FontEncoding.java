package org.diaban.importing.legacy.text;

import java.util.Locale;

/**
 * The encoding a cell's font implies, and whether the font shows every letter in upper case
 * (the TCVN3 "H" fonts such as ".VnTimeH").
 */
public record FontEncoding(LegacyEncoding encoding, boolean upperCase) {

    public static final FontEncoding UNICODE = new FontEncoding(LegacyEncoding.UNICODE, false);

    /** Detects the encoding from a font name alone; null or unknown names are Unicode. */
    public static FontEncoding of(String fontName) {
        if (fontName == null) {
            return UNICODE;
        }
        String name = fontName.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(".vn")) {
            return new FontEncoding(LegacyEncoding.TCVN3, lower.endsWith("h"));
        }
        if (lower.startsWith("vni")) {
            return new FontEncoding(LegacyEncoding.VNI, false);
        }
        return UNICODE;
    }
}
