package org.diaban.ui.hierarchy;

import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.UnitState;

/** A tree node that creates its children only when first shown, so big trees open at once. */
final class UnitTreeItem extends TreeItem<UnitState> {

    private final HierarchySnapshot snapshot;
    private boolean childrenLoaded;

    UnitTreeItem(UnitState unit, HierarchySnapshot snapshot) {
        super(unit);
        this.snapshot = snapshot;
    }

    @Override
    public boolean isLeaf() {
        return getValue() != null && !snapshot.hasChildren(getValue().unitId());
    }

    @Override
    public ObservableList<TreeItem<UnitState>> getChildren() {
        if (!childrenLoaded) {
            childrenLoaded = true;
            if (getValue() != null) {
                for (UnitState child : snapshot.children(getValue().unitId())) {
                    super.getChildren().add(new UnitTreeItem(child, snapshot));
                }
            }
        }
        return super.getChildren();
    }
}
