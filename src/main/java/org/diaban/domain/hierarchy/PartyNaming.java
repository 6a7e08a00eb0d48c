package org.diaban.domain.hierarchy;

import java.util.Map;
import java.util.Optional;

/**
 * How units, their party organisations and committees are named by type: "Xã Hồ Sơn" has the
 * "Đảng bộ xã Hồ Sơn", whose committee is the "Đảng ủy xã Hồ Sơn" (code ĐU in document symbols);
 * a village has a "Chi bộ thôn ..." and no committee of its own. Imports and the demo data use the
 * same rule, so that loading a file over existing data finds nothing to change.
 */
public final class PartyNaming {

    /** The party organisation, its committee and the committee's code; null parts do not exist. */
    public record Names(String partyOrgName, String committeeName, String committeeCode) {
    }

    private record Words(String typeWord, String committeePrefix, String committeeCode, boolean cell) {
    }

    private static final Map<String, Words> WORDS = Map.ofEntries(
            Map.entry("tinh", new Words("tỉnh", "Tỉnh ủy", "TU", false)),
            Map.entry("huyen", new Words("huyện", "Huyện ủy", "HU", false)),
            Map.entry("thanh_pho", new Words("thành phố", "Thành ủy", "HU", false)),
            Map.entry("thi_xa", new Words("thị xã", "Thị ủy", "HU", false)),
            Map.entry("xa", new Words("xã", "Đảng ủy xã", "ĐU", false)),
            Map.entry("phuong", new Words("phường", "Đảng ủy phường", "ĐU", false)),
            Map.entry("thi_tran", new Words("thị trấn", "Đảng ủy thị trấn", "ĐU", false)),
            Map.entry("thon", new Words("thôn", null, null, true)),
            Map.entry("ban", new Words("bản", null, null, true)),
            Map.entry("to_dan_pho", new Words("tổ dân phố", null, null, true)),
            Map.entry("khoi", new Words("khối", null, null, true)),
            Map.entry("khu", new Words("khu", null, null, true)),
            Map.entry("khoi_pho", new Words("khối phố", null, null, true)));

    private PartyNaming() {
    }

    /**
     * The usual names for a unit of the type; a non-territorial cell ("chi_bo", named after its
     * body, e.g. "Trường THCS Hồ Sơn") is "Chi bộ Trường THCS Hồ Sơn". Empty for an unknown type.
     */
    public static Optional<Names> of(String typeCode, String name) {
        if ("chi_bo".equals(typeCode)) {
            return Optional.of(new Names("Chi bộ " + name, null, null));
        }
        Words w = WORDS.get(typeCode);
        if (w == null) {
            return Optional.empty();
        }
        if (w.cell()) {
            return Optional.of(new Names("Chi bộ " + w.typeWord() + " " + name, null, null));
        }
        return Optional.of(new Names("Đảng bộ " + w.typeWord() + " " + name, w.committeePrefix() + " " + name,
                w.committeeCode()));
    }

    /** The official full name: "Xã Hồ Sơn", "Thành phố Lạng Sơn", "Khối 3", "Chi bộ Trường THCS Hồ Sơn". */
    public static String fullName(String typeCode, String name) {
        if ("chi_bo".equals(typeCode)) {
            return "Chi bộ " + name;
        }
        Words w = WORDS.get(typeCode);
        if (w == null) {
            return name;
        }
        String word = w.typeWord();
        return Character.toUpperCase(word.charAt(0)) + word.substring(1) + " " + name;
    }
}
