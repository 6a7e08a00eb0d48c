package org.diaban.importing.legacy.workbook;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The second pass over a sheet part: turns {@code <row>} / {@code <c>} elements into
 * {@link RowCells} and hands each row to the session as soon as it ends. Handles shared strings
 * ({@code t="s"}), inline strings ({@code t="inlineStr"}, as streaming exporters write them),
 * formula results ({@code t="str"}, {@code <f>}), booleans, errors, ISO dates ({@code t="d"}) and
 * numbers, with the cell style's font and number format.
 */
final class XlsxSheetDataHandler extends DefaultHandler {

    /** What a style index gives: the font name and whether numbers in it are dates. */
    private record Style(String fontName, int formatIndex, String formatString) {
    }

    private final ReadSession session;
    private final StylesTable styles;
    private final List<XlsxSharedStringsHandler.SharedString> strings;
    private final boolean date1904;
    private final Map<Integer, Style> styleCache = new HashMap<>();

    private int rowNumber;
    private boolean rowHidden;
    private List<RawCell> cells;

    private int column;
    private String type;
    private int styleIndex;
    private boolean inValue;
    private boolean inFormula;
    private boolean inInline;
    private boolean hasFormula;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private final RichTextCollector inline = new RichTextCollector();

    XlsxSheetDataHandler(ReadSession session, StylesTable styles, List<XlsxSharedStringsHandler.SharedString> strings,
                         boolean date1904) {
        this.session = session;
        this.styles = styles;
        this.strings = strings;
        this.date1904 = date1904;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = XlsxXml.local(localName, qName);
        if (inInline) {
            inline.startElement(name, attributes);
            return;
        }
        switch (name) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                rowHidden = XlsxXml.isTrue(attributes.getValue("hidden"));
                cells = new ArrayList<>();
                column = 0;
            }
            case "c" -> startCell(attributes);
            case "v" -> inValue = true;
            case "f" -> {
                inFormula = true;
                hasFormula = true;
            }
            case "is" -> inInline = true;
            default -> {
            }
        }
    }

    private void startCell(Attributes attributes) {
        String ref = attributes.getValue("r");
        int fromRef = ref == null ? -1 : XlsxXml.column(ref);
        column = fromRef > 0 ? fromRef : column + 1;
        type = attributes.getValue("t");
        String s = attributes.getValue("s");
        styleIndex = s == null ? 0 : Integer.parseInt(s);
        hasFormula = false;
        value.setLength(0);
        formula.setLength(0);
        inline.reset();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        } else if (inFormula) {
            formula.append(ch, start, length);
        } else if (inInline) {
            inline.characters(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = XlsxXml.local(localName, qName);
        if (inInline) {
            inInline = !name.equals("is");
            inline.endElement(name);
            return;
        }
        switch (name) {
            case "v" -> inValue = false;
            case "f" -> inFormula = false;
            case "c" -> {
                RawCell cell = cell();
                if (cell != null) {
                    cells.add(cell);
                }
            }
            case "row" -> {
                session.row(new RowCells(rowNumber, rowHidden, cells));
                cells = null;
            }
            default -> {
            }
        }
    }

    /** The finished cell, or {@code null} when it holds no value. */
    private RawCell cell() {
        Style style = style(styleIndex);
        String font = style.fontName();
        String formulaText = hasFormula ? formula.toString() : null;
        String raw = value.toString();
        String t = type == null ? "n" : type;
        switch (t) {
            case "inlineStr" -> {
                return text(inline.text(), formulaText, inline.firstRunFont() != null ? inline.firstRunFont() : font);
            }
            case "s" -> {
                if (raw.isEmpty()) {
                    return null;
                }
                XlsxSharedStringsHandler.SharedString item = strings.get(Integer.parseInt(raw.trim()));
                return text(item.text(), formulaText, item.firstRunFont() != null ? item.firstRunFont() : font);
            }
            case "str" -> {
                return text(raw, formulaText, font);
            }
            case "b" -> {
                return raw.isEmpty() && formulaText == null ? null : new RawCell(rowNumber, column,
                        CellKind.BOOLEAN, null, 0, null, XlsxXml.isTrue(raw.trim()), formulaText, font);
            }
            case "e" -> {
                return new RawCell(rowNumber, column, CellKind.ERROR, raw, 0, null, false, formulaText, font);
            }
            case "d" -> {
                return isoDate(raw, formulaText, font);
            }
            default -> {
                if (raw.isEmpty()) {
                    return formulaText == null ? null : text("", formulaText, font);
                }
                double number = Double.parseDouble(raw.trim());
                LocalDateTime date = DateCells.dateOf(number, style.formatIndex(), style.formatString(), date1904);
                return new RawCell(rowNumber, column, CellKind.NUMBER, null, number, date, false, formulaText, font);
            }
        }
    }

    private RawCell text(String text, String formulaText, String font) {
        return new RawCell(rowNumber, column, CellKind.TEXT, text, 0, null, false, formulaText, font);
    }

    /** A {@code t="d"} cell: an ISO 8601 date stored as text; kept as text if it does not parse. */
    private RawCell isoDate(String raw, String formulaText, String font) {
        try {
            String iso = raw.trim();
            LocalDateTime date = iso.contains("T") ? LocalDateTime.parse(iso.replace("Z", ""))
                    : LocalDate.parse(iso).atStartOfDay();
            return new RawCell(rowNumber, column, CellKind.NUMBER, null, DateUtil.getExcelDate(date, date1904), date,
                    false, formulaText, font);
        } catch (DateTimeParseException e) {
            return text(raw, formulaText, font);
        }
    }

    private Style style(int index) {
        return styleCache.computeIfAbsent(index, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return new Style(null, 0, null);
            }
            XSSFCellStyle style = styles.getStyleAt(i);
            return new Style(style.getFont().getFontName(), style.getDataFormat(), style.getDataFormatString());
        });
    }
}
