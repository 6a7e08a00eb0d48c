package org.diaban.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diaban.domain.audit.ImportBatchStatus;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.hierarchy.ReorganisationStep;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.people.Cadre;
import org.diaban.domain.people.CadreProfile;
import org.diaban.service.Services;
import org.diaban.service.demo.ProgressListener;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain-SQL readers give exactly what the Hibernate repositories give, on a real H2 file
 * holding the demo province (whose July 2025 reform is recorded as reorganisations); an import
 * transaction writes everything or nothing.
 */
class PlainDatabaseTest {

    @TempDir
    Path dir;

    private record Read(List<UnitState> states, Map<Long, DateRange> lifetimes, List<ReorganisationStep> steps,
                        List<Optional<String>> settings) {
    }

    private static final List<String> SETTING_KEYS = List.of("compliance.norm_policy",
            "coverage.village_needs_cadre_in_charge", "no.such.setting");

    @Test
    void readsWhatTheRepositoriesReadOnTheDemoProvince() {
        DataLocation location = new DataLocation(dir);
        Read expected;
        try (Services services = TestServices.open(dir)) {
            services.demo().load(ProgressListener.NONE, () -> false);
            services.database().writeAll(s -> s.settings().put("import.column-mappings", "a text\nof two lines\n"));
            expected = services.database().read(s -> new Read(s.units().allStates(), s.units().lifetimes(),
                    s.reorganisations().steps(), SETTING_KEYS.stream().map(k -> s.settings().get(k)).toList()));
        }
        assertTrue(expected.states().size() > 100, "the demo province has many unit versions");
        assertTrue(expected.steps().stream().anyMatch(s -> s.predecessors().size() > 1), "a merge is among them");
        assertTrue(expected.states().stream().anyMatch(s -> s.range().to() != null), "versions ended by the reform");

        try (PlainDatabase db = PlainDatabase.open(location)) {
            assertSameList(expected.states(), db.unitStates());
            assertEquals(expected.lifetimes(), db.unitLifetimes());
            assertSameList(expected.steps(), db.reorganisationSteps());
            assertEquals(expected.settings(), SETTING_KEYS.stream().map(db::setting).toList());
            assertEquals(Optional.of("a text\nof two lines\n"), db.setting("import.column-mappings"));
        }
    }

    /** Equal lists, or the first place they differ (the whole lists would be thousands of lines). */
    private static <T> void assertSameList(List<T> expected, List<T> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "element " + i);
        }
        assertEquals(expected.size(), actual.size(), "size");
    }

    @Test
    void aFreshFolderGetsItsSchema() {
        DataLocation location = new DataLocation(dir.resolve("new"));
        try (PlainDatabase db = PlainDatabase.open(location)) {
            assertEquals(List.of(), db.unitStates());
            assertEquals(Map.of(), db.unitLifetimes());
            assertEquals(List.of(), db.reorganisationSteps());
            assertEquals(Optional.of("EACH_COMMITTEE"), db.setting("compliance.norm_policy"));
        }
        try (Database db = Database.open(location)) {
            assertEquals(0L, (long) db.read(s -> s.units().count()));
        }
    }

    @Test
    void aFolderInUseIsRefusedAsByTheFullDatabase() {
        DataLocation location = new DataLocation(dir);
        try (Database db = Database.open(location)) {
            DataFolderInUseException e = assertThrows(DataFolderInUseException.class,
                    () -> PlainDatabase.open(location));
            assertEquals(dir.toAbsolutePath().normalize(), e.folder());
        }
        try (PlainDatabase db = PlainDatabase.open(location)) {
            assertThrows(DataFolderInUseException.class, () -> Database.open(location));
            assertFalse(db.setting("compliance.norm_policy").isEmpty());
        }
        try (Database again = Database.open(location)) {
            assertEquals(0L, (long) again.read(s -> s.units().count()));
        }
    }

    @Test
    void anImportTransactionWritesAllOfItsRowsOrNone() {
        DataLocation location = new DataLocation(dir);
        try (PlainDatabase db = PlainDatabase.open(location)) {
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> db.importTransaction(t -> {
                long batch = t.startBatch("legacy", "a.xlsx", "abc");
                Cadre an = new Cadre(CadreProfile.named("Hoàng Văn An"));
                an.markImported(batch);
                t.rows().insert(an);
                t.rows().flush();
                t.putSetting("import.column-mappings", "x\n");
                throw new IllegalStateException("the file broke off");
            }));
            assertEquals("the file broke off", failure.getMessage());
            assertEquals(List.of(), db.importTransaction(ImportTables::batches), "nothing of the failed one is left");
            assertEquals(List.of(), db.importTransaction(ImportTables::cadres));
            assertEquals(Optional.empty(), db.setting("import.column-mappings"));

            long batch = db.importTransaction(t -> {
                long id = t.startBatch("legacy", "a.xlsx", "abc");
                Cadre an = new Cadre(CadreProfile.named("Hoàng Văn An"));
                an.markImported(id);
                t.rows().insert(an); // still pending when the work returns: written on commit
                t.commitBatch(id, "assignment_list", 1, 0, 0, "{}");
                return id;
            });
            assertEquals(List.of("Hoàng Văn An"), db.importTransaction(ImportTables::cadres).stream()
                    .map(ImportTables.CadreFacts::fullName).toList());
            ImportTables.BatchRow row = db.importTransaction(t -> t.batch(batch)).orElseThrow();
            assertEquals(ImportBatchStatus.COMMITTED, row.status());
            assertEquals(List.of(row), db.importTransaction(t -> t.committedBatchesOf("abc")));
            assertTrue(db.<Boolean>importTransaction(t -> t.markUndone(batch)));
            assertFalse(db.<Boolean>importTransaction(t -> t.markUndone(batch)), "only a committed batch is undone");
            long next = db.importTransaction(t -> t.startBatch("legacy", "b.xlsx", "def"));
            assertEquals(batch + 1, next, "batch numbers follow on from one transaction to the next");
        }
        try (Database again = Database.open(location)) {
            assertEquals(1L, (long) again.read(s -> s.cadres().count()), "the mapping reads what plain SQL wrote");
        }
    }
}
