package org.diaban.importing.legacy.text;

import java.text.Normalizer;

/** Encodes Unicode text as VNI-Windows (one char per byte). Used for tests and round trips. */
public final class VniEncoder {

    private VniEncoder() {
    }

    /** Encodes {@code text}; characters VNI cannot hold are kept as they are. */
    public static String encode(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length() + 8);
        for (int i = 0; i < nfc.length(); i++) {
            String c = String.valueOf(nfc.charAt(i));
            out.append(VniTable.ENCODE.getOrDefault(c, c));
        }
        return out.toString();
    }
}
