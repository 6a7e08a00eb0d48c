package org.diaban.importing.legacy.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.diaban.importing.hierarchy.HierarchyImporter;
import org.diaban.importing.legacy.records.DryRunReport;
import org.diaban.importing.legacy.records.Finding;
import org.diaban.importing.legacy.records.LegacyDryRun;
import org.diaban.importing.legacy.table.ColumnKind;
import org.diaban.importing.legacy.table.ColumnMappings;
import org.diaban.importing.legacy.table.TableShape;
import org.diaban.persistence.DataLocation;
import org.diaban.persistence.PlainDatabase;
import org.diaban.service.Services;
import org.diaban.testing.FixtureHierarchy;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-made column mappings kept in the settings of a real H2 file, and used by a later dry run. */
class ColumnMappingStoreTest {

    @TempDir
    Path dir;

    @Test
    void nothingSavedIsNoMappings() {
        try (Services services = TestServices.open(dir.resolve("data"))) {
            assertEquals(ColumnMappings.none(), new ColumnMappingStore(services.database()).load());
        }
    }

    @Test
    void savedMappingsAreThereAfterReopening_andASaveReplacesThem() {
        ColumnMappings first = ColumnMappings.none()
                .with(TableShape.ASSIGNMENT_LIST, "Người được phân công", ColumnKind.HO_TEN)
                .with(TableShape.ATTENDANCE_MATRIX, "Sinh hoạt tại > Chi bộ", ColumnKind.CHI_BO);
        try (Services services = TestServices.open(dir.resolve("data"))) {
            new ColumnMappingStore(services.database()).save(first);
        }
        try (Services services = TestServices.open(dir.resolve("data"))) {
            ColumnMappingStore store = new ColumnMappingStore(services.database());
            assertEquals(first, store.load());
            store.save(first.without(TableShape.ASSIGNMENT_LIST, "nguoi duoc phan cong"));
            assertEquals(List.of(new ColumnMappings.Entry(TableShape.ATTENDANCE_MATRIX, "sinh hoat tai > chi bo",
                    ColumnKind.CHI_BO)), store.load().entries());
            assertEquals(ColumnMappingStore.KEY, "import.column-mappings");
            assertTrue(services.database().read(s -> s.settings().get(ColumnMappingStore.KEY)).orElseThrow()
                    .contains("attendance_matrix\tsinh hoat tai > chi bo\tCHI_BO"));
        }
    }

    @Test
    void mappingsLongerThanOneSettingAreSavedInParts_andAShorterSaveClearsTheRest() {
        ColumnMappings many = ColumnMappings.none();
        for (int i = 0; i < 120; i++) {
            many = many.with(TableShape.HOUSEHOLD_FOLLOWUP, "Đảng viên được phân công theo dõi hộ số " + i,
                    ColumnKind.CAN_BO);
        }
        assertTrue(many.encode().length() > 2 * ColumnMappingStore.CHUNK);
        try (Services services = TestServices.open(dir.resolve("data"))) {
            ColumnMappingStore store = new ColumnMappingStore(services.database());
            store.save(many);
            assertEquals(many, store.load());
            ColumnMappings one = ColumnMappings.none()
                    .with(TableShape.ASSIGNMENT_LIST, "Người được phân công", ColumnKind.HO_TEN);
            store.save(one);
            assertEquals(one, store.load());
            assertEquals("", services.database().read(s -> s.settings().get(ColumnMappingStore.KEY + ".2"))
                    .orElseThrow());
        }
    }

    @Test
    void aDatabaseOpenedOnlyForReadingGivesTheSameMappings_inPartsOrNone() {
        DataLocation location = new DataLocation(dir.resolve("data"));
        try (PlainDatabase db = PlainDatabase.open(location)) {
            assertEquals(ColumnMappings.none(), ColumnMappingStore.loadFrom(db));
        }
        ColumnMappings many = ColumnMappings.none();
        for (int i = 0; i < 120; i++) {
            many = many.with(TableShape.HOUSEHOLD_FOLLOWUP, "Đảng viên được phân công theo dõi hộ số " + i,
                    ColumnKind.CAN_BO);
        }
        try (Services services = TestServices.open(location.folder())) {
            new ColumnMappingStore(services.database()).save(many);
        }
        try (PlainDatabase db = PlainDatabase.open(location)) {
            assertEquals(many, ColumnMappingStore.loadFrom(db));
        }
    }

    @Test
    void aDryRunWithTheSavedMappingsReadsAFileWhoseNameHeaderIsUnknown() throws Exception {
        Path file = dir.resolve("pc.xlsx");
        writeAssignmentList(file);
        try (Services services = TestServices.open(dir.resolve("data"))) {
            new HierarchyImporter(services.database(), services.reference(), services.changes(), services.clock())
                    .importFile(FixtureHierarchy.copyTo(dir));
            ColumnMappingStore store = new ColumnMappingStore(services.database());

            DryRunReport before = new LegacyDryRun(services.hierarchyQueries(), false, store.load())
                    .run(file, "huu-lung");
            assertEquals(List.of("NO_TABLE_FOUND"), before.errors().stream().map(Finding::code).toList());
            assertEquals("nguoi duoc phan cong", before.tableRead().orElseThrow().candidates().get(0).cells().get(1)
                    .folded());

            store.save(store.load().with(TableShape.ASSIGNMENT_LIST, "nguoi duoc phan cong", ColumnKind.HO_TEN));
            DryRunReport after = new LegacyDryRun(services.hierarchyQueries(), false, store.load())
                    .run(file, "huu-lung");
            assertEquals("accept", after.outcome(), () -> after.errors().toString());
            assertEquals(List.of("Nguyễn Văn An", "Lê Thị Bình"),
                    after.records().stream().map(r -> r.get("ho_ten")).toList());
            assertEquals(List.of("huu-lung.ho-son", "huu-lung.yen-thinh"),
                    after.records().stream().map(r -> r.get("xa_id")).toList());
            Map<String, Object> second = after.records().get(1);
            assertEquals(List.of("huu-lung.yen-thinh.na-pan", "huu-lung.yen-thinh.lang-ha"), second.get("thon_ids"));
        }
    }

    /** A small assignment list whose name column is headed "Người được phân công". */
    private static void writeAssignmentList(Path file) throws IOException {
        String[][] rows = {
            {"HUYỆN ỦY HỮU LŨNG"},
            {"DANH SÁCH PHÂN CÔNG CẤP ỦY VIÊN PHỤ TRÁCH ĐỊA BÀN NĂM 2022"},
            {},
            {"STT", "Người được phân công", "Chức vụ", "Xã phụ trách", "Thôn phụ trách", "Số quyết định"},
            {"1", "Nguyễn Văn An", "Bí thư Huyện ủy", "Hồ Sơn", "Thôn Đồng Tiến", "125-QĐ/HU"},
            {"2", "Lê Thị Bình", "Phó Bí thư Huyện ủy", "Yên Thịnh", "Thôn Nà Pàn; Thôn Làng Hà", "125-QĐ/HU"}};
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("PC");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
    }
}
