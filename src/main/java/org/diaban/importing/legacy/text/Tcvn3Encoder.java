package org.diaban.importing.legacy.text;

import java.text.Normalizer;

/**
 * Encodes Unicode text as TCVN3 the way ABC fonts store it: one char per byte (the Latin-1
 * char of the byte value). A toned capital has no code of its own and takes its lower-case
 * code; Ă Â Ê Ô Ơ Ư Đ have their own codes 0xA1..0xA7. Used for tests and round trips.
 */
public final class Tcvn3Encoder {

    private static final char[] FROM_UNICODE = new char[0x1F00];

    static {
        for (int b = 0xFF; b >= 0x80; b--) {
            char letter = Tcvn3Table.TO_UNICODE[b];
            if (letter != 0) {
                FROM_UNICODE[letter] = (char) b;
            }
        }
    }

    private Tcvn3Encoder() {
    }

    /** Encodes {@code text}; characters TCVN3 cannot hold are kept as they are. */
    public static String encode(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            char code = codeOf(c);
            if (code == 0) {
                code = codeOf(Character.toLowerCase(c));
            }
            out.append(code != 0 ? code : c);
        }
        return out.toString();
    }

    private static char codeOf(char c) {
        return c < FROM_UNICODE.length ? FROM_UNICODE[c] : 0;
    }
}
