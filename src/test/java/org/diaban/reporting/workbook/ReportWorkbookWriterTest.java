package org.diaban.reporting.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.people.CadreCategory;
import org.diaban.i18n.I18n;
import org.diaban.reporting.DocumentDetails;
import org.diaban.reporting.FormatProfile;
import org.diaban.reporting.FormatProfiles;
import org.diaban.service.report.AnnexPart;
import org.diaban.service.report.ReportCancelledException;
import org.diaban.service.report.ReportControl;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.Resolution77Report.CommuneRow;
import org.diaban.service.report.Resolution77Report.TopicRow;
import org.diaban.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWorkbookWriterTest {

    private static final FormatProfiles PROFILES = new FormatProfiles(null);
    private static final FormatProfile PARTY = PROFILES.byId("party");
    private static final FormatProfile STATE = PROFILES.byId("state");
    private static final List<String> SHEETS = List.of("Báo cáo", "Theo xã", "Theo đối tượng", "Sinh hoạt chi bộ",
            "Tổ công tác", "Kiến nghị", "Quyết định", "Phụ lục phân công", "Biểu đồ");

    @TempDir
    Path dir;

    @Test
    void theSummaryTableCarriesTheReportsFigures() throws IOException {
        Resolution77Report r = SampleReports.huuLung();
        try (XSSFWorkbook wb = write(r, details(r, PARTY, "12"), PARTY)) {
            assertEquals(SHEETS, sheetNames(wb));
            XSSFSheet cover = wb.getSheet("Báo cáo");
            // the article's figures
            assertEquals(79, number(cover, "Tổng số cán bộ được phân công"));
            assertEquals(8, number(cover, "Ủy viên BTV"));
            assertEquals(27, number(cover, "Ủy viên BCH"));
            assertEquals(44, number(cover, "Lãnh đạo, quản lý"));
            assertEquals("24/24", text(cover, "Đơn vị cấp xã có cán bộ phụ trách"));
            assertEquals("203/203", text(cover, "Thôn, tổ dân phố có cán bộ phụ trách"));
            assertEquals("24/24", text(cover, "Đơn vị cấp xã ban hành quyết định phân công"));
            assertEquals(105, number(cover, "Của Ủy viên Ban Thường vụ cấp huyện"));
            assertEquals(342, number(cover, "Của cấp ủy viên, cán bộ lãnh đạo, quản lý khác cấp huyện"));
            // and every other figure as the record has it
            assertEquals(r.decisions().cadresInCommuneDecisions(),
                    number(cover, "Cán bộ được phân công theo quyết định của cấp xã"));
            assertEquals(r.activities().workSessions(), number(cover, "Buổi làm việc tại cơ sở"));
            assertEquals(r.activities().dialogues(), number(cover, "Buổi đối thoại với Nhân dân"));
            assertEquals(r.workingGroups().formed(), number(cover, "Tổ công tác được thành lập"));
            assertEquals(r.concerns().received(), number(cover, "Kiến nghị tiếp nhận trong kỳ"));
            assertEquals(r.concerns().overdue(), number(cover, "Kiến nghị quá hạn giải quyết"));
            for (var s : r.concerns().byStatus()) {
                assertEquals(s.count(), number(cover, statusName(s.status().name())));
            }
            var district = r.compliance().get(0).tiers().get(0);
            assertEquals(district.percent(), find(cover, "Tỷ lệ đạt định mức, cấp huyện, năm 2022")
                    .getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(100.0 * r.coverage().householdsCovered() / r.coverage().households(),
                    find(cover, "Hộ gia đình có cán bộ phụ trách").getCell(4).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void theHeaderBlockUsesTheProfilesWordingAndFonts() throws IOException {
        Resolution77Report r = SampleReports.huuLung();
        try (XSSFWorkbook wb = write(r, details(r, PARTY, "12"), PARTY)) {
            XSSFSheet cover = wb.getSheet("Báo cáo");
            assertCell(cover, 0, 0, "ĐẢNG BỘ TỈNH LẠNG SƠN", 14, false, false);
            assertCell(cover, 1, 0, "HUYỆN ỦY HỮU LŨNG", 14, true, false);
            assertEquals("*", cover.getRow(2).getCell(0).getStringCellValue());
            assertCell(cover, 3, 0, "Số 12-BC/HU", 14, false, false);
            assertCell(cover, 0, 2, "ĐẢNG CỘNG SẢN VIỆT NAM", 15, true, false);
            assertCell(cover, 3, 2, "Hữu Lũng, ngày 05 tháng 7 năm 2023", 14, false, true);
            assertCell(cover, 5, 0, "BÁO CÁO", 16, true, false);
            assertTrue(cover.getRow(6).getCell(0).getStringCellValue()
                    .endsWith("từ ngày 22/5/2022 đến ngày 30/6/2023"));
            assertEquals(1, cover.getDrawingPatriarch().getShapes().size(), "the rule under the national title");
            assertNotNull(find(cover, "T/M BAN THƯỜNG VỤ", 2));
            assertNotNull(find(cover, "Nguyễn Văn Hùng", 2));
            XSSFFont recipients = font(find(cover, "Nơi nhận:", 0).getCell(0));
            assertTrue(recipients.getBold() && recipients.getItalic());
            for (org.apache.poi.ss.usermodel.Sheet s : wb) {
                XSSFSheet sheet = (XSSFSheet) s;
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertEquals("Times New Roman", font(cell).getFontName(), sheet.getSheetName() + " "
                                + cell.getAddress());
                    }
                }
            }
        }
    }

    @Test
    void theStateProfileChangesTheNumberAndTheNationalTitle() throws IOException {
        Resolution77Report r = SampleReports.huuLung();
        try (XSSFWorkbook wb = write(r, details(r, STATE, "12"), STATE)) {
            XSSFSheet cover = wb.getSheet("Báo cáo");
            assertCell(cover, 0, 2, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
            assertCell(cover, 1, 2, "Độc lập - Tự do - Hạnh phúc", 14, true, false);
            assertEquals("Số: 12/BC-HU", cover.getRow(3).getCell(0).getStringCellValue());
            assertEquals("", cover.getRow(2).getCell(0).getStringCellValue(), "no star");
            assertEquals(2, cover.getDrawingPatriarch().getShapes().size(), "rules under the motto and the issuer");
        }
    }

    @Test
    void aBlankNumberLeavesDotsAndASingleStretchHasNoReorganisationNote() throws IOException {
        Resolution77Report r = SampleReports.huuLung();
        try (XSSFWorkbook wb = write(r, details(r, PARTY, ""), PARTY)) {
            XSSFSheet cover = wb.getSheet("Báo cáo");
            assertEquals("Số ......-BC/HU", cover.getRow(3).getCell(0).getStringCellValue());
            assertNull(findContaining(cover, "sắp xếp lại"));
        }
    }

    @Test
    void aPeriodAcrossTheReorganisationSaysSoAndListsBothSetsOfCommunes() throws IOException {
        Resolution77Report r = SampleReports.reorganised2025();
        try (XSSFWorkbook wb = write(r, details(r, PARTY, ""), PARTY)) {
            String note = findContaining(wb.getSheet("Báo cáo"), "sắp xếp lại");
            assertNotNull(note);
            assertTrue(note.contains("01/07/2025") && note.contains("Nghị quyết 1672/NQ-UBTVQH15"), note);
            assertTrue(note.contains("24 đơn vị cấp xã") && note.contains("9 đơn vị cấp xã"), note);
            assertEquals(r.communes().size(), dataRows(wb.getSheet("Theo xã")).size());
        }
    }

    @Test
    void theBreakdownSheetsCarryTheRecordsRows() throws IOException {
        Resolution77Report r = SampleReports.huuLung();
        try (XSSFWorkbook wb = write(r, details(r, PARTY, "12"), PARTY)) {
            List<Row> communes = dataRows(wb.getSheet("Theo xã"));
            assertEquals(r.communes().size(), communes.size());
            for (int i = 0; i < communes.size(); i++) {
                CommuneRow c = r.communes().get(i);
                Row row = communes.get(i);
                assertEquals(c.name(), row.getCell(1).getStringCellValue());
                assertEquals(c.from(), row.getCell(3).getLocalDateTimeCellValue().toLocalDate());
                assertEquals("dd/mm/yyyy", row.getCell(3).getCellStyle().getDataFormatString());
                assertEquals(c.villages(), row.getCell(5).getNumericCellValue());
                assertEquals(c.householdsCovered(), row.getCell(8).getNumericCellValue());
                assertEquals(String.join(", ", c.inCharge()), row.getCell(9).getStringCellValue());
                assertEquals(c.sessions(), row.getCell(11).getNumericCellValue());
            }
            List<Row> categories = dataRows(wb.getSheet("Theo đối tượng"));
            var tier = r.assigned().get(0);
            assertEquals(tier.total(), categories.get(0).getCell(3).getNumericCellValue());
            assertEquals(tier.btv(), categories.get(1 + CadreCategory.BTV.ordinal()).getCell(3).getNumericCellValue());
            assertEquals(105, categories.get(1 + CadreCategory.BTV.ordinal()).getCell(4).getNumericCellValue());
            assertEquals(tier.leaders(), categories.get(3).getCell(3).getNumericCellValue());

            XSSFSheet concerns = wb.getSheet("Kiến nghị");
            int topicsHeader = find(concerns, "Lĩnh vực", 1).getRowNum();
            for (int i = 0; i < r.concerns().byTopic().size(); i++) {
                TopicRow t = r.concerns().byTopic().get(i);
                Row row = concerns.getRow(topicsHeader + 1 + i);
                assertEquals(t.topicName(), row.getCell(1).getStringCellValue());
                assertArrayEquals(new double[] {t.received(), t.resolved(), t.inProgress(), t.overdue()},
                        new double[] {row.getCell(2).getNumericCellValue(), row.getCell(3).getNumericCellValue(),
                            row.getCell(4).getNumericCellValue(), row.getCell(5).getNumericCellValue()});
            }
            Row total = concerns.getRow(topicsHeader + 1 + r.concerns().byTopic().size());
            assertEquals(r.concerns().byTopic().stream().mapToInt(TopicRow::received).sum(),
                    total.getCell(2).getNumericCellValue());

            XSSFSheet compliance = wb.getSheet("Sinh hoạt chi bộ");
            int namesHeader = find(compliance, "Họ và tên", 1).getRowNum();
            var below = r.compliance().get(0).belowNorm().get(0);
            assertEquals(below.name(), compliance.getRow(namesHeader + 1).getCell(1).getStringCellValue());
            assertEquals(below.attended(), compliance.getRow(namesHeader + 1).getCell(5).getNumericCellValue());

            assertEquals(r.decisions().decisions().size(), dataRows(wb.getSheet("Quyết định")).size());
            assertEquals(r.workingGroups().groups().size(), dataRows(wb.getSheet("Tổ công tác")).size());
            List<Row> annex = dataRows(wb.getSheet("Phụ lục phân công"));
            assertEquals(r.annex().size(), annex.size());
            assertEquals(r.annex().get(7).cadreName(), annex.get(7).getCell(1).getStringCellValue());
            assertEquals(r.annex().get(7).decisionSymbol(), annex.get(7).getCell(9).getStringCellValue());
        }
    }

    @Test
    void everySheetIsSetUpForPrintingOnA4() throws IOException {
        Resolution77Report r = SampleReports.huuLung();
        List<String> landscape = List.of("Theo xã", "Tổ công tác", "Phụ lục phân công");
        try (XSSFWorkbook wb = write(r, details(r, PARTY, "12"), PARTY)) {
            for (org.apache.poi.ss.usermodel.Sheet s : wb) {
                XSSFSheet sheet = (XSSFSheet) s;
                String name = sheet.getSheetName();
                PrintSetup ps = sheet.getPrintSetup();
                assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize(), name);
                assertEquals(landscape.contains(name), ps.getLandscape(), name);
                assertTrue(sheet.getFitToPage(), name);
                assertEquals(1, ps.getFitWidth(), name);
                assertEquals(0, ps.getFitHeight(), name);
                assertEquals(20 / 25.4, sheet.getMargin(PageMargin.TOP), 1e-9, name);
                assertEquals(20 / 25.4, sheet.getMargin(PageMargin.BOTTOM), 1e-9, name);
                assertEquals(30 / 25.4, sheet.getMargin(PageMargin.LEFT), 1e-9, name);
                assertEquals(15 / 25.4, sheet.getMargin(PageMargin.RIGHT), 1e-9, name);
                // the page alone: a count would run over the whole workbook when it is printed at once
                String footer = sheet.getFooter().getCenter();
                assertTrue(footer.contains("Trang &P") && !footer.contains("&N"), name);
                assertNotNull(wb.getPrintArea(wb.getSheetIndex(sheet)), name);
                if (!name.equals("Biểu đồ")) {
                    assertNotNull(sheet.getRepeatingRows(), name);
                    Row header = sheet.getRow(sheet.getRepeatingRows().getFirstRow());
                    assertTrue(font(header.getCell(0)).getBold(), name + ": the repeated row is the table header");
                }
                assertTrue(printedWidthMm(sheet) <= (landscape.contains(name) ? 297 : 210) - 45,
                        name + " fits the printable width at 100%");
            }
        }
    }

    @Test
    void formulaLikeTextsStayText() throws IOException {
        Resolution77Report r = SampleReports.withFormulaLikeTexts();
        try (XSSFWorkbook wb = write(r, details(r, PARTY, "12"), PARTY)) {
            Row first = dataRows(wb.getSheet("Phụ lục phân công")).get(0);
            for (int c : new int[] {1, 5, 6, 7}) {
                XSSFCell cell = (XSSFCell) first.getCell(c);
                assertEquals(CellType.STRING, cell.getCellType(), cell.getAddress().toString());
                assertTrue(cell.getCellStyle().getQuotePrefixed(), cell.getAddress().toString());
            }
            assertEquals("=HYPERLINK(\"http://x\")", first.getCell(1).getStringCellValue());
            XSSFCell topic = (XSSFCell) find(wb.getSheet("Kiến nghị"), "=1+1", 1).getCell(1);
            assertEquals(CellType.STRING, topic.getCellType());
            assertTrue(topic.getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void theChartsAreNativeWithASeriesPerYearOfCompliance() throws IOException {
        Resolution77Report r = SampleReports.huuLung();
        try (XSSFWorkbook wb = write(r, details(r, PARTY, "12"), PARTY)) {
            XSSFDrawing drawing = wb.getSheet("Biểu đồ").getDrawingPatriarch();
            List<XSSFChart> charts = drawing.getCharts();
            assertEquals(3, charts.size());
            assertEquals(1, charts.get(0).getCTChart().getPlotArea().getPieChartArray(0).sizeOfSerArray());
            assertEquals(r.concerns().byStatus().size(), charts.get(0).getCTChart().getPlotArea().getPieChartArray(0)
                    .getSerArray(0).getVal().getNumRef().getNumCache().sizeOfPtArray());
            assertEquals(r.compliance().size(),
                    charts.get(1).getCTChart().getPlotArea().getBarChartArray(0).sizeOfSerArray());
            var sessions = charts.get(2).getCTChart().getPlotArea().getBarChartArray(0);
            assertEquals(1, sessions.sizeOfSerArray());
            assertEquals(r.sessionsByQuarter().size(), sessions.getSerArray(0).getVal().getNumRef().getNumCache()
                    .sizeOfPtArray());
            assertEquals(r.sessionsByQuarter().get(0).sessions(), Double.parseDouble(sessions.getSerArray(0).getVal()
                    .getNumRef().getNumCache().getPtArray(0).getV()));
        }
    }

    @Test
    void aCancelLeavesNoFileAndAnExistingOneUntouched() throws IOException {
        Resolution77Report r = SampleReports.large(3_000);
        Path out = dir.resolve("report.xlsx");
        byte[] before = {1, 2, 3};
        Files.write(out, before);
        AtomicLong progressed = new AtomicLong();
        ReportControl cancelMidway = new ReportControl() {
            @Override
            public void progress(long done, long total, String messageKey) {
                progressed.set(done);
            }

            @Override
            public boolean isCancelled() {
                return progressed.get() >= 1_000;
            }
        };
        assertThrows(ReportCancelledException.class, () -> new ReportWorkbookWriter()
                .write(r, details(r, PARTY, ""), PARTY, out, cancelMidway));
        assertArrayEquals(before, Files.readAllBytes(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
        Path fresh = dir.resolve("fresh.xlsx");
        assertThrows(ReportCancelledException.class, () -> new ReportWorkbookWriter()
                .write(r, details(r, PARTY, ""), PARTY, fresh, cancelMidway));
        assertFalse(Files.exists(fresh));
    }

    @Test
    void everyTextIsFoundInBothLanguages() throws IOException {
        Resolution77Report r = SampleReports.reorganised2025();
        for (I18n i18n : List.of(new I18n(I18n.VIETNAMESE), new I18n(I18n.ENGLISH))) {
            Path out = dir.resolve("report-" + i18n.locale().getLanguage() + ".xlsx");
            new ReportWorkbookWriter(i18n).write(r, details(r, PARTY, "3"), PARTY, out, ReportControl.NONE);
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
                for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                    assertFalse(sheet.getSheetName().contains("!"), sheet.getSheetName());
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == CellType.STRING) {
                                assertFalse(cell.getStringCellValue().matches("(?s).*![a-z]+\\.[A-Za-z.0-9]+!.*"),
                                        sheet.getSheetName() + " " + cell.getAddress() + ": "
                                                + cell.getStringCellValue());
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void aMissingFolderIsAClearError() {
        Resolution77Report r = SampleReports.huuLung();
        DomainException e = assertThrows(DomainException.class, () -> new ReportWorkbookWriter()
                .write(r, details(r, PARTY, ""), PARTY, dir.resolve("nope/report.xlsx"), ReportControl.NONE));
        assertEquals("workbook.error.noFolder", e.messageKey());
    }

    @Test
    void aLargeAnnexIsStreamedWithProgress() throws IOException {
        Resolution77Report r = SampleReports.large(30_000);
        Path out = dir.resolve("large.xlsx");
        List<Long> progress = new ArrayList<>();
        new ReportWorkbookWriter().write(r, details(r, PARTY, ""), PARTY, out, new ReportControl() {
            @Override
            public void progress(long done, long total, String messageKey) {
                progress.add(done);
            }
        });
        assertTrue(progress.size() > 50, "progress every few hundred rows");
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            List<Row> annex = dataRows(wb.getSheet("Phụ lục phân công"));
            assertEquals(30_000, annex.size());
            assertEquals(30_000, annex.get(29_999).getCell(0).getNumericCellValue());
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @Test
    void theAnnexWrittenWhileTheRestIsComputedLandsInItsPlace() throws IOException, InvalidFormatException {
        Resolution77Report r = SampleReports.large(5_000);
        Path out = dir.resolve("overlapped.xlsx");
        Resolution77Report written = new ReportWorkbookWriter().write(annexReady -> {
            annexReady.accept(AnnexPart.of(r));
            // the rest of the figures would be counted here, while the annex is being written
            return r;
        }, report -> details(report, PARTY, "7"), PARTY, out, ReportControl.NONE);
        assertEquals(r, written);
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            assertEquals(SHEETS, sheetNames(wb));
            assertEquals(0, wb.getActiveSheetIndex());
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                assertEquals(i == 0, sheet.isSelected(), sheet.getSheetName() + " alone selected: the report sheet");
                // print area and repeated rows name their own sheet after the annex was moved into place
                assertTrue(wb.getPrintArea(i).startsWith("'" + sheet.getSheetName() + "'!"), wb.getPrintArea(i));
            }
            List<Row> annex = dataRows(wb.getSheet("Phụ lục phân công"));
            assertEquals(5_000, annex.size());
            assertEquals(r.annex().get(4_999).cadreName(), annex.get(4_999).getCell(1).getStringCellValue());
        }
    }

    @Test
    void whileTheSourceComputesOnlyItReportsProgressAndTheAnnexRowsCountAfterwards() {
        Resolution77Report r = SampleReports.large(20_000);
        Thread caller = Thread.currentThread();
        AtomicBoolean computing = new AtomicBoolean();
        List<String> strangers = new ArrayList<>();
        List<Long> writing = new ArrayList<>();
        ReportControl control = new ReportControl() {
            @Override
            public synchronized void progress(long done, long total, String messageKey) {
                if (computing.get() && Thread.currentThread() != caller) {
                    strangers.add(Thread.currentThread().getName() + " " + messageKey);
                }
                if (!computing.get() && Progress.WRITING.equals(messageKey)) {
                    writing.add(done);
                }
            }
        };
        new ReportWorkbookWriter().write(annexReady -> {
            computing.set(true);
            annexReady.accept(AnnexPart.of(r));
            // the other figures being counted, with their own steps, while the annex is written
            for (int step = 0; step < 2_000; step++) {
                control.progress(step, 2_000, "report.step.concerns");
            }
            computing.set(false);
            return r;
        }, report -> details(report, PARTY, ""), PARTY, dir.resolve("steps.xlsx"), control);
        assertEquals(List.of(), strangers);
        assertTrue(writing.get(writing.size() - 1) >= 20_000, "the annex rows are counted: " + writing);
    }

    @Test
    void aFailureAfterTheAnnexWasHandedOverLeavesNoFile() throws IOException {
        Resolution77Report r = SampleReports.large(20_000);
        Path out = dir.resolve("failed.xlsx");
        DomainException failure = new DomainException("report.error.unknownScope", "x");
        DomainException thrown = assertThrows(DomainException.class, () -> new ReportWorkbookWriter().write(
                annexReady -> {
                    annexReady.accept(AnnexPart.of(r));
                    throw failure;
                }, report -> details(report, PARTY, ""), PARTY, out, ReportControl.NONE));
        assertEquals(failure, thrown);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "neither the file nor its temporary twin");
        }
    }

    // ---- helpers

    private XSSFWorkbook write(Resolution77Report r, DocumentDetails d, FormatProfile p) throws IOException {
        Path out = dir.resolve("report-" + p.id() + ".xlsx");
        new ReportWorkbookWriter().write(r, d, p, out, ReportControl.NONE);
        return new XSSFWorkbook(Files.newInputStream(out));
    }

    private static DocumentDetails details(Resolution77Report r, FormatProfile p, String number) {
        DocumentDetails d = DocumentDetails.defaultsFor(r, p, LocalDate.of(2023, 7, 5));
        return new DocumentDetails(number, d.date(), d.place(), d.signerCapacity(), d.signerTitle(), "Nguyễn Văn Hùng",
                d.recipients());
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static String statusName(String status) {
        return new org.diaban.i18n.I18n(org.diaban.i18n.I18n.VIETNAMESE).get("concerns.status." + status);
    }

    /** The summary row whose indicator (column B) is the label. */
    private static Row find(XSSFSheet sheet, String label) {
        return find(sheet, label, 1);
    }

    private static Row find(XSSFSheet sheet, String text, int column) {
        for (Row row : sheet) {
            Cell c = row.getCell(column);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text + " in " + sheet.getSheetName());
    }

    private static String findContaining(XSSFSheet sheet, String part) {
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().contains(part)) {
                    return c.getStringCellValue();
                }
            }
        }
        return null;
    }

    private static int number(XSSFSheet cover, String label) {
        Cell value = find(cover, label).getCell(3);
        assertEquals(CellType.NUMERIC, value.getCellType(), label);
        return (int) value.getNumericCellValue();
    }

    private static String text(XSSFSheet cover, String label) {
        return find(cover, label).getCell(3).getStringCellValue();
    }

    /** The rows after the repeated header row whose first cell is a serial number. */
    private static List<Row> dataRows(XSSFSheet sheet) {
        List<Row> rows = new ArrayList<>();
        int header = sheet.getRepeatingRows().getFirstRow();
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getCell(1) == null || row.getCell(1).getCellType() == CellType.BLANK) {
                break;
            }
            Cell first = row.getCell(0);
            if (first.getCellType() == CellType.NUMERIC || first.getCellType() == CellType.STRING
                    && !first.getStringCellValue().isEmpty()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static XSSFFont font(Cell cell) {
        return ((XSSFCell) cell).getCellStyle().getFont();
    }

    private static void assertCell(XSSFSheet sheet, int row, int column, String text, int size, boolean bold,
                                   boolean italic) {
        Cell cell = sheet.getRow(row).getCell(column);
        assertEquals(text, cell.getStringCellValue());
        XSSFFont f = font(cell);
        assertEquals("Times New Roman", f.getFontName(), text);
        assertEquals(size, f.getFontHeightInPoints(), text);
        assertEquals(bold, f.getBold(), text);
        assertEquals(italic, f.getItalic(), text);
    }

    /** The columns of the print area in millimetres, as Excel draws them (Calibri 11: 7 px a character + 5). */
    private static double printedWidthMm(XSSFSheet sheet) {
        double px = 0;
        int last = sheet.getWorkbook().getPrintArea(sheet.getWorkbook().getSheetIndex(sheet)).contains(":")
                ? lastColumn(sheet) : 0;
        for (int c = 0; c <= last; c++) {
            px += sheet.getColumnWidthInPixels(c);
        }
        return px * 25.4 / 96;
    }

    private static int lastColumn(XSSFSheet sheet) {
        String area = sheet.getWorkbook().getPrintArea(sheet.getWorkbook().getSheetIndex(sheet));
        String end = area.substring(area.lastIndexOf(':') + 1).replace("$", "");
        return new org.apache.poi.ss.util.CellReference(end).getCol();
    }
}
