package org.diaban.reporting.workbook;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
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

    private final Styles styles;

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
        Styles.Look look = new Styles.Look(size, bold, false, align(kind, value), true, true, null, false);
        return put(row, column, value, look, kind == CellKind.PERCENT ? PERCENT_FORMAT : null);
    }

    /**
     * Any cell: numbers get the grouping format (or {@code numberFormat}), days dd/MM/yyyy, text
     * stays text.
     */
    Cell put(Row row, int column, Object value, Styles.Look look, String numberFormat) {
        Cell cell = row.createCell(column);
        if (value instanceof String s) {
            // a cell holds at most 32,767 characters; a longer text from the database is cut, not a crash
            String text = s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 1) + "…" : s;
            cell.setCellValue(text);
            cell.setCellStyle(styles.get(look.quoted(looksLikeFormula(text))));
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(styles.get(look.format(DATE_FORMAT)));
        } else if (value instanceof Double d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.get(look.format(numberFormat == null ? PERCENT_FORMAT : numberFormat)));
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
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
