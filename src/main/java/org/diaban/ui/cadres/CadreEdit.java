package org.diaban.ui.cadres;

import org.diaban.ui.common.UndoableEdit;

/**
 * A change to the registry that can be taken back. {@link #execute} does it the first time; all
 * three steps run off the FX thread.
 */
public interface CadreEdit extends UndoableEdit {

    void execute();

    /** The cadre to show after the last step, or null when there is none to show (deleted, retired). */
    Long affected();
}
