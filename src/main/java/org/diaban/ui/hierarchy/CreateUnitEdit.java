package org.diaban.ui.hierarchy;

import org.diaban.service.hierarchy.HierarchyEditing;
import org.diaban.service.hierarchy.NewUnit;
import org.diaban.ui.common.UndoableEdit;

/** A unit was added: undo deletes it, redo adds it again under the same key. */
final class CreateUnitEdit implements UndoableEdit {

    private final HierarchyEditing editing;
    private final UnitIds ids;
    private final NewUnit spec;
    private final String parentKey;
    private final String description;

    CreateUnitEdit(HierarchyEditing editing, UnitIds ids, NewUnit spec, String parentKey, String description) {
        this.editing = editing;
        this.ids = ids;
        this.spec = spec;
        this.parentKey = parentKey;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void undo() {
        editing.deleteCreated(ids.id(spec.externalKey()));
    }

    @Override
    public void redo() {
        editing.create(new NewUnit(spec.externalKey(), spec.facts().withParent(ids.idOrNull(parentKey)),
                spec.validFrom(), spec.note()));
    }
}
