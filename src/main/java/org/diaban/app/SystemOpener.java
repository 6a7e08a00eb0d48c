package org.diaban.app;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.diaban.domain.common.DomainException;

/**
 * Opens a written file in the system's program for it (the spreadsheet program for .xlsx), or a
 * folder in the file manager (the format profiles' folder, to edit them). AWT
 * stays here, out of the windows; the opening runs on its own thread because the desktop call
 * can block for seconds while the other program starts.
 */
final class SystemOpener implements Consumer<Path> {

    @Override
    public void accept(Path file) {
        requireExisting(file);
        boolean desktop = Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (!desktop && !linux) {
            throw new DomainException("reports.error.cannotOpen", file.toString());
        }
        Thread t = new Thread(() -> {
            try {
                if (desktop) {
                    Desktop.getDesktop().open(file.toFile());
                } else {
                    new ProcessBuilder("xdg-open", file.toString()).inheritIO().start();
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("Could not open " + file + ": " + e.getMessage());
            }
        }, "diaban-open-file");
        t.setDaemon(true);
        t.start();
    }

    /** A file or a folder to open; anything else is refused with a message naming it. */
    static void requireExisting(Path path) {
        if (!Files.isRegularFile(path) && !Files.isDirectory(path)) {
            throw new DomainException("reports.error.noFile", path.toString());
        }
    }
}
