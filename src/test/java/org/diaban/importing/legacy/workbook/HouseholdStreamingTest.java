package org.diaban.importing.legacy.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The 50,000-row household file is streamed row by row; xlsx never goes through a workbook object model. */
class HouseholdStreamingTest {

    private static final Path HOUSEHOLDS = CollectedWorkbook.fixture("ho_gia_dinh_phu_trach_HuuLung_2024.xlsx");

    private final LegacyWorkbookReader reader = new LegacyWorkbookReader();

    /** Counts rows and keeps only a few, so the test itself holds no sheet in memory. */
    private static final class CountingHandler implements RowHandler {
        SheetInfo sheet;
        long dataRows;
        int firstDataRow;
        int lastDataRow;
        final List<RowCells> kept = new ArrayList<>();

        @Override
        public void startSheet(SheetInfo info) {
            sheet = info;
        }

        @Override
        public void row(RowCells row) {
            if (row.row() > 4) {
                dataRows++;
                firstDataRow = firstDataRow == 0 ? row.row() : firstDataRow;
                lastDataRow = row.row();
            }
            if (row.row() == 4 || row.row() == 5 || row.row() == 50_004) {
                kept.add(row);
            }
        }
    }

    @Test
    void streamsFiftyThousandDataRowsWithProgress() {
        CountingHandler handler = new CountingHandler();
        List<ReadProgress> progress = new ArrayList<>();
        Runtime runtime = Runtime.getRuntime();
        long started = System.nanoTime();

        WorkbookReadResult result = reader.read(HOUSEHOLDS, handler, new ReadControl(progress::add, () -> false));

        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Household file streamed: %d rows in %d ms (heap in use afterwards %d MB)%n",
                result.rowsRead(), millis, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        assertTrue(result.isComplete(), () -> result.error().toString());
        assertEquals(WorkbookFormat.XLSX, result.format());
        assertEquals("DS ho", handler.sheet.name());
        assertEquals(50_000, handler.dataRows);
        assertEquals(5, handler.firstDataRow);
        assertEquals(50_004, handler.lastDataRow);
        assertEquals(50_003, result.rowsRead());

        RowCells header = handler.kept.get(0);
        assertEquals("Cán bộ, đảng viên phụ trách", header.cell(2).text());
        RowCells first = handler.kept.get(1);
        assertEquals("Lộc Tiến Hoàng", first.cell(2).text());
        RowCells last = handler.kept.get(2);
        assertEquals(50_000.0, last.cell(1).number());
        assertEquals("Hà Thanh Mạnh", last.cell(2).text());
        assertEquals("Lộc Thúy Nga", last.cell(6).text());
        assertEquals(1994.0, last.cell(7).number());
        assertTrue(last.cell(2).fontName() != null && !last.cell(2).fontName().isBlank());

        assertTrue(progress.size() >= 100, "progress every few hundred rows: " + progress.size());
        ReadProgress end = progress.get(progress.size() - 1);
        assertEquals(50_003, end.rowsRead());
        assertEquals(1.0, end.fraction());
    }

    @Test
    void cancellingStopsTheStreamPartWay() {
        AtomicLong rows = new AtomicLong();
        RowHandler handler = new RowHandler() {
            @Override
            public void startSheet(SheetInfo sheet) {
            }

            @Override
            public void row(RowCells row) {
                rows.incrementAndGet();
            }
        };
        List<ReadProgress> progress = new ArrayList<>();

        WorkbookReadResult result = reader.read(HOUSEHOLDS, handler,
                new ReadControl(progress::add, () -> rows.get() >= 1_000));

        assertTrue(result.cancelled());
        assertFalse(result.isComplete());
        assertTrue(result.error().isEmpty());
        assertEquals(1_000, result.rowsRead());
        assertEquals(1_000, rows.get());
        ReadProgress last = progress.get(progress.size() - 1);
        assertTrue(last.fraction() > 0 && last.fraction() < 0.2, "rows come while the sheet is still being read: "
                + last);
    }

    /** Streaming is the only path for xlsx: the reading layer cannot build a whole-workbook object model. */
    @Test
    void theReadingLayerNeverBuildsAnXssfWorkbook() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.diaban.importing.legacy.workbook");

        ArchRuleDefinition.noClasses().should().dependOnClassesThat().haveFullyQualifiedName(
                        "org.apache.poi.xssf.usermodel.XSSFWorkbook")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.poi.xssf.usermodel.XSSFSheet")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.poi.ss.usermodel.WorkbookFactory")
                .orShould().dependOnClassesThat().resideInAPackage("org.apache.poi.xssf.streaming..")
                .check(classes);
    }
}
