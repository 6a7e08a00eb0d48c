package org.diaban.ui.cadres;

import org.diaban.ui.common.TrackedEdit;

/**
 * A change to the registry that can be taken back. {@link #execute} does it the first time; all
 * three steps run off the FX thread. {@link #affected} is the cadre to show afterwards.
 */
public interface CadreEdit extends TrackedEdit {
}
