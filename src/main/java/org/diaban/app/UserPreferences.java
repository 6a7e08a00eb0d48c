package org.diaban.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Per-user choices that must be known before the database opens (the UI language) or that are
 * about this PC (window size). Kept as a small text file in the data folder.
 */
public final class UserPreferences {

    private static final String FILE = "preferences.properties";

    private final Path file;
    private final Properties values = new Properties();

    private UserPreferences(Path file) {
        this.file = file;
    }

    public static UserPreferences load(Path dataFolder) {
        UserPreferences prefs = new UserPreferences(dataFolder.resolve(FILE));
        if (Files.isRegularFile(prefs.file)) {
            try (Reader r = Files.newBufferedReader(prefs.file, StandardCharsets.UTF_8)) {
                prefs.values.load(r);
            } catch (IOException e) {
                // unreadable preferences are not worth stopping for: the defaults apply
            }
        }
        return prefs;
    }

    public String language() {
        return values.getProperty("ui.language", "vi");
    }

    public void setLanguage(String language) {
        values.setProperty("ui.language", language);
    }

    public double windowWidth() {
        return number("window.width", 1280);
    }

    public double windowHeight() {
        return number("window.height", 760);
    }

    public void setWindowSize(double width, double height) {
        values.setProperty("window.width", String.valueOf((int) width));
        values.setProperty("window.height", String.valueOf((int) height));
    }

    public boolean maximized() {
        return Boolean.parseBoolean(values.getProperty("window.maximized", "false"));
    }

    public void setMaximized(boolean maximized) {
        values.setProperty("window.maximized", String.valueOf(maximized));
    }

    private double number(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, String.valueOf(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Saves quietly; failing to remember a window size must not bother the user. */
    public void save() {
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(w, "Địa Bàn user preferences");
            }
        } catch (IOException e) {
            // see above
        }
    }
}
