package org.diaban.ui.concerns;

import org.diaban.ui.common.UndoableEdit;

/** A change to the concerns that can be taken back; all three steps run off the FX thread. */
public interface ConcernEdit extends UndoableEdit {

    void execute();

    /** The concern to show afterwards, or null (topic edits). */
    Long affected();
}
