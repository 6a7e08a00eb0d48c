package org.diaban.importing.legacy.text;

import java.text.Normalizer;
import java.util.List;

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

    /**
     * Decodes a rich-text cell whose runs are set in different fonts. Each run starts at
     * {@code start} and lasts to the next run; text before the first run is in {@code cellFont}.
     */
    public static String decode(String raw, String cellFont, List<FontRun> runs) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int start = 0;
        String font = cellFont;
        for (FontRun run : runs) {
            int end = Math.max(start, Math.min(run.start(), raw.length()));
            out.append(decode(raw.substring(start, end), font));
            start = end;
            font = run.fontName();
        }
        out.append(decode(raw.substring(start), font));
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** A formatting run of a rich-text cell: from char index {@code start}, set in {@code fontName}. */
    public record FontRun(int start, String fontName) {
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
