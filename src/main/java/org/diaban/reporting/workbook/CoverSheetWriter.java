package org.diaban.reporting.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;
import org.apache.poi.ss.usermodel.ShapeTypes;
import org.diaban.reporting.FormatProfile;

/**
 * The report itself in the party's (or the state's) document layout, on a portrait A4 page: the
 * header block in two halves, the title, the summary table, the signature block beside "Nơi nhận".
 * Five columns serve both the header halves (A–B left, C–E right) and the table (STT in A, the
 * indicator across B–C, the result in D, the note in E).
 */
final class CoverSheetWriter {

    private static final double[] WIDTHS_MM = {11, 56, 34, 27, 37};
    private static final int LEFT_END = 1;
    private static final int RIGHT_START = 2;
    private static final int LAST = 4;
    private static final int EMU_PER_PX = 9525;
    private static final int EMU_PER_PT = 12700;
    private static final String PERCENT_SIGN_FORMAT = "0.0\"%\"";
    /** Blank rows for the handwritten signature and seal. */
    private static final int SIGNATURE_SPACE = 4;

    private final Cells cells;
    private final PageLayout layout;
    private final FormatProfile profile;

    CoverSheetWriter(Cells cells, PageLayout layout, FormatProfile profile) {
        this.cells = cells;
        this.layout = layout;
        this.profile = profile;
    }

    void write(SXSSFSheet sheet, CoverTexts t) {
        double[] widths = layout.setColumnWidths(sheet, WIDTHS_MM, false);
        double leftMm = widths[0] + widths[1];
        double rightMm = widths[2] + widths[3] + widths[4];
        FormatProfile.Sizes s = profile.sizes();
        sheet.createDrawingPatriarch();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();

        // header block: left the parent body and the issuer, right the national title
        Row r0 = sheet.createRow(0);
        half(sheet, r0, 0, LEFT_END, t.parentBody(), look(s.parentBody()));
        half(sheet, r0, RIGHT_START, LAST, t.nationalTitle(), look(s.nationalTitle()).withBold());
        r0.setHeightInPoints(height(s.parentBody(), PageLayout.capsLines(t.parentBody(), leftMm, s.parentBody()),
                s.nationalTitle(), PageLayout.capsLines(t.nationalTitle(), rightMm, s.nationalTitle())));
        Row r1 = sheet.createRow(1);
        half(sheet, r1, 0, LEFT_END, t.issuer(), look(s.issuer()).withBold());
        int mottoLines = 0;
        if (t.motto() != null) {
            half(sheet, r1, RIGHT_START, LAST, t.motto(), look(s.nationalMotto()).withBold());
            mottoLines = PageLayout.lines(t.motto(), rightMm, s.nationalMotto(), true);
        }
        r1.setHeightInPoints(height(s.issuer(), PageLayout.capsLines(t.issuer(), leftMm, s.issuer()),
                s.nationalMotto(), mottoLines));
        Row r2 = sheet.createRow(2);
        half(sheet, r2, 0, LEFT_END, t.star() == null ? "" : t.star(), look(s.issuer()));
        r2.setHeightInPoints(PageLayout.lineHeight(s.issuer()) + 2);
        // the rule: under the national title (party) or under the motto (state), as long as that text
        if (t.motto() == null) {
            rule(sheet, drawing, 1, RIGHT_START, LAST, PageLayout.widthPt(t.nationalTitle(), s.nationalTitle(), true));
        } else {
            rule(sheet, drawing, 2, RIGHT_START, LAST, PageLayout.widthPt(t.motto(), s.nationalMotto(), false));
            // the state's short rule under the issuer instead of the party's star
            rule(sheet, drawing, 2, 0, LEFT_END, PageLayout.widthPt(t.issuer(), s.issuer(), true) / 3);
        }
        Row r3 = sheet.createRow(3);
        half(sheet, r3, 0, LEFT_END, t.number(), look(s.number()));
        half(sheet, r3, RIGHT_START, LAST, t.placeDate(), look(s.placeDate()).withItalic());
        r3.setHeightInPoints(height(s.number(), PageLayout.lines(t.number(), leftMm, s.number(), false),
                s.placeDate(), PageLayout.lines(t.placeDate(), rightMm, s.placeDate(), false)));

        int r = 5;
        r = across(sheet, r, t.title(), look(s.title()).withBold(), widths, true);
        r = across(sheet, r, t.subtitle(), look(s.body()).withBold(), widths, false);
        Row dash = sheet.createRow(r++);
        half(sheet, dash, 0, LAST, "-----", look(s.body()));
        if (t.phaseNote() != null) {
            r++;
            r = across(sheet, r, t.phaseNote(), Styles.Look.text(s.table()).withItalic(), widths, false);
        }
        r++;
        int headerRow = r;
        r = table(sheet, r, t, widths);
        r++;
        r = signature(sheet, r, t, widths);
        layout.apply(sheet, false, LAST, r - 1, headerRow, headerRow);
    }

    private Styles.Look look(int size) {
        return Styles.Look.text(size).align(HorizontalAlignment.CENTER);
    }

    private static float height(int sizeA, int linesA, int sizeB, int linesB) {
        return Math.max(PageLayout.lineHeight(sizeA) * Math.max(1, linesA),
                PageLayout.lineHeight(sizeB) * linesB) + 2;
    }

