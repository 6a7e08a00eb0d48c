package org.diaban.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check that lets a read-only open leave Flyway out says yes only when Flyway has nothing to do. */
class MigrationCheckTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseFlywayMigratedIsCurrent_aFreshOneIsNot() throws SQLException {
        DataLocation location = new DataLocation(dir);
        assertFalse(isCurrent(location), "no history yet");
        Database.open(location).close();
        // true only if our checksums are Flyway's: otherwise every read-only open would run Flyway
        assertTrue(isCurrent(location));
    }

    @Test
    void aFailedOrChangedOrMissingMigrationInTheHistoryIsNotCurrent() throws SQLException {
        DataLocation location = new DataLocation(dir);
        Database.open(location).close();
        String history = "update \"flyway_schema_history\" ";
        String last = " where \"script\" = 'V1__schema.sql'";
        for (String change : new String[] {"set \"success\" = false", "set \"checksum\" = \"checksum\" + 1",
            "set \"script\" = 'V1__other.sql'"}) {
            JdbcConnectionPool pool = Database.connect(location, 1);
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.executeUpdate(history + change + last);
                assertFalse(MigrationCheck.isCurrent(c), change);
                c.rollback();
                assertTrue(MigrationCheck.isCurrent(c), change);
            } finally {
                pool.dispose();
            }
        }
    }

    @Test
    void migrationsInAJarAreListed_andAnyOtherKindOfFileMakesItUnsure() throws IOException {
        Path jar = jar("only-sql.jar", Map.of("db/migration/V1__a.sql", "create table a (id int);\n",
                "db/migration/V2__b.sql", "\uFEFFinsert into a values (1);\r\ninsert into a values (2);"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Optional<Map<String, Integer>> found = MigrationCheck.onClassPath(loader);
            assertEquals(java.util.Set.of("V1__a.sql", "V2__b.sql"), found.orElseThrow().keySet());
            assertEquals(checksum("insert into a values (1);", "insert into a values (2);"),
                    found.get().get("V2__b.sql"));
        }
        Path mixed = jar("mixed.jar", Map.of("db/migration/V1__a.sql", "create table a (id int);\n",
                "db/migration/R__view.sql", "create view v as select * from a;\n"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {mixed.toUri().toURL()}, null)) {
            assertTrue(MigrationCheck.onClassPath(loader).isEmpty());
        }
        try (URLClassLoader both = new URLClassLoader(new URL[] {jar.toUri().toURL(), mixed.toUri().toURL()}, null)) {
            assertTrue(MigrationCheck.onClassPath(both).isEmpty(), "two migration folders");
        }
    }

    private static int checksum(String... lines) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        for (String line : lines) {
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    private Path jar(String name, Map<String, String> files) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry("db/"));
            j.putNextEntry(new JarEntry("db/migration/"));
            for (Map.Entry<String, String> f : files.entrySet()) {
                j.putNextEntry(new JarEntry(f.getKey()));
                j.write(f.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    /** Whether the check says yes on the folder's database, through a connection of its own. */
    private static boolean isCurrent(DataLocation location) throws SQLException {
        JdbcConnectionPool pool = Database.connect(location, 1);
        try (Connection c = pool.getConnection()) {
            return MigrationCheck.isCurrent(c);
        } finally {
            pool.dispose();
        }
    }
}
