package org.diaban.ui.hierarchy;

import java.time.LocalDate;
import org.diaban.service.hierarchy.HierarchyEditing;
import org.diaban.ui.common.UndoableEdit;

/** A unit was dissolved after a day: undo reopens it as it was, redo dissolves it again. */
final class RetireUnitEdit implements UndoableEdit {

    private final HierarchyEditing editing;
    private final UnitIds ids;
    private final String key;
    private final LocalDate lastDay;
    private final LocalDate previousEnd;
    private final String description;

    RetireUnitEdit(HierarchyEditing editing, UnitIds ids, String key, LocalDate lastDay, LocalDate previousEnd,
                   String description) {
        this.editing = editing;
        this.ids = ids;
        this.key = key;
        this.lastDay = lastDay;
        this.previousEnd = previousEnd;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void undo() {
        editing.reopen(ids.id(key), previousEnd);
    }

    @Override
    public void redo() {
        editing.retire(ids.id(key), lastDay);
    }
}
