package org.diaban.ui.concerns;

import org.diaban.ui.common.TrackedEdit;

/** A change to the concerns that can be taken back; {@link #affected} is the concern to show, or null (topics). */
public interface ConcernEdit extends TrackedEdit {
}
