package org.diaban.importing.legacy.values;

import java.util.Map;
import org.diaban.domain.text.VietnameseText;

/** The level (Cấp) of a committee member in an attendance matrix, with the key's spelling. */
public enum Level {
    TINH("tinh"),
    HUYEN("huyen"),
    XA("xa");

    /** Folded aliases: Tỉnh, TUV; Huyện, thành phố (TP), thị xã, HUV; Xã, phường, thị trấn, ĐUV. */
    private static final Map<String, Level> ALIASES = Map.ofEntries(
            Map.entry("tinh", TINH), Map.entry("tuv", TINH), Map.entry("tinh uy vien", TINH),
            Map.entry("huyen", HUYEN), Map.entry("thanh pho", HUYEN), Map.entry("tp", HUYEN),
            Map.entry("thi xa", HUYEN),
            Map.entry("huv", HUYEN), Map.entry("huyen uy vien", HUYEN),
            Map.entry("xa", XA), Map.entry("phuong", XA), Map.entry("thi tran", XA),
            Map.entry("duv", XA), Map.entry("dang uy vien", XA));

    private final String key;

    Level(String key) {
        this.key = key;
    }

    /** The answer key's spelling: {@code tinh}, {@code huyen}, {@code xa}. */
    public String key() {
        return key;
    }

    /**
     * Reads a Cấp cell, ignoring case, diacritics and spacing; anything not an alias is an
     * {@link ProblemCode#INVALID_LEVEL}, an empty cell too.
     */
    public static ValueResult<Level> parse(String cell, String field) {
        String folded = VietnameseText.fold(cell).replaceAll("[.]+$", "");
        Level level = ALIASES.get(folded);
        if (level == null) {
            return ValueResult.problem(ProblemCode.INVALID_LEVEL, field, VietnameseText.clean(cell),
                    "level must be tỉnh, huyện or xã");
        }
        return ValueResult.of(level);
    }
}