    /** A text merged over columns first..last of one row. */
    private void half(Sheet sheet, Row row, int first, int last, String text, Styles.Look look) {
        cells.put(row, first, text, look, null);
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
        }
    }

    private int across(Sheet sheet, int r, String text, Styles.Look look, double[] widths, boolean caps) {
        Row row = sheet.createRow(r);
        half(sheet, row, 0, LAST, text, look);
        double total = 0;
        for (double w : widths) {
            total += w;
        }
        int lines = caps ? PageLayout.capsLines(text, total, look.size())
                : PageLayout.lines(text, total, look.size(), look.bold());
        row.setHeightInPoints(PageLayout.lineHeight(look.size()) * lines + 4);
        return r + 1;
    }

    private int table(Sheet sheet, int r, CoverTexts t, double[] widths) {
        int size = profile.sizes().table();
        double[] tableWidths = {widths[0], widths[1] + widths[2], widths[3], widths[4]};
        Styles.Look head = Styles.Look.text(size).withBold().bordered().align(HorizontalAlignment.CENTER);
        Row header = sheet.createRow(r);
        List<String> titles = t.tableHeader();
        cells.put(header, 0, titles.get(0), head, null);
        cells.put(header, 1, titles.get(1), head, null);
        cells.put(header, 2, "", head, null);
        cells.put(header, 3, titles.get(2), head, null);
        cells.put(header, 4, titles.get(3), head, null);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
        header.setHeightInPoints(PageLayout.rowHeight(titles.toArray(), tableWidths, size, true));
        r++;
        for (SummaryLine line : t.lines()) {
            Row row = sheet.createRow(r);
            Styles.Look base = Styles.Look.text(size).bordered();
            if (line.section()) {
                base = base.withBold();
            }
            cells.put(row, 0, line.number(), base.align(HorizontalAlignment.CENTER), null);
            cells.put(row, 1, line.label(), base, null);
            cells.put(row, 2, "", base, null);
            Object value = line.value();
            // results centred, as the party's tables have them, whether a count or "24/24"
            cells.put(row, 3, value, base.align(HorizontalAlignment.CENTER),
                    value instanceof Double ? PERCENT_SIGN_FORMAT : null);
            cells.put(row, 4, line.note(), base.align(HorizontalAlignment.CENTER), PERCENT_SIGN_FORMAT);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
            Object[] texts = {line.number(), line.label(), null, line.note()};
            row.setHeightInPoints(PageLayout.rowHeight(texts, tableWidths, size, line.section()));
            r++;
        }
        return r;
    }

    /** Right: who signs; left, level with it: "Nơi nhận:" and the recipients. */
    private int signature(Sheet sheet, int r, CoverTexts t, double[] widths) {
        FormatProfile.Sizes s = profile.sizes();
        double leftMm = widths[0] + widths[1];
        List<String> right = new ArrayList<>();
        right.add(t.signerCapacity());
        right.add(t.signerTitle());
        for (int i = 0; i < SIGNATURE_SPACE; i++) {
            right.add("");
        }
        right.add(t.signerName());
        int rows = Math.max(right.size(), t.recipients().size() + 1);
        for (int i = 0; i < rows; i++) {
            Row row = sheet.createRow(r + i);
            float height = PageLayout.lineHeight(s.signature()) + 2;
            if (i == 0) {
                half(sheet, row, 0, LEFT_END, t.recipientsHeading(),
                        Styles.Look.text(s.recipients()).withBold().withItalic());
            } else if (i <= t.recipients().size()) {
                String line = t.recipients().get(i - 1);
                int size = Math.max(6, s.recipients() - 1);
                half(sheet, row, 0, LEFT_END, line, Styles.Look.text(size));
                height = Math.max(height, PageLayout.lineHeight(size) * PageLayout.lines(line, leftMm, size, false)
                        + 2);
            }
            if (i < right.size()) {
                half(sheet, row, RIGHT_START, LAST, right.get(i), look(s.signature()).withBold());
            }
            row.setHeightInPoints(height);
        }
        return r + rows;
    }

    /**
     * A horizontal line centred in columns first..last, at the top of the row, as long as the text
     * above it (a drawn line, since a cell border would run the whole merged width).
     */
    private static void rule(SXSSFSheet sheet, XSSFDrawing drawing, int row, int first, int last, double lengthPt) {
        double start = 0;
        for (int c = 0; c < first; c++) {
            start += sheet.getColumnWidthInPixels(c);
        }
        double width = 0;
        for (int c = first; c <= last; c++) {
            width += sheet.getColumnWidthInPixels(c);
        }
        double lengthPx = Math.min(width, lengthPt * 96 / 72);
        double from = start + (width - lengthPx) / 2;
        double to = from + lengthPx;
        int[] a = column(sheet, from);
        int[] b = column(sheet, to);
        XSSFClientAnchor anchor = drawing.createAnchor(a[1], EMU_PER_PT, b[1], EMU_PER_PT, a[0], row, b[0], row);
        XSSFSimpleShape line = drawing.createSimpleShape(anchor);
        line.setShapeType(ShapeTypes.LINE);
        line.setLineWidth(0.75);
        line.setLineStyleColor(0, 0, 0);
    }

    /** The column holding a position in pixels from the left edge, and the offset in it (EMU). */
    private static int[] column(SXSSFSheet sheet, double px) {
        double left = 0;
        for (int c = 0; c <= LAST; c++) {
            double w = sheet.getColumnWidthInPixels(c);
            if (px <= left + w || c == LAST) {
                return new int[] {c, (int) Math.round(Math.min(px - left, w) * EMU_PER_PX)};
            }
            left += w;
        }
        return new int[] {LAST, 0};
    }
}
