package org.diaban.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where the data folder is: {@code --data-dir}, else {@code DIABAN_HOME}, else the user's data
 * folder of the operating system (%APPDATA%\DiaBan, ~/.local/share/diaban,
 * ~/Library/Application Support/DiaBan).
 */
public final class DataLocation {

    public static final String ENV_HOME = "DIABAN_HOME";
    private static final String DATABASE_NAME = "diaban";

    private final Path folder;

    public DataLocation(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize();
    }

    /** Resolves the folder from an explicit choice, the environment and the platform, in that order. */
    public static DataLocation resolve(Path explicit, Map<String, String> env, String osName, String userHome) {
        if (explicit != null) {
            return new DataLocation(explicit);
        }
        String fromEnv = env.get(ENV_HOME);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataLocation(Path.of(fromEnv.strip()));
        }
        return new DataLocation(platformDefault(env, osName, userHome));
    }

    public static DataLocation resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    static Path platformDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                    : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("DiaBan");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "DiaBan");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("diaban");
    }

    public Path folder() {
        return folder;
    }

    /** The H2 database path without its ".mv.db" suffix, as H2's JDBC URL wants it. */
    public Path databaseBase() {
        return folder.resolve(DATABASE_NAME);
    }

    public Path databaseFile() {
        return folder.resolve(DATABASE_NAME + ".mv.db");
    }

    public Path lockFile() {
        return folder.resolve(".diaban.lock");
    }

    @Override
    public String toString() {
        return folder.toString();
    }
}
