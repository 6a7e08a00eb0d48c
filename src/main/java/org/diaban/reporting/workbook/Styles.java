package org.diaban.reporting.workbook;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook's cell styles, made once per look: a workbook holds at most 64,000 styles, and a
 * streamed sheet of 30,000 rows must reuse a handful of them.
 */
final class Styles {

    /** One look: font, alignment, borders, wrapping, number format, and the quote prefix for text. */
    record Look(int size, boolean bold, boolean italic, HorizontalAlignment align, boolean border, boolean wrap,
                String format, boolean quote) {

        static Look text(int size) {
            return new Look(size, false, false, HorizontalAlignment.LEFT, false, true, null, false);
        }

        Look withBold() {
            return new Look(size, true, italic, align, border, wrap, format, quote);
        }

        Look withItalic() {
            return new Look(size, bold, true, align, border, wrap, format, quote);
        }

        Look align(HorizontalAlignment a) {
            return new Look(size, bold, italic, a, border, wrap, format, quote);
        }

        Look bordered() {
            return new Look(size, bold, italic, align, true, wrap, format, quote);
        }

        Look format(String f) {
            return new Look(size, bold, italic, align, border, wrap, f, quote);
        }

        Look quoted(boolean q) {
            return new Look(size, bold, italic, align, border, wrap, format, q);
        }
    }

    private record FontKey(int size, boolean bold, boolean italic) {
    }

    private final Workbook workbook;
    private final String fontName;
    private final Map<Look, CellStyle> styles = new HashMap<>();
    private final Map<FontKey, Font> fonts = new HashMap<>();

    Styles(Workbook workbook, String fontName) {
        this.workbook = workbook;
        this.fontName = fontName;
    }

    String fontName() {
        return fontName;
    }

    CellStyle get(Look look) {
        return styles.computeIfAbsent(look, this::create);
    }

    private CellStyle create(Look look) {
        CellStyle s = workbook.createCellStyle();
        s.setFont(fonts.computeIfAbsent(new FontKey(look.size(), look.bold(), look.italic()), this::font));
        s.setAlignment(look.align());
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(look.wrap());
        if (look.border()) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        if (look.format() != null) {
            s.setDataFormat(workbook.createDataFormat().getFormat(look.format()));
        }
        s.setQuotePrefixed(look.quote());
        return s;
    }

    private Font font(FontKey key) {
        Font f = workbook.createFont();
        f.setFontName(fontName);
        f.setFontHeightInPoints((short) key.size());
        f.setBold(key.bold());
        f.setItalic(key.italic());
        return f;
    }
}
