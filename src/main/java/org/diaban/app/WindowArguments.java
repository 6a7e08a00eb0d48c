package org.diaban.app;

import java.nio.file.Path;

/**
 * Recognises the arguments that only open the window (none, or just {@code --data-dir DIR}), so
 * that the launcher can skip the command-line machinery on the most common start.
 */
final class WindowArguments {

    private static final String DATA_DIR = "--data-dir";

    private WindowArguments() {
    }

    /**
     * The data folder to open the window on: an empty path for the default folder, a path for
     * {@code --data-dir}; null when the arguments ask for anything else (a command, help, an error).
     */
    static Path dataFolderIfOnlyWindow(String[] args) {
        if (args.length == 0) {
            return Path.of("");
        }
        if (args.length == 1 && args[0].startsWith(DATA_DIR + "=") && args[0].length() > DATA_DIR.length() + 1) {
            return Path.of(args[0].substring(DATA_DIR.length() + 1));
        }
        if (args.length == 2 && args[0].equals(DATA_DIR) && !args[1].isBlank() && !args[1].startsWith("-")) {
            return Path.of(args[1]);
        }
        return null;
    }
}
