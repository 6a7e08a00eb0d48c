package org.diaban.importing.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.testing.FixtureHierarchy;
import org.diaban.testing.SqlProbe;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HierarchyImporterTest {

    @TempDir
    Path dir;

    private Services services;
    private HierarchyImporter importer;
    private SqlProbe sql;

    @BeforeEach
    void open() {
        services = TestServices.open(dir.resolve("data"));
        importer = new HierarchyImporter(services.database(), services.reference(), services.changes(),
                services.clock());
        sql = new SqlProbe(services.database().location());
    }

    @AfterEach
    void close() {
        sql.close();
        services.close();
    }

    @Test
    void everyUnitOfTheFileIsThereWithItsKeyNameTypeAndParent() {
        List<FixtureHierarchy.Unit> expected = FixtureHierarchy.units();
        HierarchyImportResult result = importer.importFile(FixtureHierarchy.copyTo(dir));

        assertEquals(expected.size(), result.created());
        assertEquals(0, result.corrected());
        assertNotNull(result.batchId());
        assertEquals(expected.size(), sql.number("select count(*) from unit where import_batch_id = ?", result.batchId()));
        HierarchySnapshot today = services.hierarchyQueries().snapshotOn(LocalDate.of(2026, 11, 28));
        for (FixtureHierarchy.Unit u : expected) {
            UnitState state = today.byKey(u.key()).orElseThrow(() -> new AssertionError("missing " + u.key()));
            assertEquals(u.name(), state.name(), u.key());
            assertEquals(u.type(), state.typeCode(), u.key());
            assertEquals(u.fullName(), state.fullName(), u.key());
            if (u.parentKey() != null) {
                assertEquals(u.parentKey(), today.unit(state.parentId()).orElseThrow().externalKey(), u.key());
            }
        }
        UnitState district = today.byKey("huu-lung").orElseThrow();
        assertEquals("Huyện ủy Hữu Lũng", district.committeeName());
        assertEquals("Đảng bộ huyện Hữu Lũng", district.partyOrgName());
        assertEquals("HU", district.committeeCode());
        UnitState province = today.byKey("lang-son").orElseThrow();
        assertEquals("Đảng bộ tỉnh Lạng Sơn", province.partyOrgName());
        assertEquals("Tỉnh ủy Lạng Sơn", province.committeeName());
        UnitState commune = today.byKey("huu-lung.ho-son").orElseThrow();
        assertEquals("Đảng ủy xã Hồ Sơn", commune.committeeName());
        assertEquals("ĐU", commune.committeeCode());
        assertEquals("Chi bộ thôn Đồng Tiến", today.byKey("huu-lung.ho-son.dong-tien").orElseThrow().partyOrgName());
        assertEquals("Chi bộ khu 1", today.byKey("dinh-lap.dinh-lap.1").orElseThrow().partyOrgName());
        assertEquals(1, sql.number("select count(*) from import_batch where kind = 'hierarchy' and status = 'COMMITTED'"));
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        Path file = FixtureHierarchy.copyTo(dir);
        importer.importFile(file);
        Map<String, Long> before = sql.tableCounts();

        HierarchyImportResult again = importer.importFile(file);

        assertTrue(again.changedNothing());
        assertEquals(0, again.created());
        assertEquals(0, again.corrected());
        assertEquals(FixtureHierarchy.units().size(), again.unchanged());
        assertNull(again.batchId());
        assertEquals(before, sql.tableCounts());
    }

    @Test
    void aUnitWithOtherFactsIsCorrectedInItsCurrentVersion() throws IOException {
        Path file = FixtureHierarchy.copyTo(dir);
        importer.importFile(file);
        String text = Files.readString(file).replace("\"full_name\": \"Xã Hồ Sơn\"", "\"full_name\": \"Xã Hồ Sơn (mới)\"");
        Files.writeString(file, text);
        long versions = sql.number("select count(*) from unit_version");

        HierarchyImportResult result = importer.importFile(file);

        assertEquals(0, result.created());
        assertEquals(1, result.corrected());
        assertEquals("huu-lung.ho-son", result.corrections().get(0).key());
        assertEquals(List.of("full_name"), result.corrections().get(0).fields());
        assertEquals(versions, sql.number("select count(*) from unit_version"), "a correction, not a new version");
        assertEquals("Xã Hồ Sơn (mới)", services.hierarchyQueries().latestByKey("huu-lung.ho-son").orElseThrow().fullName());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not JSON              | import.hierarchy.error.notJson     | ",
        "wrong schema          | import.hierarchy.error.schema      | $.schema",
        "missing id            | import.hierarchy.error.missing     | $.province.districts[1].communes[3].id",
        "unknown type          | import.hierarchy.error.unknownType | $.province.districts[0].communes[1].villages[0].type",
        "duplicate id          | import.hierarchy.error.duplicateId | $.province.districts[0].communes[2].villages[1].id",
        "child id prefix       | import.hierarchy.error.idPrefix    | $.province.districts[0].communes[1].id",
        "village list no array | import.hierarchy.error.notArray    | $.province.districts[0].communes[0].villages",
        "name not text         | import.hierarchy.error.notText     | $.province.districts[2].name",
    })
    void badFilesAreRejectedWithTheirPathAndNothingIsWritten(String problem, String key, String path) throws IOException {
        Path file = FixtureHierarchy.copyTo(dir);
        Files.writeString(file, spoil(Files.readString(file), problem), StandardCharsets.UTF_8);
        Map<String, Long> before = sql.tableCounts();

        HierarchyFileException e = assertThrows(HierarchyFileException.class, () -> importer.importFile(file));

        assertEquals(key, e.messageKey());
        assertEquals(path, e.jsonPath());
        assertEquals(file.toString(), e.messageArguments().get(0));
        assertEquals(before, sql.tableCounts());
        assertEquals(0, sql.number("select count(*) from unit"));
        String sentence = new ErrorMessages(new I18n(I18n.VIETNAMESE)).describe(e);
        assertTrue(sentence.contains(file.toString()) && (path == null || sentence.contains(path)), sentence);
        assertTrue(!new ErrorMessages(new I18n(I18n.ENGLISH)).describe(e).contains("!"), "English text exists");
    }

    /** Breaks the fixture text in one way; the replacements target the known layout of the file. */
    private static String spoil(String json, String problem) {
        return switch (problem.strip()) {
            case "not JSON" -> json.substring(0, json.length() / 2);
            case "wrong schema" -> json.replace("legacy-fixture-hierarchy/1", "legacy-fixture-hierarchy/9");
            case "missing id" -> json.replace("\"id\": \"bac-son.chien-thang\",", "");
            case "unknown type" -> json.replaceFirst("\"type\": \"thon\"", "\"type\": \"lang\"");
            case "duplicate id" -> json.replace("\"id\": \"huu-lung.minh-son.lang-cau\"",
                    "\"id\": \"huu-lung.minh-son.dong-be\"");
            case "child id prefix" -> json.replace("\"id\": \"huu-lung.ho-son\"", "\"id\": \"bac-son.ho-son\"");
            case "village list no array" -> json.replaceFirst("\"villages\": \\[", "\"villages\": 5, \"x\": [");
            case "name not text" -> json.replace("\"name\": \"Đình Lập\",\n        \"type\": \"huyen\"",
                    "\"name\": 7,\n        \"type\": \"huyen\"");
            default -> throw new IllegalArgumentException(problem);
        };
    }
}
