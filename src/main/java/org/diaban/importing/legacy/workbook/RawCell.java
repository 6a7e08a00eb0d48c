package org.diaban.importing.legacy.workbook;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One non-blank cell as the file stores it, before any decoding or parsing.
 *
 * @param row         1-based Excel row number
 * @param column      1-based column number (A = 1)
 * @param kind        the kind of value; for a formula, the kind of its cached result
 * @param text        the raw string for {@link CellKind#TEXT} cells exactly as POI gives it (legacy
 *                    TCVN3/VNI bytes still undecoded, soft hyphens kept), the error code for
 *                    {@link CellKind#ERROR}, otherwise {@code null}
 * @param number      the numeric value for {@link CellKind#NUMBER} cells, otherwise 0
 * @param dateTime    for a number in a date format, the date it stands for (1900 or 1904 system
 *                    already applied), otherwise {@code null}
 * @param bool        the value of a {@link CellKind#BOOLEAN} cell, otherwise false
 * @param formula     the formula text (without "=") when the cell is a formula, otherwise
 *                    {@code null}; empty for an xlsx shared formula's dependent cells and for an
 *                    .xls formula POI cannot render (the cached value is still given)
 * @param fontName    the font the text is shown in: the first rich-text run's font when that run
 *                    names one, else the cell style's font; {@code null} if unknown
 */
public record RawCell(int row, int column, CellKind kind, String text, double number,
                      LocalDateTime dateTime, boolean bool, String formula, String fontName) {

    public RawCell {
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether this is a real date cell: a number in a date format. */
    public boolean isDate() {
        return dateTime != null;
    }

    /** The date of a real date cell, otherwise {@code null}. */
    public LocalDate date() {
        return dateTime == null ? null : dateTime.toLocalDate();
    }

    public boolean isFormula() {
        return formula != null;
    }

    /** A short "A1"-style reference for messages. */
    public String reference() {
        return CellRange.columnName(column) + row;
    }
}
