package org.diaban.ui.hierarchy;

import org.diaban.domain.hierarchy.UnitState;

/** A unit offered in a list or drop-down, with the label shown and its folded text for filtering. */
record UnitChoice(UnitState unit, String label, String folded) {

    static UnitChoice of(UnitState unit, String label) {
        return new UnitChoice(unit, label, UnitLabels.searchText(label));
    }

    /** Whether every word typed occurs in the label, diacritics and case ignored ("hoa son" finds "Hòa Sơn"). */
    boolean matches(String filter) {
        String f = UnitLabels.searchText(filter);
        if (f.isEmpty()) {
            return true;
        }
        for (String word : f.split(" ")) {
            if (!folded.contains(word)) {
                return false;
            }
        }
        return true;
    }

    Long unitId() {
        return unit.unitId();
    }

    @Override
    public String toString() {
        return label;
    }
}
