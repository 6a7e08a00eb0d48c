package org.diaban.importing.legacy.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.diaban.importing.legacy.text.LegacyEncoding;
import org.diaban.importing.legacy.workbook.FileError;
import org.diaban.importing.legacy.workbook.LegacyWorkbookReader;
import org.diaban.importing.legacy.workbook.ReadControl;
import org.diaban.importing.legacy.workbook.RowCells;
import org.diaban.importing.legacy.workbook.RowHandler;
import org.diaban.importing.legacy.workbook.SheetInfo;
import org.diaban.importing.legacy.workbook.WorkbookReadResult;

/**
 * Finds the table of each visible sheet by its header and streams its data rows. The first
 * {@link #TOP_ROWS} rows of a sheet are buffered to find the title block and the header; the rest
 * pass through one at a time. Hidden sheets and sheets without a recognised header are ignored, and
 * so is a header with no data row under it (a sample header on an instruction sheet): a table
 * counts, and {@link TableRowHandler#startTable} is called, at its first data row.
 */
public final class LegacyTableReader {

    /** How many rows at the top of a sheet are searched for the header. */
    public static final int TOP_ROWS = 40;

    private final ColumnMappings mappings;

    /** A reader that knows only the built-in header names. */
    public LegacyTableReader() {
        this(ColumnMappings.none());
    }

    /** A reader that also takes the headers a user mapped by hand. */
    public LegacyTableReader(ColumnMappings mappings) {
        this.mappings = Objects.requireNonNull(mappings, "mappings");
    }

    public TableReadResult read(Path file, TableRowHandler handler) {
        return read(file, handler, ReadControl.NONE);
    }

    public TableReadResult read(Path file, TableRowHandler handler, ReadControl control) {
        Collector collector = new Collector(handler, mappings);
        WorkbookReadResult result = new LegacyWorkbookReader().read(file, collector, control);
        LegacyEncoding encoding = collector.encodings.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(LegacyEncoding.UNICODE);
        if (result.error().isPresent()) {
            FileError error = result.error().get();
            return new TableReadResult(List.of(), encoding, 0, Optional.of(TableProblem.valueOf(error.code().name())),
                    error.message());
        }
        if (collector.tables.isEmpty()) {
            return new TableReadResult(List.of(), encoding, 0, Optional.of(TableProblem.NO_TABLE_FOUND),
                    "No sheet has the header of a known table.", collector.candidates());
        }
        return new TableReadResult(collector.tables, encoding, collector.dataRows, Optional.empty(), null,
                collector.candidates());
    }

    private static final class Collector implements RowHandler {
        private final TableRowHandler handler;
        private final ColumnMappings mappings;
        /** The header candidate of each visible sheet, by sheet name, in sheet order. */
        private final Map<String, HeaderCandidate> candidates = new LinkedHashMap<>();
        private final List<TableLayout> tables = new ArrayList<>();
        private final Map<LegacyEncoding, Long> encodings = new EnumMap<>(LegacyEncoding.class);
        private long dataRows;
        private SheetInfo sheet;
        private List<DecodedRow> top;
        private SheetTable table;
        private boolean started;

        Collector(TableRowHandler handler, ColumnMappings mappings) {
            this.handler = handler;
            this.mappings = mappings;
        }

        /** The candidates of the visible sheets where no table was found. */
        List<HeaderCandidate> candidates() {
            Set<String> found = new HashSet<>();
            tables.forEach(t -> found.add(t.sheet()));
            return candidates.values().stream().filter(c -> !found.contains(c.sheet())).toList();
        }

        @Override
        public void startSheet(SheetInfo info) {
            sheet = info;
            table = null;
            top = info.isVisible() ? new ArrayList<>() : null;
        }

        @Override
        public void row(RowCells row) {
            if (top != null) {
                top.add(DecodedRow.of(row));
                if (top.size() >= TOP_ROWS) {
                    findTable();
                }
            } else if (table != null) {
                deliver(DecodedRow.of(row));
            }
        }

        @Override
        public void endSheet(SheetInfo info) {
            if (top != null) {
                findTable();
            }
            table = null;
        }

        private void findTable() {
            List<DecodedRow> rows = top;
            top = null;
            HeaderFinder.candidate(sheet, rows, mappings).ifPresent(c -> candidates.put(sheet.name(), c));
            HeaderFinder.find(sheet, rows, mappings).ifPresent(header -> {
                List<String> title = new ArrayList<>();
                for (DecodedRow row : rows) {
                    if (row.row() < header.rows().get(0)) {
                        row.cells().values().stream().map(TableCell::text).filter(t -> t != null).forEach(title::add);
                    }
                }
                TableLayout layout = new TableLayout(sheet.name(), header.shape(), header.rows(), title,
                        header.columns(), header.unrecognised());
                table = new SheetTable(sheet, layout, encodings);
                started = false;
                rows.forEach(this::deliver);
            });
        }

        private void deliver(DecodedRow row) {
            TableRow data = table.accept(row);
            if (data != null) {
                if (!started) {
                    started = true;
                    tables.add(table.layout());
                    handler.startTable(table.layout());
                }
                dataRows++;
                handler.row(table.layout(), data);
            }
        }
    }
}
