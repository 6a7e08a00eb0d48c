package org.diaban.importing.legacy.text;

/**
 * The TCVN3 (ABC, TCVN 5712:1993 VN3) byte assignments, written from the standard's
 * repertoire as runs of consecutive bytes. Bytes not listed keep their cp1252 meaning.
 */
final class Tcvn3Table {

    /** Pairs of (first byte, the letters of consecutive bytes from it). */
    private static final Object[] RUNS = {
        0xA1, "ĂÂÊÔƠƯĐ",
        0xA8, "ăâêôơưđ",
        0xB5, "àảãáạ",
        0xBB, "ằẳẵắ",
        0xC6, "ặầẩẫấậè",
        0xCE, "ẻẽéẹềểễếệìỉ",
        0xDC, "ĩíịò",
        0xE1, "ỏõóọồổỗốộờởỡớợù",
        0xF1, "ủũúụừửữứựỳỷỹýỵ",
    };

    /** Unicode letter of each byte, or 0 where TCVN3 assigns nothing. */
    static final char[] TO_UNICODE = new char[256];

    static {
        for (int i = 0; i < RUNS.length; i += 2) {
            int first = (Integer) RUNS[i];
            String letters = (String) RUNS[i + 1];
            for (int k = 0; k < letters.length(); k++) {
                TO_UNICODE[first + k] = letters.charAt(k);
            }
        }
    }

    private Tcvn3Table() {
    }
}
