package org.diaban.reporting.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.diaban.i18n.I18n;
import org.diaban.reporting.DocumentDetails;
import org.diaban.reporting.FormatProfile;
import org.diaban.service.report.ReportCancelledException;
import org.diaban.service.report.ReportControl;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.Resolution77Report.ConcernFigures;
import org.diaban.service.report.Resolution77Report.TopicRow;
import org.diaban.service.report.Resolution77Report.WorkingGroupFigures;
import org.diaban.service.report.Resolution77Report.WorkingGroupRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

/** The Word draft read back with POI: the figures in their sentences, the layout, the profile. */
class NarrativeWriterTest {

    @TempDir
    Path dir;

    private final NarrativeWriter writer = new NarrativeWriter(new I18n(I18n.VIETNAMESE));

    private XWPFDocument write(Resolution77Report report, DocumentDetails details, FormatProfile profile)
            throws IOException {
        Path out = dir.resolve("bao-cao.docx");
        writer.write(report, details, profile, out, ReportControl.NONE);
        try (InputStream in = Files.newInputStream(out)) {
            return new XWPFDocument(in);
        }
    }

    private XWPFDocument huuLung() throws IOException {
        return write(NarrativeSamples.huuLung().build(), NarrativeSamples.details("12"), NarrativeSamples.partyProfile());
    }

    private static List<String> body(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    /** The one body paragraph containing {@code marker}. */
    private static String sentence(XWPFDocument doc, String marker) {
        List<String> hits = body(doc).stream().filter(t -> t.contains(marker)).toList();
        assertEquals(1, hits.size(), () -> "paragraphs with '" + marker + "': " + hits);
        return hits.get(0);
    }

    /** The lines of a cell with text (rules and the room to sign are empty paragraphs). */
    private static List<String> texts(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isEmpty()).toList();
    }

    @Test
    void theArticlesFiguresAreInTheirSentences() throws IOException {
        try (XWPFDocument doc = huuLung()) {
            String assigned = sentence(doc, "đã phân công 79 đồng chí");
            assertTrue(assigned.startsWith("Ban Thường vụ Huyện ủy Hữu Lũng đã phân công 79 đồng chí (8 đồng chí Ủy viên"
                    + " Ban Thường vụ, 27 đồng chí Huyện ủy viên, 44 đồng chí cán bộ lãnh đạo, quản lý) phụ trách 24 xã,"
                    + " thị trấn và 203 thôn, khối phố"), assigned);
            String sessions = sentence(doc, "Các đồng chí Ủy viên Ban Thường vụ Huyện ủy Hữu Lũng đã làm việc");
            assertTrue(sessions.contains("105 buổi; các đồng chí Huyện ủy viên và cán bộ lãnh đạo, quản lý 342 buổi"),
                    sessions);
            assertTrue(sessions.contains("Huyện ủy viên: 200 buổi; cán bộ lãnh đạo, quản lý: 142 buổi"), sessions);
            assertTrue(sentence(doc, "với 448 đồng chí").startsWith("24/24 đảng ủy xã, thị trấn đã ban hành quyết định"
                    + " phân công cấp ủy viên, cán bộ phụ trách thôn, khối phố"));
            assertTrue(body(doc).contains("- 24/24 đảng ủy xã, thị trấn đã ban hành quyết định phân công cán bộ phụ trách"
                    + " thôn, khối phố."));
            assertTrue(sentence(doc, "Ban Thường vụ Huyện ủy Hữu Lũng đã ban hành")
                    .contains("Quyết định số 107-QĐ/HU ngày 15/06/2022"));
            // numbers grouped the Vietnamese way
            assertTrue(sentence(doc, "Cấp ủy cấp xã đã phân công").contains("448 đồng chí")
                    && sentence(doc, "Cấp ủy cấp xã đã phân công").contains("1.500 hộ gia đình"));
            assertTrue(sentence(doc, "Tổng số buổi làm việc").contains("6.677 buổi"));
            assertTrue(sentence(doc, "Trong kỳ, 24/24 xã, thị trấn (100%)").contains("1.500/31.250 hộ gia đình (4,8%)"));
            String concerns = sentence(doc, "đã tiếp nhận 57 kiến nghị");
            assertTrue(concerns.contains("đã giải quyết 46 kiến nghị (80,7%), đang giải quyết 11 kiến nghị; có 4 kiến"
                    + " nghị đã quá hạn giải quyết"), concerns);
            assertTrue(sentence(doc, "tập trung chủ yếu vào").contains("Đất đai, giải phóng mặt bằng (21 kiến nghị)"));
            assertTrue(sentence(doc, "buổi đối thoại trực tiếp").contains("36 buổi"));
            assertTrue(sentence(doc, "Năm 2022 (tính đến ngày 31/12/2022)")
                    .contains("cấp huyện: 33/35 đồng chí đạt hoặc đúng tiến độ định mức 2 buổi/năm (94,3%)"));
            String behind = sentence(doc, "Còn 14 đồng chí chưa đạt định mức:");
            assertTrue(behind.contains("Trần Văn Hùng (Huyện ủy Hữu Lũng, dự 1/2 buổi)") && behind.contains("và 4 đồng chí khác"),
                    behind);
            assertTrue(sentence(doc, "đã thành lập 2 tổ công tác").contains("năm 2022: 1 tổ, năm 2023: 1 tổ"));
        }
    }

