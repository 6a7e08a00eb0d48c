package org.diaban.domain.hierarchy;

import java.util.Locale;

/**
 * The official Vietnamese names that follow from a unit's type and short name: "Xã Hồ Sơn",
 * "Đảng bộ xã Hồ Sơn", "Đảng ủy xã Hồ Sơn", "Chi bộ thôn Đồng Tiến". They are data in Vietnamese
 * whatever the UI language, and only suggestions: the user can always change them.
 */
public final class UnitNaming {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private UnitNaming() {
    }

    /** "Xã" + "Hồ Sơn" gives "Xã Hồ Sơn"; a name that already says its type is kept. */
    public static String fullName(UnitType type, String name) {
        String n = clean(name);
        if (n.isEmpty() || type == null) {
            return n;
        }
        if (n.toLowerCase(VI).startsWith(type.nameVi().toLowerCase(VI) + " ")) {
            return n;
        }
        return type.nameVi() + " " + n;
    }

    /** Đảng bộ for the province, district and commune tiers; chi bộ for a village. */
    public static String partyOrgName(UnitType type, int tierRank, String name) {
        String n = clean(name);
        if (n.isEmpty() || type == null) {
            return "";
        }
        if (!type.territorial()) {
            return fullName(type, n);
        }
        String typeWord = type.nameVi().toLowerCase(VI);
        return (tierRank >= 4 ? "Chi bộ " : "Đảng bộ ") + typeWord + " " + n;
    }

    /**
     * Tỉnh ủy, Huyện ủy, Thành ủy, Thị ủy (the first word of the type plus "ủy") above the communes;
     * Đảng ủy xã / phường / thị trấn at the commune tier; none for a chi bộ.
     */
    public static String committeeName(UnitType type, int tierRank, String name) {
        String n = clean(name);
        if (n.isEmpty() || type == null || tierRank >= 4 || !type.territorial()) {
            return "";
        }
        if (tierRank <= 2) {
            String first = type.nameVi().split(" ")[0];
            return first + " ủy " + n;
        }
        return "Đảng ủy " + type.nameVi().toLowerCase(VI) + " " + n;
    }

    /** The committee's code in document symbols: TU, HU, ĐU (a guess for towns: always editable). */
    public static String committeeCode(UnitType type, int tierRank) {
        if (type == null || !type.territorial()) {
            return "";
        }
        return switch (tierRank) {
            case 1 -> "TU";
            case 2 -> "huyen".equals(type.code()) ? "HU" : "TU";
            case 3 -> "ĐU";
            default -> "";
        };
    }

    private static String clean(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }
}
