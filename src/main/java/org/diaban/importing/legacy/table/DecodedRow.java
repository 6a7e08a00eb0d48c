package org.diaban.importing.legacy.table;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.diaban.importing.legacy.text.CellTextDecoder;
import org.diaban.importing.legacy.text.LegacyText;
import org.diaban.importing.legacy.workbook.CellKind;
import org.diaban.importing.legacy.workbook.RawCell;
import org.diaban.importing.legacy.workbook.RowCells;

/** A row with each cell decoded by its font: column → cell, blank cells left out. */
record DecodedRow(int row, Map<Integer, TableCell> cells) {

    static DecodedRow of(RowCells row) {
        Map<Integer, TableCell> cells = new TreeMap<>();
        for (RawCell raw : row.cells()) {
            TableCell cell = new TableCell(textOf(raw), raw);
            if (cell.text() != null || raw.isDate()) {
                cells.put(raw.column(), cell);
            }
        }
        return new DecodedRow(row.row(), cells);
    }

    /** The text of a cell: decoded and normalised text, a number as written, null for a date. */
    static String textOf(RawCell raw) {
        if (raw.isDate()) {
            return null;
        }
        if (raw.kind() == CellKind.TEXT) {
            return raw.text() == null ? null : LegacyText.normalize(CellTextDecoder.decode(raw.text(), raw.fontName()));
        }
        if (raw.kind() == CellKind.NUMBER) {
            return numberText(raw.number());
        }
        if (raw.kind() == CellKind.BOOLEAN) {
            return raw.bool() ? "TRUE" : "FALSE";
        }
        return LegacyText.normalize(raw.text());
    }

    /** A number as written: "12", "1.5", "0.001"; whole numbers without BigDecimal, as most cells are. */
    static String numberText(double number) {
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    String text(int column) {
        TableCell cell = cells.get(column);
        return cell == null ? null : cell.text();
    }

    boolean isEmpty() {
        return cells.isEmpty();
    }
}
