package org.diaban.reporting.workbook;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes one value into a cell with the look of its column. Text is always a text cell; text that
 * Excel would take for a formula (=, +, -, @ first) also gets the quote prefix, so that editing the
 * cell in Excel keeps it text.
 */
final class Cells {

    static final String INTEGER_FORMAT = "#,##0";
    static final String PERCENT_FORMAT = "0.0";
    static final String DATE_FORMAT = "dd/mm/yyyy";
    private static final int MAX_TEXT = 32_767;
    private static final int VALUE_SORTS = 6;

    private final Styles styles;
    private final Map<Integer, CellStyle> tableStyles = new HashMap<>();

    Cells(Styles styles) {
        this.styles = styles;
    }

    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    /** A table cell: bordered, aligned by its column's kind. */
    Cell table(Row row, int column, Object value, CellKind kind, int size, boolean bold) {
        // the style of a table cell depends only on these few things: found without building its look
        int key = ((size * 2 + (bold ? 1 : 0)) * CellKind.values().length + kind.ordinal()) * VALUE_SORTS
                + valueSort(value);
        CellStyle style = tableStyles.get(key);
        if (style == null) {
            Styles.Look look = new Styles.Look(size, bold, false, align(kind, value), true, true, null, false);
            Cell cell = put(row, column, value, look, kind == CellKind.PERCENT ? PERCENT_FORMAT : null);
            tableStyles.put(key, cell.getCellStyle());
            return cell;
        }
        Cell cell = row.createCell(column);
        setValue(cell, value);
        cell.setCellStyle(style);
        return cell;
    }

    /** What decides a table cell's style about its value: text (quoted or not), a day, a fraction, a count, empty. */
    private static int valueSort(Object value) {
        if (value instanceof String s) {
            return looksLikeFormula(s) ? 1 : 0;
        }
        if (value instanceof LocalDate) {
            return 2;
        }
        if (value instanceof Double) {
            return 3;
        }
        return value instanceof Number ? 4 : 5;
    }

    private static void setValue(Cell cell, Object value) {
        if (value instanceof String s) {
            cell.setCellValue(s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 1) + "…" : s);
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        }
    }

    /**
     * Any cell: numbers get the grouping format (or {@code numberFormat}), days dd/MM/yyyy, text
     * stays text.
     */
    Cell put(Row row, int column, Object value, Styles.Look look, String numberFormat) {
        Cell cell = row.createCell(column);
        // a cell holds at most 32,767 characters; a longer text from the database is cut, not a crash
        setValue(cell, value);
        if (value instanceof String s) {
            cell.setCellStyle(styles.get(look.quoted(looksLikeFormula(s))));
        } else if (value instanceof LocalDate) {
            cell.setCellStyle(styles.get(look.format(DATE_FORMAT)));
        } else if (value instanceof Double) {
            cell.setCellStyle(styles.get(look.format(numberFormat == null ? PERCENT_FORMAT : numberFormat)));
        } else if (value instanceof Number) {
            cell.setCellStyle(styles.get(look.format(numberFormat == null ? INTEGER_FORMAT : numberFormat)));
        } else {
            cell.setCellStyle(styles.get(look));
        }
        return cell;
    }

    private static HorizontalAlignment align(CellKind kind, Object value) {
        return switch (kind) {
            case TEXT -> HorizontalAlignment.LEFT;
            case CENTER, DATE -> HorizontalAlignment.CENTER;
            case INTEGER, PERCENT -> value instanceof String ? HorizontalAlignment.CENTER : HorizontalAlignment.RIGHT;
        };
    }
}
