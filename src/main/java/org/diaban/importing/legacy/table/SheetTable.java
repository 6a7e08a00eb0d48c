package org.diaban.importing.legacy.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.diaban.importing.legacy.text.FontEncoding;
import org.diaban.importing.legacy.text.LegacyEncoding;
import org.diaban.importing.legacy.values.CommitteeCategory;
import org.diaban.importing.legacy.values.SectionRow;
import org.diaban.importing.legacy.workbook.CellKind;
import org.diaban.importing.legacy.workbook.CellRange;
import org.diaban.importing.legacy.workbook.SheetInfo;

/**
 * The rows below a found header: tells data rows from blank, numbering, section and subtotal rows,
 * stops at the signature footer, and carries the top value of vertically merged cells down. A
 * data row has at least two cells in the table's columns (a lone cell is a note or a group line).
 * Holds nothing per row, so a sheet of any length streams through.
 */
final class SheetTable {

    private static final Pattern FOOTER = Pattern.compile(
            "(noi nhan|t m|tm|k t|kt|nguoi lap|nguoi lap bieu|xac nhan)( .*)?");
    /**
     * "Cộng", "Tổng cộng", "Tổng số: 28", "Cộng toàn huyện" (folded); not a name such as "Tống Văn An".
     */
    private static final Pattern SUBTOTAL = Pattern.compile(
            "tong cong( .*)?|(cong|tong|tong so)( (\\d|i|ii|iii|iv|v|toan|cac|theo|muc|phan|so|chung)\\b.*)?");
    /** The place-and-date line of a signature block: "Hữu Lũng, ngày 5 tháng 6 năm 2023". */
    private static final Pattern DATE_LINE = Pattern.compile(".*\\bngay \\d{1,2} thang \\d{1,2} nam \\d{4}");
    private static final List<ColumnKind> LABEL_COLUMNS = List.of(ColumnKind.STT, ColumnKind.HO_TEN,
            ColumnKind.CAN_BO, ColumnKind.TEN_TO);
    /** A numeral with no category of its own, so a heading's category comes only from its words. */
    private static final String UNNUMBERED = "IV";
    private static final Pattern BARE_NUMERAL = Pattern.compile("[IVX]{1,5}\\.?");
    private static final int FOLD_CACHE_SIZE = 10_000;

    private final TableLayout layout;
    private final Map<CellRange, TableCell> mergeTops = new HashMap<>();
    private final Map<String, String> folded = new HashMap<>();
    private final List<CellRange> verticalMerges = new ArrayList<>();
    private final Map<LegacyEncoding, Long> encodings;
    private Optional<CommitteeCategory> section = Optional.empty();
    private boolean footer;
    private boolean firstRow = true;

    SheetTable(SheetInfo sheet, TableLayout layout, Map<LegacyEncoding, Long> encodings) {
        this.layout = layout;
        this.encodings = encodings;
        for (CellRange range : sheet.mergedRegions()) {
            if (range.lastRow() > range.firstRow() && range.firstRow() > layout.lastHeaderRow()
                    && layout.columns().containsValue(range.firstColumn())) {
                verticalMerges.add(range);
            }
        }
    }

    TableLayout layout() {
        return layout;
    }

    /** Classifies one row below the header; returns the data row it makes, or null. */
    TableRow accept(DecodedRow row) {
        if (footer || row.row() <= layout.lastHeaderRow()) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        row.cells().values().forEach(c -> {
            if (c.text() != null) {
                texts.add(c.text());
            }
        });
        rememberMergeTops(row);
        if (row.isEmpty()) {
            return null;
        }
        boolean first = firstRow;
        firstRow = false;
        if (!texts.isEmpty() && isFooter(texts)) {
            footer = true;
            return null;
        }
        if (first && HeaderFinder.isNumberingRow(row, false) || HeaderFinder.isNumberingRow(row, true)) {
            return null;
        }
        if (row.cells().size() <= 3 && !texts.isEmpty()) {
            Optional<SectionRow> sectionRow = SectionRow.detect(sectionText(texts));
            if (sectionRow.isPresent()) {
                section = sectionRow.get().category();
                return null;
            }
            if (isHeading(texts) && !insideMerge(row.row())) {
                section = SectionRow.detect(UNNUMBERED + ". " + texts.get(texts.size() - 1))
                        .flatMap(SectionRow::category);
                return null;
            }
        }
        if (isSubtotal(row, texts)) {
            return null;
        }
        Map<ColumnKind, TableCell> cells = new EnumMap<>(ColumnKind.class);
        for (Map.Entry<ColumnKind, Integer> column : layout.columns().entrySet()) {
            TableCell cell = row.cells().get(column.getValue());
            if (cell == null) {
                cell = mergedAbove(row.row(), column.getValue());
            } else {
                count(cell);
            }
            if (cell != null) {
                cells.put(column.getKey(), cell);
            }
        }
        if (cells.size() < 2) {
            return null;
        }
        return new TableRow(layout.sheet(), row.row(), cells, section);
    }

