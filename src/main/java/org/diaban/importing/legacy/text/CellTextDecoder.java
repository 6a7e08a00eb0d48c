package org.diaban.importing.legacy.text;

import java.text.Normalizer;

/**
 * Turns a cell's string, as POI returns it, into Unicode NFC text. The encoding is chosen
 * by the cell's font alone, never guessed from the characters, so text is never decoded twice.
 */
public final class CellTextDecoder {

    private CellTextDecoder() {
    }

    /** Decodes {@code raw} shown in the font {@code fontName}; null stays null. */
    public static String decode(String raw, String fontName) {
        return decode(raw, FontEncoding.of(fontName));
    }

    /** Decodes {@code raw} in an encoding already detected. */
    public static String decode(String raw, FontEncoding font) {
        if (raw == null) {
            return null;
        }
        return switch (font.encoding()) {
            case TCVN3 -> Tcvn3Decoder.decode(raw, font.upperCase());
            case VNI -> VniDecoder.decode(raw);
            case UNICODE -> Normalizer.normalize(raw, Normalizer.Form.NFC);
        };
    }
}
