package org.diaban.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Whether a database already holds every migration on the class path, unchanged, so that a
 * read-only open may leave Flyway (a few hundred milliseconds of start-up) out. It answers yes only
 * when it is sure: one migration folder of versioned SQL files only, and Flyway's history listing
 * exactly those files as applied with the same checksums, nothing failed. Anything else (another
 * kind of migration, a folder it cannot list, a history it does not know) is a no, and Flyway runs.
 */
final class MigrationCheck {

    static final String LOCATION = "db/migration";

    private static final Pattern VERSIONED_SQL = Pattern.compile("V[0-9][0-9._]*__[^/]+\\.sql");

    private MigrationCheck() {
    }

    /** True when the schema is current for the migrations on the class path. */
    static boolean isCurrent(Connection connection) {
        Optional<Map<String, Integer>> available = onClassPath(MigrationCheck.class.getClassLoader());
        return available.isPresent() && !available.get().isEmpty()
                && applied(connection).filter(available.get()::equals).isPresent();
    }

    /** File name to checksum of the versioned SQL migrations, as Flyway records them; empty when unsure. */
    static Optional<Map<String, Integer>> onClassPath(ClassLoader loader) {
        try {
            List<URL> folders = Collections.list(loader.getResources(LOCATION));
            if (folders.size() != 1) {
                return Optional.empty();
            }
            Optional<List<String>> names = list(folders.get(0));
            if (names.isEmpty() || !names.get().stream().allMatch(n -> VERSIONED_SQL.matcher(n).matches())) {
                return Optional.empty();
            }
            Map<String, Integer> out = new HashMap<>();
            for (String name : names.get()) {
                try (InputStream in = loader.getResourceAsStream(LOCATION + "/" + name)) {
                    if (in == null) {
                        return Optional.empty();
                    }
                    out.put(name, checksum(in));
                }
            }
            return Optional.of(out);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The file names in the folder; empty for a kind of class path entry it does not know. */
    private static Optional<List<String>> list(URL folder) throws IOException, URISyntaxException {
        if ("file".equals(folder.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                return Optional.of(files.map(p -> p.getFileName().toString()).toList());
            }
        }
        if ("jar".equals(folder.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) folder.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                String prefix = LOCATION + "/";
                return Optional.of(jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(prefix) && n.length() > prefix.length())
                        .map(n -> n.substring(prefix.length())).toList());
            }
        }
        return Optional.empty();
    }

    /** Flyway's checksum of an SQL migration: a CRC32 over its lines in UTF-8, without line ends or BOM. */
    static int checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    /**
     * Script to checksum of the migrations Flyway's history records as applied; empty when the
     * history is missing, holds a failed migration or rows of a kind other than versioned SQL.
     */
    static Optional<Map<String, Integer>> applied(Connection connection) {
        Map<String, Integer> out = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "select \"type\", \"script\", \"checksum\", \"success\" from \"flyway_schema_history\"")) {
            while (rs.next()) {
                String type = rs.getString(1);
                if (!rs.getBoolean(4)) {
                    return Optional.empty();
                }
                if ("TABLE".equals(type)) {
                    continue; // the row that marks the history table's creation
                }
                int checksum = rs.getInt(3);
                if (!"SQL".equals(type) || rs.wasNull() || out.put(rs.getString(2), checksum) != null) {
                    return Optional.empty();
                }
            }
            return Optional.of(out);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }
}
