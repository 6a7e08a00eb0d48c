package org.diaban.importing.legacy.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.diaban.domain.text.VietnameseText;
import org.diaban.importing.legacy.workbook.CellKind;
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

    /**
     * A header found: the shape, the header rows, the column of each kind and the header cells no
     * column took.
     */
    record Header(TableShape shape, List<Integer> rows, Map<ColumnKind, Integer> columns,
                  List<HeaderCell> unrecognised) {
    }

    /** The header cells of one column, top to bottom without repeats: folded, and as shown. */
    private record ColumnHeader(List<String> folded, List<String> shown) {

        boolean isEmpty() {
            return folded.isEmpty();
        }

        HeaderCell cell(int column) {
            return new HeaderCell(column, CellRange.columnName(column), String.join(" > ", shown),
                    String.join(" > ", folded));
        }
    }

    private HeaderFinder() {
    }

    static Optional<Header> find(SheetInfo sheet, List<DecodedRow> top) {
        return find(sheet, top, ColumnMappings.none());
    }

    static Optional<Header> find(SheetInfo sheet, List<DecodedRow> top, ColumnMappings mappings) {
        Map<Integer, DecodedRow> byRow = byRow(top);
        int maxColumn = maxColumn(top);
        TableShape bestShape = null;
        List<Integer> bestRows = null;
        Map<ColumnKind, Integer> bestColumns = null;
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
                List<List<String>> parts = folded(columnHeaders(sheet, byRow, rows, maxColumn));
                for (TableShape shape : TableShape.values()) {
                    Map<ColumnKind, Integer> columns = match(shape, parts, mappings);
                    if (columns == null) {
                        continue;
                    }
                    int score = columns.size() * 10 - rows.size();
                    if (score > bestScore) {
                        bestScore = score;
                        bestShape = shape;
                        bestRows = rows;
                        bestColumns = columns;
                    }
                }
            }
        }
        if (bestShape == null) {
            return Optional.empty();
        }
        List<HeaderCell> unrecognised = new ArrayList<>();
        List<ColumnHeader> headers = columnHeaders(sheet, byRow, bestRows, maxColumn);
        for (int i = 0; i < headers.size(); i++) {
            if (!headers.get(i).isEmpty() && !bestColumns.containsValue(i + 1)) {
                unrecognised.add(headers.get(i).cell(i + 1));
            }
        }
        return Optional.of(new Header(bestShape, bestRows, bestColumns, unrecognised));
    }

    /**
     * The most header-like row of a sheet and the shape that comes closest to it; empty when no row
     * has two text cells. A row's score is the number of its text cells, where a merged cell counts
     * once per column it spans if the row has at least three text cells (so a group
     * header row beats a data row, and a title merged across the page counts once); ties go to the
     * upper row. A row with a merged group cell is read together with the row below.
     */
    static Optional<HeaderCandidate> candidate(SheetInfo sheet, List<DecodedRow> top, ColumnMappings mappings) {
        DecodedRow best = null;
        int bestScore = 1;
        boolean bestHasGroup = false;
        for (DecodedRow row : top) {
            if (isNumberingRow(row, false)) {
                continue;
            }
            int cells = 0;
            int width = 0;
            boolean group = false;
            for (Map.Entry<Integer, TableCell> cell : row.cells().entrySet()) {
                if (!isText(cell.getValue())) {
                    continue;
                }
                cells++;
                CellRange merged = sheet.mergedRegionAt(row.row(), cell.getKey());
                int span = merged == null ? 1 : merged.lastColumn() - merged.firstColumn() + 1;
                width += span;
                group |= span > 1;
            }
            int score = cells >= MIN_COLUMNS ? width : cells;
            if (score > bestScore) {
                best = row;
                bestScore = score;
                bestHasGroup = group && cells >= MIN_COLUMNS;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Map<Integer, DecodedRow> byRow = byRow(top);
        List<Integer> rows = new ArrayList<>(List.of(best.row()));
        DecodedRow below = byRow.get(best.row() + 1);
        if (bestHasGroup && below != null && !below.isEmpty() && !isNumberingRow(below, true)) {
            rows.add(below.row());
        }
        List<ColumnHeader> headers = columnHeaders(sheet, byRow, rows, maxColumn(top));
        List<HeaderCell> cells = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!headers.get(i).isEmpty()) {
                cells.add(headers.get(i).cell(i + 1));
            }
        }
        List<List<String>> parts = folded(headers);
        TableShape closest = null;
        Map<ColumnKind, Integer> closestColumns = Map.of();
        for (TableShape shape : TableShape.values()) {
            Map<ColumnKind, Integer> columns = assign(shape, parts, mappings);
            if (columns.size() > closestColumns.size()) {
                closest = shape;
                closestColumns = columns;
            }
        }
        List<ColumnKind> missing = new ArrayList<>();
        if (closest != null) {
            for (ColumnKind kind : closest.requiredKinds()) {
                if (!closestColumns.containsKey(kind)) {
                    missing.add(kind);
                }
            }
        }
        return Optional.of(new HeaderCandidate(sheet.name(), best.row(), cells, closest, missing));
    }

    private static boolean isText(TableCell cell) {
        return cell.text() != null && cell.raw() != null && cell.raw().kind() == CellKind.TEXT;
    }

    private static Map<Integer, DecodedRow> byRow(List<DecodedRow> top) {
        Map<Integer, DecodedRow> byRow = new HashMap<>();
        for (DecodedRow row : top) {
            byRow.put(row.row(), row);
        }
        return byRow;
    }

    private static int maxColumn(List<DecodedRow> top) {
        int maxColumn = 0;
        for (DecodedRow row : top) {
            for (int column : row.cells().keySet()) {
                maxColumn = Math.max(maxColumn, column);
            }
        }
        return maxColumn;
    }

    private static List<List<String>> folded(List<ColumnHeader> headers) {
        return headers.stream().map(ColumnHeader::folded).toList();
    }

    /** The columns of a shape found in these header columns, or null if a required one is missing. */
    private static Map<ColumnKind, Integer> match(TableShape shape, List<List<String>> parts, ColumnMappings mappings) {
        Map<ColumnKind, Integer> columns = assign(shape, parts, mappings);
        for (ColumnKind kind : shape.requiredKinds()) {
            if (!columns.containsKey(kind)) {
                return null;
            }
        }
        return columns.size() >= MIN_COLUMNS ? columns : null;
    }

    /**
     * The columns of a shape found in these header columns: first the headers the user mapped, then
     * the shape's own names; each header column goes to one kind, each kind to its first column.
     */
    private static Map<ColumnKind, Integer> assign(TableShape shape, List<List<String>> parts,
                                                   ColumnMappings mappings) {
        Map<ColumnKind, Integer> columns = new EnumMap<>(ColumnKind.class);
        boolean[] taken = new boolean[parts.size()];
        Map<ColumnKind, List<String>> mapped = mappings.headersOf(shape);
        for (ColumnSpec spec : shape.columns()) {
            List<String> headers = mapped.get(spec.kind());
            if (headers == null) {
                continue;
            }
            for (int i = 0; i < parts.size(); i++) {
                List<String> column = parts.get(i);
                if (!taken[i] && headers.stream().anyMatch(header -> mappedMatches(header, column))) {
                    taken[i] = true;
                    columns.put(spec.kind(), i + 1);
                    break;
                }
            }
        }
        for (ColumnSpec spec : shape.columns()) {
            if (columns.containsKey(spec.kind())) {
                continue;
            }
            for (int i = 0; i < parts.size(); i++) {
                if (!taken[i] && spec.matches(parts.get(i))) {
                    taken[i] = true;
                    columns.put(spec.kind(), i + 1);
                    break;
                }
            }
        }
        return columns;
    }

    /**
     * Whether a mapped header names a column whose header cells are these parts, as a built-in name
     * does ({@link ColumnSpec}): a plain header is the lowest cell's words or its first words; in
     * "group > sub" the sub is the lowest cell's words and each group occurs in a cell above.
     */
    static boolean mappedMatches(String mapped, List<String> parts) {
        if (parts.isEmpty()) {
            return false;
        }
        List<String> wanted = List.of(mapped.split(" > "));
        String leaf = parts.get(parts.size() - 1);
        String wantedLeaf = wanted.get(wanted.size() - 1);
        boolean leafMatches = wanted.size() > 1 ? leaf.equals(wantedLeaf)
                : leaf.equals(wantedLeaf) || leaf.startsWith(wantedLeaf + " ");
        if (!leafMatches) {
            return false;
        }
        List<String> above = parts.subList(0, parts.size() - 1);
        for (String group : wanted.subList(0, wanted.size() - 1)) {
            if (above.stream().noneMatch(part -> (" " + part + " ").contains(" " + group + " "))) {
                return false;
            }
        }
        return true;
    }

    /** The header cells of each column 1..maxColumn over these rows. */
    private static List<ColumnHeader> columnHeaders(SheetInfo sheet, Map<Integer, DecodedRow> byRow,
                                                    List<Integer> rows, int maxColumn) {
        List<ColumnHeader> headers = new ArrayList<>();
        for (int column = 1; column <= maxColumn; column++) {
            List<String> folded = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (int r : rows) {
                String text = textAt(sheet, byRow, r, column);
                String part = fold(text);
                if (!part.isEmpty() && (folded.isEmpty() || !folded.get(folded.size() - 1).equals(part))) {
                    folded.add(part);
                    shown.add(text.replace('\n', ' '));
                }
            }
            headers.add(new ColumnHeader(folded, shown));
        }
        return headers;
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
