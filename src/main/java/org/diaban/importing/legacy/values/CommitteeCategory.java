package org.diaban.importing.legacy.values;

import java.util.Optional;
import org.diaban.domain.text.VietnameseText;

/** The committee category (cap_uy) of an assigned cadre. */
public enum CommitteeCategory {
    /** Standing committee (Ban Thường vụ). */
    BTV,
    /** Executive committee (Ban Chấp hành). */
    BCH,
    /** Leaders and managers who are not committee members (Lãnh đạo, quản lý). */
    LDQL;

    /** Reads a Cấp ủy cell: BTV, BCH, LĐQL or LDQL in any case; anything else is empty. */
    public static Optional<CommitteeCategory> fromCell(String cell) {
        return switch (VietnameseText.fold(cell).replaceAll("[\\s.]", "")) {
            case "btv", "uvbtv" -> Optional.of(BTV);
            case "bch", "uvbch" -> Optional.of(BCH);
            case "ldql" -> Optional.of(LDQL);
            default -> Optional.empty();
        };
    }
}
