package org.diaban.ui.common;

/**
 * An undoable edit that is done once by {@link #execute} and touches one item, shown again after
 * each step. All three steps run off the FX thread.
 */
public interface TrackedEdit extends UndoableEdit {

    void execute();

    /** The item to show after the last step, or null when there is none to show (deleted, retired). */
    Long affected();
}
