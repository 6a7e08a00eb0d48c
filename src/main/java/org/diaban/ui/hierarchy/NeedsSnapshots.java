package org.diaban.ui.hierarchy;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.diaban.domain.hierarchy.HierarchySnapshot;

/**
 * A form whose choices depend on the tree on a day it lets the user pick: the view loads the tree
 * on that day and the day before in the background and hands both in.
 */
interface NeedsSnapshots {

    /** The day whose trees are needed; null while the date typed is not valid. */
    ReadOnlyObjectProperty<LocalDate> snapshotDayProperty();

    /** The trees on {@code day - 1} and {@code day}; ignored if the day has changed since. */
    void snapshotsLoaded(LocalDate day, HierarchySnapshot dayBefore, HierarchySnapshot onDay);
}
