package org.diaban.ui.hierarchy;

import org.diaban.domain.hierarchy.UnitState;

/** What the user can do to a unit from the tree, the menus and the shortcuts. */
public interface UnitActions {

    /** Ctrl+N: a new unit under {@code parent} (null: a new top-level unit). */
    void addChild(UnitState parent);

    /** F2: corrects or renames the unit. */
    void edit(UnitState unit);

    /** Moves the unit under another parent from a date. */
    void move(UnitState unit);

    /** Delete: dissolves the unit after a date, after asking. */
    void retire(UnitState unit);

    /** Records a merge, split or other reorganisation starting from this unit (null: from none). */
    void reorganise(UnitState unit);
}
