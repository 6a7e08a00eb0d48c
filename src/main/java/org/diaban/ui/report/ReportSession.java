package org.diaban.ui.report;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * What report dialogs share while the program runs: the folder last saved to, how a file is
 * chosen and how a written file is opened in the system's program (the app passes that in, so the
 * windows need neither AWT nor the application object).
 */
public final class ReportSession {

    private final SaveChooser chooser;
    private final Consumer<Path> opener;
    private Path lastFolder;

    public ReportSession(SaveChooser chooser, Consumer<Path> opener) {
        this.chooser = chooser;
        this.opener = opener;
    }

    /** Asks for the workbook's file, starting in the last folder used; null when cancelled. */
    public Path chooseWorkbook(Window owner, String suggestedName) {
        Path chosen = chooser.choose(owner, lastFolder, suggestedName);
        if (chosen != null && chosen.toAbsolutePath().getParent() != null) {
            lastFolder = chosen.toAbsolutePath().getParent();
        }
        return chosen;
    }

    public void open(Path file) {
        if (file != null) {
            opener.accept(file);
        }
    }

    public Path lastFolder() {
        return lastFolder;
    }
}
