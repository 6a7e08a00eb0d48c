package org.diaban.reporting.workbook;

import java.text.MessageFormat;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.diaban.reporting.FormatProfile;

/**
 * A sheet's printed page: A4, the profile's margins, one page wide (as many pages down as needed),
 * the table header repeated on each page, page numbers in the footer, the print area; and column
 * widths that add up to the printable width so Excel need not shrink the text.
 */
final class PageLayout {

    static final double A4_SHORT_MM = 210;
    static final double A4_LONG_MM = 297;
    private static final double MM_PER_INCH = 25.4;
    /** Room left for the footer below the bottom margin's edge. */
    private static final double FOOTER_MM = 8;
    /*
     * Average character widths of Times New Roman (and its metric twin Liberation Serif) in Vietnamese
     * text, spaces included, as a share of the font size: measured 0.34 (regular) and 0.48 (bold
     * capitals) on rendered pages, taken a little generous so an estimated line never overflows.
     */
    private static final double WIDTH_REGULAR = 0.36;
    private static final double WIDTH_BOLD = 0.40;
    private static final double WIDTH_CAPS = 0.5;
    /** Excel's tallest row. */
    private static final float MAX_ROW_PT = 409;
    /** The cell's inner margins, left and right together. */
    private static final double CELL_PADDING_MM = 1.8;

    private final FormatProfile profile;
    private final String footerText;

    /**
     * @param footerText the footer with {0} for the page and {1} for the count; the bundle's gives
     *                   the page alone ("Trang {0}"), as the count would run over the whole workbook
     *                   when all its sheets are printed at once
     */
    PageLayout(FormatProfile profile, String footerText) {
        this.profile = profile;
        this.footerText = footerText;
    }

    double printableWidthMm(boolean landscape) {
        double page = landscape ? A4_LONG_MM : A4_SHORT_MM;
        return page - profile.margins().left() - profile.margins().right();
    }

    double printableHeightPt(boolean landscape) {
        double page = landscape ? A4_SHORT_MM : A4_LONG_MM;
        return (page - profile.margins().top() - profile.margins().bottom()) * 72 / MM_PER_INCH;
    }

    /**
     * Scales the widths to the printable width and sets them; returns the widths in millimetres as
     * set, for estimating how text wraps.
     */
    double[] setColumnWidths(Sheet sheet, double[] widthsMm, boolean landscape) {
        double sum = 0;
        for (double w : widthsMm) {
            sum += w;
        }
        // a hair under the width: Excel and LibreOffice round column widths to whole pixels
        double scale = printableWidthMm(landscape) * 0.985 / sum;
        double[] set = new double[widthsMm.length];
        for (int i = 0; i < widthsMm.length; i++) {
            set[i] = widthsMm[i] * scale;
            sheet.setColumnWidth(i, excelWidth(set[i]));
        }
        return set;
    }

    /**
     * Excel's width unit is 1/256 of the default font's digit (Calibri 11: 7 px plus 5 px of
     * padding at 96 dpi).
     */
    static int excelWidth(double mm) {
        double px = mm * 96 / MM_PER_INCH;
        return (int) Math.round(Math.max(0, px - 5) / 7 * 256);
    }

    void apply(Sheet sheet, boolean landscape, int lastColumn, int lastRow, int repeatFrom, int repeatTo) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        FormatProfile.Margins m = profile.margins();
        sheet.setMargin(PageMargin.TOP, m.top() / MM_PER_INCH);
        sheet.setMargin(PageMargin.BOTTOM, m.bottom() / MM_PER_INCH);
        sheet.setMargin(PageMargin.LEFT, m.left() / MM_PER_INCH);
        sheet.setMargin(PageMargin.RIGHT, m.right() / MM_PER_INCH);
        sheet.setMargin(PageMargin.HEADER, Math.min(m.top(), FOOTER_MM) / MM_PER_INCH);
        sheet.setMargin(PageMargin.FOOTER, Math.min(m.bottom(), FOOTER_MM) / MM_PER_INCH);
        // each sheet is its own document: its pages count from 1
        ps.setUsePage(true);
        ps.setPageStart((short) 1);
        sheet.setPrintGridlines(false);
        sheet.setDisplayGridlines(false);
        // Excel's header/footer codes: &"font,style" &size, &P the page, &N the page count
        String font = "&\"" + profile.fontName() + ",Regular\"&11";
        sheet.getFooter().setCenter(font + MessageFormat.format(footerText.replace("'", "''"), "&P", "&N"));
        if (repeatFrom >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(repeatFrom, repeatTo, -1, -1));
        }
        int index = sheet.getWorkbook().getSheetIndex(sheet);
        sheet.getWorkbook().setPrintArea(index, 0, lastColumn, 0, lastRow);
    }

    /**
     * The height of a row whose cells wrap: lines of text each cell needs at its width, for a
     * Times-like font.
     */
    static float rowHeight(Object[] values, double[] widthsMm, int size, boolean bold) {
        int lines = 1;
        for (int i = 0; i < values.length && i < widthsMm.length; i++) {
            if (values[i] instanceof String text) {
                lines = Math.max(lines, lines(text, widthsMm[i], size, bold));
            }
        }
        return Math.min(MAX_ROW_PT, lineHeight(size) * lines + 4);
    }

    static float lineHeight(int size) {
        // Vietnamese stacks marks above and below: more leading than Latin text
        return size * 1.3f;
    }

    static int lines(String text, double widthMm, int size, boolean bold) {
        return lines(text, widthMm, size * (bold ? WIDTH_BOLD : WIDTH_REGULAR));
    }

    /** Capitals are wider. */
    static int capsLines(String text, double widthMm, int size) {
        return lines(text, widthMm, size * WIDTH_CAPS);
    }

    /** How wide a line of text is, in points (for the rule under a title). */
    static double widthPt(String text, int size, boolean caps) {
        return text.length() * size * (caps ? WIDTH_CAPS : WIDTH_REGULAR);
    }

    private static int lines(String text, double widthMm, double charPt) {
        double usablePt = Math.max(1, (widthMm - CELL_PADDING_MM) * 72 / MM_PER_INCH);
        // (with a hair of room: the word-by-word sum below may round a little above the product)
        if (text.length() * charPt < usablePt - 1e-6 && text.indexOf('\n') < 0) {
            // the whole text fits on one line however it breaks: the common case of a table cell,
            // without splitting it into words (a long annex has hundreds of thousands of cells)
            return 1;
        }
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(wordWrapWidth(paragraph, usablePt, charPt)));
        }
        return lines;
    }

    /** Lines a paragraph takes when broken at spaces. */
    private static double wordWrapWidth(String paragraph, double usablePt, double charPt) {
        int lines = 1;
        double used = 0;
        for (String word : paragraph.split(" ")) {
            double wordPt = word.length() * charPt;
            double needed = used == 0 ? wordPt : used + charPt + wordPt;
            if (needed <= usablePt) {
                used = needed;
            } else if (used == 0) {
                lines += (int) (wordPt / usablePt);
                used = wordPt % usablePt;
            } else {
                lines++;
                used = wordPt;
            }
        }
        return lines;
    }
}
