package org.diaban.importing.legacy.text;

/**
 * Recovers the byte a legacy font received from the char POI returns. Excel kept the typed
 * bytes through Windows code page 1252, so a byte 0x80..0x9F may arrive either as its
 * cp1252 character (0x93 as U+201C) or as the Latin-1 control char of the same value.
 */
final class Cp1252 {

    /** cp1252 characters of the bytes 0x80..0x9F; U+FFFF marks the five unassigned bytes. */
    private static final String HIGH =
            "\u20AC\uFFFF\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFF\u017D\uFFFF"
            + "\uFFFF\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFF\u017E\u0178";

    private Cp1252() {
    }

    /** The byte value 0..255 behind {@code c}, or -1 when {@code c} is no single cp1252/Latin-1 byte. */
    static int byteOf(char c) {
        if (c <= 0xFF) {
            return c;
        }
        int i = HIGH.indexOf(c);
        return i < 0 ? -1 : 0x80 + i;
    }

    /** The character cp1252 shows for a byte, or the Latin-1 char where cp1252 assigns none. */
    static char charOf(int b) {
        if (b >= 0x80 && b <= 0x9F && HIGH.charAt(b - 0x80) != '\uFFFF') {
            return HIGH.charAt(b - 0x80);
        }
        return (char) b;
    }
}