    /** "Nơi nhận", "T/M BAN THƯỜNG VỤ", or a lone place-and-date line start the signature footer. */
    private boolean isFooter(List<String> texts) {
        String first = fold(texts.get(0));
        return FOOTER.matcher(first).matches() || texts.size() == 1 && DATE_LINE.matcher(first).matches();
    }

    /** "Cộng", "Tổng cộng", ... in the first cells or in the STT or name column. */
    private boolean isSubtotal(DecodedRow row, List<String> texts) {
        List<String> labels = new ArrayList<>(texts.subList(0, Math.min(2, texts.size())));
        for (ColumnKind kind : LABEL_COLUMNS) {
            Integer column = layout.columns().get(kind);
            if (column != null && row.text(column) != null) {
                labels.add(row.text(column));
            }
        }
        return labels.stream().anyMatch(text -> SUBTOTAL.matcher(fold(text)).matches());
    }

    /**
     * {@link HeaderFinder#fold}, looked up for texts seen before: the same names and places are on
     * row after row. Plain numbers (the STT column) fold to themselves.
     */
    private String fold(String text) {
        if (isDigits(text)) {
            return text;
        }
        if (folded.size() >= FOLD_CACHE_SIZE) {
            folded.clear();
        }
        return folded.computeIfAbsent(text, HeaderFinder::fold);
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /**
     * A heading numbered otherwise than in Roman numerals ("A", "1.", none) and written in capitals:
     * "A. ỦY VIÊN BAN THƯỜNG VỤ", "CÁN BỘ LÃNH ĐẠO, QUẢN LÝ".
     */
    private static boolean isHeading(List<String> texts) {
        if (texts.size() > 2) {
            return false;
        }
        String title = texts.get(texts.size() - 1);
        boolean shortMark = texts.size() == 1 || texts.get(0).length() <= 4;
        return shortMark && title.contains(" ") && title.codePoints().anyMatch(Character::isLetter)
                && title.equals(title.toUpperCase(Locale.ROOT));
    }

    /** "I" + "ỦY VIÊN ..." in two cells reads as "I. ỦY VIÊN ...". */
    private static String sectionText(List<String> texts) {
        if (texts.size() >= 2 && BARE_NUMERAL.matcher(texts.get(0)).matches()) {
            return texts.get(0).replace(".", "") + ". " + texts.get(1);
        }
        return texts.get(0);
    }

    private void rememberMergeTops(DecodedRow row) {
        for (CellRange range : verticalMerges) {
            if (range.firstRow() == row.row()) {
                TableCell top = row.cells().get(range.firstColumn());
                if (top != null) {
                    mergeTops.put(range, top);
                }
            }
        }
        mergeTops.keySet().removeIf(range -> range.lastRow() < row.row());
    }

    private boolean insideMerge(int row) {
        return mergeTops.keySet().stream().anyMatch(range -> range.firstRow() < row && row <= range.lastRow());
    }

    private TableCell mergedAbove(int row, int column) {
        for (Map.Entry<CellRange, TableCell> top : mergeTops.entrySet()) {
            if (top.getKey().firstColumn() == column && top.getKey().contains(row, column)) {
                return top.getValue();
            }
        }
        return null;
    }

    private void count(TableCell cell) {
        if (cell.raw() != null && cell.raw().kind() == CellKind.TEXT && cell.text() != null) {
            encodings.merge(FontEncoding.of(cell.raw().fontName()).encoding(), 1L, Long::sum);
        }
    }
}
