package org.diaban.cli;

import org.diaban.persistence.DataLocation;

/** Opens the window on a data folder and returns its exit code when the window closes. */
@FunctionalInterface
public interface GuiStarter {

    int start(DataLocation location);
}
