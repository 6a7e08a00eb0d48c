package org.diaban.ui.hierarchy;

import java.time.LocalDate;
import org.diaban.service.hierarchy.HierarchyEditing;
import org.diaban.service.hierarchy.UnitEdit;
import org.diaban.ui.common.UndoableEdit;

/** A version was corrected in place: undo puts the previous facts back, redo the corrected ones. */
final class CorrectUnitEdit implements UndoableEdit {

    private final HierarchyEditing editing;
    private final UnitIds ids;
    private final String key;
    private final LocalDate versionFrom;
    private final UnitEdit before;
    private final String parentKeyBefore;
    private final UnitEdit after;
    private final String parentKeyAfter;
    private final String description;

    /** The version is named by its unit's key and its first day, which survive an undo and redo of other edits. */
    CorrectUnitEdit(HierarchyEditing editing, UnitIds ids, String key, LocalDate versionFrom, UnitEdit before,
                    String parentKeyBefore, UnitEdit after, String parentKeyAfter, String description) {
        this.editing = editing;
        this.ids = ids;
        this.key = key;
        this.versionFrom = versionFrom;
        this.before = before;
        this.parentKeyBefore = parentKeyBefore;
        this.after = after;
        this.parentKeyAfter = parentKeyAfter;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void undo() {
        editing.correct(ids.id(key), ids.versionStartingOn(key, versionFrom),
                before.withParent(ids.idOrNull(parentKeyBefore)));
    }

    @Override
    public void redo() {
        editing.correct(ids.id(key), ids.versionStartingOn(key, versionFrom),
                after.withParent(ids.idOrNull(parentKeyAfter)));
    }
}
