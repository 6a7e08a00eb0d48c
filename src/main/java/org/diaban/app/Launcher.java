package org.diaban.app;

import java.nio.file.Path;
import org.diaban.cli.DiaBanCommand;
import org.diaban.persistence.DataLocation;
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
        DesktopStarter desktop = new DesktopStarter();
        Path windowFolder = WindowArguments.dataFolderIfOnlyWindow(args);
        if (windowFolder != null) {
            // opening the window is most of the use: skip building the command line (about 150 ms)
            System.exit(desktop.start(DataLocation.resolve(windowFolder.toString().isEmpty() ? null : windowFolder)));
        }
        System.exit(new DiaBanCommand(desktop, QuickCompilation::apply).commandLine().execute(args));
    }
}
