package org.diaban.ui.report;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.diaban.i18n.I18n;

/** Asks where to save the workbook; the window uses the system's save dialog, tests a fixed folder. */
@FunctionalInterface
public interface SaveChooser {

    /**
     * @param folder        where to start (the last folder used in this session), or null
     * @param suggestedName the file name proposed
     * @return the file chosen, or null when the user cancelled
     */
    Path choose(Window owner, Path folder, String suggestedName);

    static SaveChooser system(I18n i18n) {
        return (owner, folder, name) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("reports.export.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    i18n.get("reports.export.filter"), "*.xlsx"));
            chooser.setInitialFileName(name);
            if (folder != null && Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
            File file = chooser.showSaveDialog(owner);
            if (file == null) {
                return null;
            }
            Path chosen = file.toPath();
            // the system dialog may drop the extension the filter implies
            return chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? chosen
                    : chosen.resolveSibling(chosen.getFileName() + ".xlsx");
        };
    }
}
