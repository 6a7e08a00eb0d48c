package org.diaban.importing.legacy.workbook;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A test handler that keeps every sheet and row it is given. */
final class CollectedWorkbook implements RowHandler {

    final Map<String, SheetInfo> sheets = new LinkedHashMap<>();
    final Map<String, List<RowCells>> rows = new LinkedHashMap<>();
    final List<String> events = new ArrayList<>();
    private String current;

    static Path fixture(String name) {
        URL url = CollectedWorkbook.class.getResource("/fixtures/legacy/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void startSheet(SheetInfo sheet) {
        current = sheet.name();
        sheets.put(current, sheet);
        rows.put(current, new ArrayList<>());
        events.add("start " + current);
    }

    @Override
    public void row(RowCells row) {
        rows.get(current).add(row);
    }

    @Override
    public void endSheet(SheetInfo sheet) {
        events.add("end " + sheet.name());
    }

    /** The cell at a 1-based position of a sheet, or {@code null}. */
    RawCell cell(String sheet, int row, int column) {
        for (RowCells cells : rows.get(sheet)) {
            if (cells.row() == row) {
                return cells.cell(column);
            }
        }
        return null;
    }

    List<String> visibleSheets() {
        return sheets.values().stream().filter(SheetInfo::isVisible).map(SheetInfo::name).toList();
    }
}
