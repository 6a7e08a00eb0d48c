package org.diaban.importing.legacy.values;

import java.util.List;
import java.util.Map;
import org.diaban.domain.text.VietnameseText;

/** The status (trang_thai) of residents' requests in a work-session log. */
public enum SessionStatus {
    DA_GIAI_QUYET("da_giai_quyet"),
    DANG_GIAI_QUYET("dang_giai_quyet"),
    CHUA_GIAI_QUYET("chua_giai_quyet"),
    CHUYEN_CAP_TREN("chuyen_cap_tren");

    /** Folded wordings, each mapped to its status; a text may add words after one of them. */
    private static final List<Map.Entry<String, SessionStatus>> WORDINGS = List.of(
            Map.entry("da giai quyet", DA_GIAI_QUYET), Map.entry("da xong", DA_GIAI_QUYET),
            Map.entry("hoan thanh", DA_GIAI_QUYET), Map.entry("da hoan thanh", DA_GIAI_QUYET),
            Map.entry("dang giai quyet", DANG_GIAI_QUYET), Map.entry("dang xu ly", DANG_GIAI_QUYET),
            Map.entry("dang xu li", DANG_GIAI_QUYET),
            Map.entry("dang thuc hien", DANG_GIAI_QUYET),
            Map.entry("chua giai quyet", CHUA_GIAI_QUYET), Map.entry("chua xu ly", CHUA_GIAI_QUYET),
            Map.entry("chua xu li", CHUA_GIAI_QUYET),
            Map.entry("da chuyen cap tren", CHUYEN_CAP_TREN), Map.entry("chuyen cap tren", CHUYEN_CAP_TREN),
            Map.entry("da chuyen co quan chuc nang", CHUYEN_CAP_TREN),
            Map.entry("chuyen co quan chuc nang", CHUYEN_CAP_TREN));

    private final String key;

    SessionStatus(String key) {
        this.key = key;
    }

    /** The answer key's spelling, e.g. {@code da_giai_quyet}. */
    public String key() {
        return key;
    }

    /**
     * Maps a status text, ignoring case, diacritics, spacing and end punctuation; null for an empty
     * or unknown wording (the caller keeps the text as written).
     */
    public static SessionStatus fromText(String text) {
        String folded = VietnameseText.fold(text).replaceAll("[.;!]+$", "").strip();
        for (Map.Entry<String, SessionStatus> wording : WORDINGS) {
            String w = wording.getKey();
            if (folded.equals(w) || folded.startsWith(w + " ") || folded.startsWith(w + ",")
                    || folded.startsWith(w + " (")) {
                return wording.getValue();
            }
        }
        return null;
    }
}
