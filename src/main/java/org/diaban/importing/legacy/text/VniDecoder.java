package org.diaban.importing.legacy.text;

import java.text.Normalizer;

/** Decodes VNI-Windows text, as POI returns it from a "VNI-..." font cell, to Unicode NFC. */
public final class VniDecoder {

    private VniDecoder() {
    }

    /** Decodes by longest match: a base letter with its mark byte first, then single bytes. */
    public static String decode(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            String two = i + 2 <= raw.length() ? VniTable.DECODE.get(raw.substring(i, i + 2)) : null;
            if (two != null) {
                out.append(two);
                i += 2;
                continue;
            }
            char c = raw.charAt(i);
            String one = VniTable.DECODE.get(String.valueOf(c));
            if (one != null) {
                out.append(one);
            } else {
                out.append(c >= 0x80 && c <= 0x9F ? Cp1252.charOf(c) : c);
            }
            i++;
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
