package org.diaban.ui.hierarchy;

import java.time.LocalDate;
import org.diaban.service.hierarchy.HierarchyEditing;
import org.diaban.service.hierarchy.UnitEdit;
import org.diaban.ui.common.UndoableEdit;

/** A new period began on a day (rename, new type, move): undo removes it, redo starts it again. */
final class ChangeUnitEdit implements UndoableEdit {

    private final HierarchyEditing editing;
    private final UnitIds ids;
    private final String key;
    private final LocalDate day;
    private final UnitEdit facts;
    private final String parentKey;
    private final String description;

    ChangeUnitEdit(HierarchyEditing editing, UnitIds ids, String key, LocalDate day, UnitEdit facts,
                   String parentKey, String description) {
        this.editing = editing;
        this.ids = ids;
        this.key = key;
        this.day = day;
        this.facts = facts;
        this.parentKey = parentKey;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void undo() {
        editing.dropLatestVersion(ids.id(key));
    }

    @Override
    public void redo() {
        editing.changeFrom(ids.id(key), day, facts.withParent(ids.idOrNull(parentKey)));
    }
}
