package org.diaban.app;

import org.diaban.cli.DiaBanCommand;
import picocli.CommandLine;

/**
 * Entry point of the jar. A plain class, not a JavaFX Application, so that JavaFX can be on the
 * class path. With a command it runs headless; without one it opens the window
 * and returns when the window is closed.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        DiaBanCommand root = new DiaBanCommand(new DesktopStarter());
        System.exit(root.commandLine().execute(args));
    }
}
