package org.diaban.importing.legacy.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.diaban.domain.text.VietnameseText;
import org.diaban.importing.legacy.workbook.CellRange;
import org.diaban.importing.legacy.workbook.SheetInfo;

/**
 * Finds the header of a table among the first rows of a sheet: tries every run of one to three
 * rows as the header, reads each column's header cells top to bottom (a merged group cell counts
 * for every column under it; a column-numbering row "(1) (2) ..." is left out), and scores every
 * shape by the columns it finds there.
 */
final class HeaderFinder {

    static final int MAX_HEADER_ROWS = 3;
    private static final int MIN_COLUMNS = 3;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NUMBERING = Pattern.compile("\\(\\d{1,2}\\)");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d{1,2}");

    /** A header found: the shape, the header rows and the column of each kind. */
    record Header(TableShape shape, List<Integer> rows, Map<ColumnKind, Integer> columns) {
    }

    private HeaderFinder() {
    }

    static Optional<Header> find(SheetInfo sheet, List<DecodedRow> top) {
        Map<Integer, DecodedRow> byRow = new HashMap<>();
        int maxColumn = 0;
        for (DecodedRow row : top) {
            byRow.put(row.row(), row);
            for (int column : row.cells().keySet()) {
                maxColumn = Math.max(maxColumn, column);
            }
        }
        Header best = null;
        int bestScore = 0;
        for (DecodedRow first : top) {
            if (first.cells().size() < 2 || isNumberingRow(first, true)) {
                continue;
            }
            for (int span = 1; span <= MAX_HEADER_ROWS; span++) {
                List<Integer> rows = new ArrayList<>();
                for (int r = first.row(); r < first.row() + span; r++) {
                    DecodedRow row = byRow.get(r);
                    if (row != null && !row.isEmpty() && !isNumberingRow(row, true)) {
                        rows.add(r);
                    }
                }
                List<List<String>> parts = new ArrayList<>();
                for (int column = 1; column <= maxColumn; column++) {
                    parts.add(headerParts(sheet, byRow, rows, column));
                }
                for (TableShape shape : TableShape.values()) {
                    Map<ColumnKind, Integer> columns = match(shape, parts);
                    if (columns == null) {
                        continue;
                    }
                    int score = columns.size() * 10 - rows.size();
                    if (score > bestScore) {
                        bestScore = score;
                        best = new Header(shape, rows, columns);
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The columns of a shape found in these header columns, or null if a required one is missing. */
    private static Map<ColumnKind, Integer> match(TableShape shape, List<List<String>> parts) {
        Map<ColumnKind, Integer> columns = new EnumMap<>(ColumnKind.class);
        boolean[] taken = new boolean[parts.size()];
        for (ColumnSpec spec : shape.columns()) {
            for (int i = 0; i < parts.size(); i++) {
                if (!taken[i] && spec.matches(parts.get(i))) {
                    taken[i] = true;
                    columns.put(spec.kind(), i + 1);
                    break;
                }
            }
            if (spec.required() && !columns.containsKey(spec.kind())) {
                return null;
            }
        }
        return columns.size() >= MIN_COLUMNS ? columns : null;
    }

    /** The folded header texts of a column, top to bottom, without repeats. */
    private static List<String> headerParts(SheetInfo sheet, Map<Integer, DecodedRow> byRow, List<Integer> rows,
                                            int column) {
        List<String> parts = new ArrayList<>();
        for (int r : rows) {
            String text = textAt(sheet, byRow, r, column);
            String folded = fold(text);
            if (!folded.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(folded))) {
                parts.add(folded);
            }
        }
        return parts;
    }

    private static String textAt(SheetInfo sheet, Map<Integer, DecodedRow> byRow, int row, int column) {
        CellRange merged = sheet.mergedRegionAt(row, column);
        int r = merged == null ? row : merged.firstRow();
        int c = merged == null ? column : merged.firstColumn();
        DecodedRow source = byRow.get(r);
        return source == null ? null : source.text(c);
    }

    /** Folded and with punctuation as spaces: "Xã, thị trấn" → "xa thi tran". */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return NON_WORD.matcher(VietnameseText.fold(text)).replaceAll(" ").strip();
    }

    /**
     * A column-numbering row: "(1) (2) (3) ...", or when not only parenthesised ones count,
     * "1 2 3 ..." from 1 (month sub-headers 1..12 are parts of a header, so the header search
     * only takes the parenthesised form).
     */
    static boolean isNumberingRow(DecodedRow row, boolean parenthesisedOnly) {
        if (row.cells().size() < 3) {
            return false;
        }
        int expected = -1;
        for (TableCell cell : row.cells().values()) {
            String text = cell.text();
            boolean numbered = text != null && (NUMBERING.matcher(text).matches()
                    || !parenthesisedOnly && PLAIN_NUMBER.matcher(text).matches());
            if (!numbered) {
                return false;
            }
            int n = Integer.parseInt(text.replaceAll("\\D", ""));
            if (expected < 0 && !parenthesisedOnly && n != 1 || expected >= 0 && n != expected) {
                return false;
            }
            expected = n + 1;
        }
        return true;
    }
}
