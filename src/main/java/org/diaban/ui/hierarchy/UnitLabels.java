package org.diaban.ui.hierarchy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.text.VietnameseText;
import org.diaban.i18n.I18n;

/** How units are named in lists and sentences: with their parents, so that equal names are told apart. */
final class UnitLabels {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private final I18n i18n;

    UnitLabels(I18n i18n) {
        this.i18n = i18n;
    }

    /** "Xã Hòa Sơn — Huyện Hữu Lũng, Tỉnh Lạng Sơn". */
    String withPath(UnitState unit, HierarchySnapshot snapshot) {
        String path = path(unit, snapshot);
        return path.isEmpty() ? unit.fullName() : i18n.format("hierarchy.label.withPath", unit.fullName(), path);
    }

    /** The unit's ancestors, nearest first: "Huyện Hữu Lũng, Tỉnh Lạng Sơn". */
    String path(UnitState unit, HierarchySnapshot snapshot) {
        List<String> names = new ArrayList<>();
        if (snapshot != null) {
            List<UnitState> up = snapshot.pathToRoot(unit.unitId());
            for (int i = 1; i < up.size(); i++) {
                names.add(up.get(i).fullName());
            }
        }
        return String.join(", ", names);
    }

    /** Text that a typed filter is matched against, without diacritics. */
    static String searchText(String label) {
        return VietnameseText.fold(label);
    }

    /** A unit's full name with the Vietnamese name of its type, as far as it is known. */
    record Named(String fullName, String typeNameVi) {

        static Named of(UnitState s) {
            return new Named(s.fullName(), s.typeNameVi());
        }
    }

    /**
     * A full name inside a Vietnamese sentence: "xã Hồ Sơn" when it does not open the sentence, as
     * official texts write it. Names that do not start with their type, and English, stay as they are.
     */
    String inSentence(Named unit, boolean first) {
        String name = unit.fullName() == null || unit.fullName().isBlank() ? i18n.get("hierarchy.label.unnamed")
                : unit.fullName();
        String type = unit.typeNameVi();
        if (first || i18n.isEnglish() || type == null || type.isEmpty() || !name.startsWith(type)) {
            return name;
        }
        return type.toLowerCase(VI) + name.substring(type.length());
    }

    /** "A", "A và B", "A, B và C" with the names as they go in a sentence. */
    String list(List<Named> units, boolean first) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            parts.add(inSentence(units.get(i), first && i == 0));
        }
        if (parts.isEmpty()) {
            return i18n.get("hierarchy.label.nothing");
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        String last = parts.remove(parts.size() - 1);
        return String.join(", ", parts) + " " + i18n.get("hierarchy.label.and") + " " + last;
    }
}
