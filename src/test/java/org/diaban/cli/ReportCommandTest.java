package org.diaban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.diaban.service.Services;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code diaban report} through the real command line on the demo province. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportCommandTest {

    private Path dir;
    private Path data;

    @BeforeAll
    void demo(@TempDir Path folder) {
        dir = folder;
        data = dir.resolve("data");
        try (Services services = TestServices.open(data)) {
            services.demo().load((done, total, key) -> { }, () -> false);
        }
    }

    @Test
    void theArticlePeriodForHuuLungCarriesTheArticlesFigures() throws Exception {
        Path xlsx = dir.resolve("bao-cao.xlsx");
        Path docx = dir.resolve("du-thao.docx");
        CliRun r = CliRun.on(data, "report", "--from", "22/5/2022", "--to", "2023-06-30", "--scope", "huu-lung",
                "--number", "12", "--date", "5/7/2023", "--out", xlsx.toString(), "--docx", docx.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("phân công 79 đồng chí (8 Ủy viên BTV, 27 cấp ủy viên, 44 cán bộ lãnh đạo, quản lý)"
                + " phụ trách 24 xã, 203 thôn"), r.out());
        assertTrue(r.out().contains("24/24 đảng ủy xã"), r.out());
        assertTrue(r.out().contains("Cấp huyện: 447 buổi làm việc tại cơ sở (105 của Ủy viên Ban Thường vụ, 342 của"),
                r.out());

        List<String> firstSheet = texts(xlsx);
        assertTrue(firstSheet.contains("Số 12-BC/HU"), firstSheet.toString());
        assertTrue(firstSheet.contains("Hữu Lũng, ngày 05 tháng 7 năm 2023"), firstSheet.toString());
        assertTrue(firstSheet.contains("79") && firstSheet.contains("105") && firstSheet.contains("342"),
                firstSheet.toString());
        assertTrue(firstSheet.contains("24/24") && firstSheet.contains("203/203"), firstSheet.toString());

        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String text = words.getText();
            assertTrue(text.contains("79 đồng chí") && text.contains("105 buổi"), text);
        }
    }

    @Test
    void aQuarterForTheProvinceInTheStateFormat() throws Exception {
        Path xlsx = dir.resolve("quy.xlsx");
        CliRun r = CliRun.on(data, "report", "--period", "2025-Q4", "--profile", "state", "--out", xlsx.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> firstSheet = texts(xlsx);
        assertTrue(firstSheet.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), firstSheet.toString());
    }

    @Test
    void aBadPeriodOrAnUnknownProfileIsAClearFailureAndWritesNothing() {
        Path xlsx = dir.resolve("khong.xlsx");
        CliRun bad = CliRun.on(data, "report", "--period", "2023-Q5", "--out", xlsx.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("2023-Q5") && !bad.err().contains("Exception"), bad.err());
        CliRun profile = CliRun.on(data, "report", "--period", "2023", "--profile", "khac", "--out", xlsx.toString());
        assertEquals(2, profile.exit());
        assertTrue(profile.err().contains("khac") && !profile.err().contains("Exception"), profile.err());
        assertFalse(Files.exists(xlsx));
    }

    @Test
    void periodAndRangeCannotBeGivenTogether() {
        CliRun r = CliRun.on(data, "report", "--period", "2023", "--from", "1/1/2023", "--to", "31/3/2023",
                "--out", dir.resolve("x.xlsx").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--period") || r.err().contains("--from"), r.err());
    }

    private static List<String> texts(Path xlsx) throws Exception {
        List<String> texts = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String t = format.formatCellValue(cell).strip();
                    if (!t.isEmpty()) {
                        texts.add(t);
                    }
                }
            }
        }
        return texts;
    }
}
