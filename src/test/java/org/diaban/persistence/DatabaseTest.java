package org.diaban.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.diaban.domain.hierarchy.Unit;
import org.diaban.domain.hierarchy.UnitDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens a real H2 file with the real migrations; Hibernate validates the mapping against it. */
class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createsTheSchemaAndKeepsDataAcrossReopen() {
        DataLocation location = new DataLocation(dir);
        try (Database db = Database.open(location)) {
            assertEquals(4, (int) db.read(s -> s.reference().tiers().size()));
            db.writeAll(s -> s.units().save(new Unit("lang-son", null,
                    new UnitDescription(1L, "Lạng Sơn", "Tỉnh Lạng Sơn", null, "Đảng bộ tỉnh Lạng Sơn",
                            "Tỉnh ủy Lạng Sơn", "TU"), null)));
        }
        assertTrue(Files.exists(location.databaseFile()));
        try (Database db = Database.open(location)) {
            Unit unit = db.read(s -> s.units().byKey("lang-son").orElseThrow());
            assertEquals("lang-son", unit.externalKey());
            assertEquals("Tỉnh ủy Lạng Sơn", db.read(s -> s.units().allStates().get(0).committeeName()));
            assertEquals(3, (int) db.read(s -> s.reference().norms().size()));
        }
    }

    @Test
    void aSecondOpenOfTheSameFolderIsRefusedClearly() {
        DataLocation location = new DataLocation(dir);
        try (Database db = Database.open(location)) {
            DataFolderInUseException e = assertThrows(DataFolderInUseException.class, () -> Database.open(location));
            assertEquals(dir.toAbsolutePath().normalize(), e.folder());
        }
        try (Database again = Database.open(location)) {
            assertEquals(0L, (long) again.read(s -> s.units().count()));
        }
    }

    @Test
    void dataFolderFollowsTheOverridesAndThePlatform() {
        Path explicit = dir.resolve("x");
        assertEquals(explicit.toAbsolutePath(), DataLocation.resolve(explicit, java.util.Map.of(), "Linux", "/h").folder());
        assertEquals(Path.of("/env/home"),
                DataLocation.resolve(null, java.util.Map.of("DIABAN_HOME", "/env/home"), "Linux", "/h").folder());
        assertEquals(Path.of("/h/.local/share/diaban"),
                DataLocation.resolve(null, java.util.Map.of(), "Linux", "/h").folder());
        assertEquals(Path.of("/h/Library/Application Support/DiaBan"),
                DataLocation.resolve(null, java.util.Map.of(), "Mac OS X", "/h").folder());
        assertEquals(Path.of("/appdata/DiaBan").toAbsolutePath(),
                DataLocation.resolve(null, java.util.Map.of("APPDATA", "/appdata"), "Windows 11", "/h").folder());
    }
}