    @Test
    void periodWordingIsInTheTitleAndTheAssessmentFollowsTheFigures() throws IOException {
        try (XWPFDocument doc = huuLung()) {
            assertTrue(sentence(doc, "Kết quả thực hiện Nghị quyết số 77-NQ/TU, ngày 22/5/2022")
                    .endsWith("(sâu sát cơ sở) từ ngày 22/5/2022 đến ngày 30/6/2023"));
            assertTrue(body(doc).contains("- Còn 14 đồng chí chưa đạt định mức dự sinh hoạt chi bộ (năm 2022)."));
            assertTrue(body(doc).contains("- Còn 4 kiến nghị, vướng mắc quá hạn chưa được giải quyết."));
            assertTrue(body(doc).contains("- 100% xã, thị trấn và 100% thôn, khối phố có cấp ủy viên, cán bộ lãnh đạo,"
                    + " quản lý phụ trách."));
            assertTrue(body(doc).contains("- Tập trung giải quyết dứt điểm 4 kiến nghị quá hạn, không để phát sinh điểm nóng."));
            assertFalse(body(doc).stream().anyMatch(t -> t.contains("sắp xếp lại tổ chức bộ máy")), "one phase only");
        }
    }

    @Test
    void sectionsOneToFiveComeInOrderInBold() throws IOException {
        try (XWPFDocument doc = huuLung()) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            int last = -1;
            for (String roman : List.of("I. ", "II. ", "III. ", "IV. ", "V. ")) {
                int at = -1;
                for (int i = 0; i < paragraphs.size(); i++) {
                    if (paragraphs.get(i).getText().startsWith(roman)) {
                        at = i;
                        break;
                    }
                }
                assertTrue(at > last, roman + " after the previous section");
                assertTrue(paragraphs.get(at).getRuns().stream().allMatch(XWPFRun::isBold), roman + " bold");
                last = at;
            }
            assertTrue(paragraphs.get(last).getText().startsWith("V. PHƯƠNG HƯỚNG, NHIỆM VỤ"));
        }
    }

    @Test
    void pageIsA4WithTheProfilesMargins() throws IOException {
        assertPage(huuLung(), 1134, 1134, 1701, 850);
        assertPage(write(NarrativeSamples.huuLung().build(), NarrativeSamples.details("12"),
                NarrativeSamples.stateProfile()), 1417, 1134, 1984, 1134);
    }

    private static void assertPage(XWPFDocument doc, int top, int bottom, int left, int right) throws IOException {
        try (doc) {
            CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(BigInteger.valueOf(11906), size.getW());
            assertEquals(BigInteger.valueOf(16838), size.getH());
            CTPageMar mar = doc.getDocument().getBody().getSectPr().getPgMar();
            assertEquals(List.of(top, bottom, left, right), Stream.of(mar.getTop(), mar.getBottom(), mar.getLeft(),
                    mar.getRight()).map(v -> ((BigInteger) v).intValue()).toList());
        }
    }

    @Test
    void everyRunIsInTheProfilesFontAtItsSizes() throws IOException {
        try (XWPFDocument doc = huuLung()) {
            for (XWPFParagraph p : allParagraphs(doc)) {
                for (XWPFRun r : p.getRuns()) {
                    assertEquals("Times New Roman", r.getFontFamily(), p.getText());
                }
            }
            XWPFParagraph title = doc.getParagraphs().stream().filter(p -> p.getText().equals("BÁO CÁO")).findFirst()
                    .orElseThrow();
            assertEquals(16.0, title.getRuns().get(0).getFontSizeAsDouble());
            assertTrue(title.getRuns().get(0).isBold());
            XWPFParagraph assigned = doc.getParagraphs().stream()
                    .filter(p -> p.getText().contains("đã phân công 79 đồng chí")).findFirst().orElseThrow();
            assertEquals(14.0, assigned.getRuns().get(0).getFontSizeAsDouble());
            assertEquals(org.apache.poi.xwpf.usermodel.ParagraphAlignment.BOTH, assigned.getAlignment());
            assertEquals(DocxFormat.FIRST_LINE_TWIPS, assigned.getIndentationFirstLine());
            assertEquals(120, assigned.getSpacingAfter());
            XWPFTableCell recipients = doc.getTables().get(1).getRow(0).getCell(0);
            XWPFRun heading = recipients.getParagraphs().get(0).getRuns().get(0);
            assertEquals("Nơi nhận:", heading.text());
            assertTrue(heading.isBold() && heading.isItalic());
            assertEquals(12.0, heading.getFontSizeAsDouble());
            assertEquals(11.0, recipients.getParagraphs().get(1).getRuns().get(0).getFontSizeAsDouble());
            assertEquals("- Ban Thường vụ Tỉnh ủy (b/c),", recipients.getParagraphs().get(1).getText());
        }
    }

    private static List<XWPFParagraph> allParagraphs(XWPFDocument doc) {
        Stream<XWPFParagraph> inTables = doc.getTables().stream().flatMap(t -> t.getRows().stream())
                .flatMap(r -> r.getTableCells().stream()).flatMap(c -> c.getParagraphs().stream());
        return Stream.concat(doc.getParagraphs().stream(), inTables).toList();
    }

    @Test
    void partyHeaderBlockAndSignature() throws IOException {
        try (XWPFDocument doc = huuLung()) {
            IBodyElement first = doc.getBodyElements().get(0);
            assertTrue(first instanceof XWPFTable, "the header block opens the document");
            XWPFTable header = (XWPFTable) first;
            XWPFTableCell left = header.getRow(0).getCell(0);
            assertEquals(List.of("ĐẢNG BỘ TỈNH LẠNG SƠN", "HUYỆN ỦY HỮU LŨNG", "*", "Số 12-BC/HU"), texts(left));
            assertTrue(left.getParagraphs().get(1).getRuns().get(0).isBold());
            XWPFTableCell right = header.getRow(0).getCell(1);
            assertEquals(List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "Hữu Lũng, ngày 05 tháng 7 năm 2023"), texts(right));
            XWPFParagraph national = right.getParagraphs().get(0);
            assertTrue(national.getRuns().get(0).isBold());
            assertEquals(15.0, national.getRuns().get(0).getFontSizeAsDouble());
            XWPFParagraph rule = right.getParagraphs().get(1);
            assertEquals(Borders.SINGLE, rule.getBorderTop(), "the rule under the national title");
            assertTrue(rule.getIndentationLeft() > 0, "the rule is shorter than the column");
            assertTrue(right.getParagraphs().get(2).getRuns().get(0).isItalic());

            XWPFTableCell signer = doc.getTables().get(1).getRow(0).getCell(1);
            List<String> lines = texts(signer);
            assertEquals("T/M BAN THƯỜNG VỤ", lines.get(0));
            assertEquals("BÍ THƯ", lines.get(1));
            assertEquals("Nguyễn Văn Bình", lines.get(lines.size() - 1));
            List<XWPFParagraph> signerLines = signer.getParagraphs();
            assertTrue(signerLines.get(signerLines.size() - 1).getRuns().get(0).isBold());
            assertTrue(signerLines.size() >= lines.size() + 4, "room to sign between the title and the name");
        }
    }

    @Test
    void stateHeaderBlockHasTheMottoAndNoStar() throws IOException {
        DocumentDetails details = new DocumentDetails("12", LocalDate.of(2023, 2, 5), "Lạng Sơn", null, null,
                "Nguyễn Văn A", List.of());
        try (XWPFDocument doc = write(NarrativeSamples.huuLung().build(), details, NarrativeSamples.stateProfile())) {
            XWPFTable header = doc.getTables().get(0);
            assertEquals(List.of("ĐẢNG BỘ TỈNH LẠNG SƠN", "HUYỆN ỦY HỮU LŨNG", "Số: 12/BC-HU"),
                    texts(header.getRow(0).getCell(0)));
            XWPFTableCell right = header.getRow(0).getCell(1);
            assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Lạng Sơn, ngày 05 tháng 02 năm 2023"), texts(right));
            assertEquals(Borders.SINGLE, right.getParagraphs().get(2).getBorderTop(), "the rule under the motto");
            assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
                    texts(doc.getTables().get(1).getRow(0).getCell(1)).subList(0, 2));
            List<String> recipients = texts(doc.getTables().get(1).getRow(0).getCell(0));
            assertEquals(List.of("Nơi nhận:", "- [Bổ sung nơi nhận]", "- Lưu Văn phòng Huyện ủy Hữu Lũng."), recipients);
        }
    }

    @Test
    void aBlankNumberLeavesRoomToWriteIt() throws IOException {
        try (XWPFDocument doc = write(NarrativeSamples.huuLung().build(), NarrativeSamples.details(" "),
                NarrativeSamples.partyProfile())) {
            String number = texts(doc.getTables().get(0).getRow(0).getCell(0)).get(3);
            assertTrue(number.matches("Số {4,}-BC/HU"), "[" + number + "]");
        }
    }

    @Test
    void aPeriodAcrossTheReformSaysSo() throws IOException {
        try (XWPFDocument doc = write(NarrativeSamples.provinceAcrossReform().build(), NarrativeSamples.details("5"),
                NarrativeSamples.partyProfile())) {
            assertTrue(sentence(doc, "sắp xếp lại tổ chức bộ máy").contains(
                    "từ ngày 01/07/2025 (Nghị quyết số 1672/NQ-UBTVQH15)"));
            assertTrue(body(doc).contains("- Từ ngày 01/01/2025 đến ngày 30/06/2025: 194 đơn vị cấp xã, 1.676 thôn, tổ dân"
                    + " phố (các cấp: cấp huyện, cấp xã, thôn, chi bộ)."));
            assertTrue(body(doc).contains("- Từ ngày 01/07/2025 đến ngày 31/12/2025: 65 đơn vị cấp xã, 1.650 thôn, tổ dân"
                    + " phố (các cấp: cấp xã, thôn, chi bộ)."));
            // wording of the province's tier, from the report's data
            assertTrue(sentence(doc, "Ban Thường vụ Tỉnh ủy Lạng Sơn đã phân công 113 đồng chí")
                    .contains("38 đồng chí Tỉnh ủy viên"));
            assertTrue(sentence(doc, "Cấp ủy cấp huyện đã phân công").contains("404 đồng chí Huyện ủy viên"));
            assertTrue(sentence(doc, "cấp ủy cấp huyện đã ban hành").startsWith("2 cấp ủy cấp huyện đã ban hành 2 quyết"));
            assertTrue(sentence(doc, "60/65 đảng ủy xã, phường, thị trấn đã ban hành").contains("3.059 đồng chí"));
            assertTrue(body(doc).contains("- Còn 5 đảng ủy xã, phường, thị trấn chưa ban hành quyết định phân công."));
            assertTrue(sentence(doc, "Kết quả thực hiện Nghị quyết").endsWith("(sâu sát cơ sở) năm 2025"));
            assertEquals(List.of("ĐẢNG BỘ TỈNH LẠNG SƠN", "TỈNH ỦY LẠNG SƠN", "*", "Số 5-BC/TU"),
                    texts(doc.getTables().get(0).getRow(0).getCell(0)));
        }
    }

    @Test
    void zeroFiguresAreWordedNaturallyAndGapsMarked() throws IOException {
        try (XWPFDocument doc = write(NarrativeSamples.emptyCommune().build(), NarrativeSamples.details(""),
                NarrativeSamples.partyProfile())) {
            List<String> text = body(doc);
            assertTrue(text.contains("Trong kỳ chưa thành lập tổ công tác nào."));
            assertTrue(text.contains("Trong kỳ chưa tiếp nhận kiến nghị, vướng mắc nào của Nhân dân."));
            assertTrue(text.contains("Trong kỳ chưa tổ chức buổi đối thoại trực tiếp nào với Nhân dân."));
            assertTrue(text.contains("Trong kỳ chưa ghi nhận buổi làm việc tại cơ sở nào."));
            assertTrue(text.contains("Trong kỳ chưa có xã, thôn, khối phố và hộ gia đình nào có cấp ủy viên, cán bộ"
                    + " phụ trách."));
            assertFalse(text.stream().anyMatch(t -> t.contains("đảng ủy xã nào")), "a commune is not told about communes");
            assertFalse(text.stream().anyMatch(t -> t.contains("0/")), "no 0 of n");
            assertTrue(text.contains("Trong kỳ, Ban Thường vụ Đảng ủy xã Hữu Lũng chưa phân công cấp ủy viên, cán bộ lãnh"
                    + " đạo, quản lý phụ trách cơ sở."));
            assertTrue(sentence(doc, "Kết quả thực hiện Nghị quyết").endsWith("(sâu sát cơ sở) tháng 5 năm 2026"));
            assertFalse(text.stream().anyMatch(t -> t.matches(".*\\b0 (đồng chí|tổ|buổi|kiến nghị)\\b.*")),
                    "no sentence counts nothing");
            int strengths = text.indexOf("1. Ưu điểm");
            XWPFParagraph gap = doc.getParagraphs().get(strengths + 1);
            assertEquals("[Bổ sung nhận xét]", gap.getText());
            assertEquals("yellow", gap.getRuns().get(0).getTextHightlightColor().toString());
            assertTrue(text.indexOf("[Bổ sung nguyên nhân]") > text.indexOf("IV. NGUYÊN NHÂN"));
        }
    }

    @Test
    void textFromTheDatabaseIsWrittenVerbatim() throws IOException {
        NarrativeSamples.Builder b = NarrativeSamples.huuLung();
        b.workingGroups = new WorkingGroupFigures(1, List.of(new WorkingGroupRow("=HYPERLINK(\"x\")", "@Huyện ủy",
                2022, LocalDate.of(2022, 8, 1), "-Nguyễn Văn A", 3, List.of("+xã Một"), true, null)));
        b.concerns = new ConcernFigures(5, List.of(), 0, List.of(new TopicRow("=SUM(A1:A9)", "=SUM", 5, 5, 0, 0)));
        DocumentDetails details = new DocumentDetails("=1+1", LocalDate.of(2023, 7, 5), "@Hữu Lũng", null, null,
                "-Nguyễn", List.of("=cmd|' /C calc'!A0", "- Lưu VP."));
        try (XWPFDocument doc = write(b.build(), details, NarrativeSamples.partyProfile())) {
            assertTrue(sentence(doc, "đã thành lập 1 tổ công tác").contains(
                    "=HYPERLINK(\"x\") (@Huyện ủy; tổ trưởng: đồng chí -Nguyễn Văn A; 3 thành viên; phụ trách +xã Một)"));
            assertTrue(sentence(doc, "tập trung chủ yếu vào").contains("=SUM(A1:A9) (5 kiến nghị)"));
            List<String> left = texts(doc.getTables().get(0).getRow(0).getCell(0));
            assertEquals("Số =1+1-BC/HU", left.get(3));
            assertTrue(texts(doc.getTables().get(0).getRow(0).getCell(1)).get(1).startsWith("@Hữu Lũng, ngày 05"));
            assertEquals(List.of("Nơi nhận:", "- =cmd|' /C calc'!A0", "- Lưu VP."),
                    texts(doc.getTables().get(1).getRow(0).getCell(0)));
            List<String> signer = texts(doc.getTables().get(1).getRow(0).getCell(1));
            assertEquals("-Nguyễn", signer.get(signer.size() - 1));
        }
    }

    /** Cancels once it has been asked {@code allowed} times. */
    private static ReportControl cancelAfter(int allowed, AtomicInteger polls) {
        return new ReportControl() {
            @Override
            public boolean isCancelled() {
                return polls.incrementAndGet() > allowed;
            }
        };
    }

    @Test
    void cancellingLeavesNoFileBehind() throws IOException {
        AtomicInteger counted = new AtomicInteger();
        Path complete = dir.resolve("complete.docx");
        writer.write(NarrativeSamples.huuLung().build(), NarrativeSamples.details("1"), NarrativeSamples.partyProfile(),
                complete, cancelAfter(Integer.MAX_VALUE, counted));
        Files.delete(complete);
        int polls = counted.get();
        assertTrue(polls > 10, "polled between paragraphs, not only once");
        for (int allowed : new int[] {0, 1, polls / 2, polls - 1}) {
            ReportControl control = cancelAfter(allowed, new AtomicInteger());
            Path out = dir.resolve("huy-" + allowed + ".docx");
            assertThrows(ReportCancelledException.class, () -> writer.write(NarrativeSamples.huuLung().build(),
                    NarrativeSamples.details("1"), NarrativeSamples.partyProfile(), out, control));
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(List.of(), files.toList(), "cancelled after " + allowed + " polls");
            }
        }
    }

    @Test
    void progressIsReportedToTheEnd() {
        AtomicInteger lastDone = new AtomicInteger(-1);
        ReportControl control = new ReportControl() {
            @Override
            public void progress(long done, long total, String messageKey) {
                assertTrue(done >= lastDone.get() && done <= total);
                lastDone.set((int) done);
                assertTrue(new I18n(I18n.VIETNAMESE).has(messageKey), messageKey);
            }
        };
        writer.write(NarrativeSamples.huuLung().build(), NarrativeSamples.details("1"), NarrativeSamples.partyProfile(),
                dir.resolve("a.docx"), control);
        assertEquals(3, lastDone.get());
    }

    @Test
    void anUnwritablePlaceGivesAClearError() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        NarrativeWriteException e = assertThrows(NarrativeWriteException.class, () -> writer.write(
                NarrativeSamples.huuLung().build(), NarrativeSamples.details("1"), NarrativeSamples.partyProfile(),
                notAFolder.resolve("bao-cao.docx"), ReportControl.NONE));
        String message = new org.diaban.i18n.ErrorMessages(new I18n(I18n.VIETNAMESE)).describe(e);
        assertTrue(message.startsWith("Không ghi được tệp ") && message.contains("bao-cao.docx"), message);
    }

    @Test
    void aMistypedProfilePatternIsNamed() {
        FormatProfile party = NarrativeSamples.partyProfile();
        FormatProfile broken = new FormatProfile(party.id(), party.name(), party.fontName(), party.margins(),
                party.sizes(), party.nationalTitle(), null, "Số {0-BC/{1}", party.placeDatePattern(),
                party.signerCapacity(), party.signerTitle(), true);
        Path out = dir.resolve("x.docx");
        RuntimeException e = assertThrows(RuntimeException.class, () -> writer.write(NarrativeSamples.huuLung().build(),
                NarrativeSamples.details("1"), broken, out, ReportControl.NONE));
        String message = new org.diaban.i18n.ErrorMessages(new I18n(I18n.VIETNAMESE)).describe(e);
        assertTrue(message.contains("\"Số {0-BC/{1}\"") && message.contains(party.name()), message);
        assertFalse(Files.exists(out));
    }

    @Test
    void englishDraftUsesTheEnglishTemplates() throws IOException {
        NarrativeWriter english = new NarrativeWriter(new I18n(I18n.ENGLISH));
        Path out = dir.resolve("en.docx");
        english.write(NarrativeSamples.huuLung().build(), NarrativeSamples.details("12"),
                NarrativeSamples.partyProfile(), out, ReportControl.NONE);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out))) {
            List<String> text = body(doc);
            assertTrue(text.contains("II. RESULTS"));
            assertTrue(sentence(doc, "assigned 79 comrades").contains("8 standing committee members, 27 district"
                    + " committee members, 44 leaders and managers"));
            assertTrue(sentence(doc, "Land and site clearance").contains("Land and site clearance (21)"));
            assertFalse(allParagraphs(doc).stream().anyMatch(p -> p.getText().contains("!narrative.")));
        }
    }
}
