package org.diaban.importing.legacy.workbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first, lightweight pass over a sheet part: reads only {@code <col hidden>},
 * {@code <row hidden>} and {@code <mergeCell ref>}, ignoring all cell content.
 */
final class XlsxSheetLayoutHandler extends DefaultHandler {

    private final List<CellRange> merged = new ArrayList<>();
    private final Set<Integer> hiddenColumns = new HashSet<>();
    private final Set<Integer> hiddenRows = new HashSet<>();
    private int lastRow;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (XlsxXml.local(localName, qName)) {
            case "col" -> hiddenColumns(attributes);
            case "row" -> {
                String r = attributes.getValue("r");
                lastRow = r == null ? lastRow + 1 : Integer.parseInt(r);
                if (XlsxXml.isTrue(attributes.getValue("hidden"))) {
                    hiddenRows.add(lastRow);
                }
            }
            case "mergeCell" -> merge(attributes.getValue("ref"));
            default -> {
            }
        }
    }

    private void hiddenColumns(Attributes attributes) {
        if (!XlsxXml.isTrue(attributes.getValue("hidden"))) {
            return;
        }
        int min = Integer.parseInt(attributes.getValue("min"));
        int max = Integer.parseInt(attributes.getValue("max"));
        for (int c = min; c <= max; c++) {
            hiddenColumns.add(c);
        }
    }

    private void merge(String ref) {
        if (ref == null) {
            return;
        }
        String[] ends = ref.split(":");
        String last = ends.length > 1 ? ends[1] : ends[0];
        int firstRow = XlsxXml.row(ends[0]);
        int firstColumn = XlsxXml.column(ends[0]);
        int lastRowOfRange = XlsxXml.row(last);
        int lastColumn = XlsxXml.column(last);
        if (firstRow > 0 && firstColumn > 0 && lastRowOfRange >= firstRow && lastColumn >= firstColumn) {
            merged.add(new CellRange(firstRow, firstColumn, lastRowOfRange, lastColumn));
        }
    }

    SheetInfo sheetInfo(int index, String name, SheetVisibility visibility) {
        return new SheetInfo(index, name, visibility, merged, hiddenColumns, hiddenRows);
    }
}
