package org.diaban.importing.legacy.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diaban.importing.legacy.table.TableReadResult;

/**
 * The result of a dry run over one legacy file, in the field names of the answer keys
 * ({@code legacy-fixture-key/1}). Records are maps of key field names to JSON-ready values
 * (strings, numbers, booleans, lists, ISO date strings).
 */
public final class DryRunReport {

    public static final String SCHEMA = "legacy-fixture-key/1";

    private final Map<String, Object> header = new LinkedHashMap<>();
    private final List<Map<String, Object>> records = new ArrayList<>();
    private final List<Finding> errors = new ArrayList<>();
    private final List<Finding> warnings = new ArrayList<>();
    private Map<String, Object> summary;
    private RecordSink sink;

    /** Also passes every record to the sink as it is read (see {@link RecordSink}). */
    void streamTo(RecordSink recordSink) {
        this.sink = recordSink;
    }

    boolean streams() {
        return sink != null;
    }

    /** A record that is streamed but not kept in the report (the rows of a large household file). */
    void passRecord(Map<String, Object> record) {
        if (sink != null) {
            sink.record(record);
        }
    }
    private TableReadResult tableRead;

    /** Sets a top-level field (file, format, shape, encoding, district_id, year, sheets, header_rows...). */
    public void put(String field, Object value) {
        header.put(field, value);
    }

    public Object get(String field) {
        return header.get(field);
    }

    public void addRecord(Map<String, Object> record) {
        records.add(record);
        passRecord(record);
    }

    public void addError(Finding error) {
        errors.add(error);
    }

    public void addWarning(Finding warning) {
        warnings.add(warning);
    }

    public void setSummary(Map<String, Object> summary) {
        this.summary = summary;
    }

    public List<Map<String, Object>> records() {
        return records;
    }

    public List<Finding> errors() {
        return errors;
    }

    public List<Finding> warnings() {
        return warnings;
    }

    public Map<String, Object> summary() {
        return summary;
    }

    void setTableRead(TableReadResult tableRead) {
        this.tableRead = tableRead;
    }

    /**
     * What the table reader found (tables, header cells no column took, and header candidates when
     * no table was found), for a user interface; not part of {@link #toMap()}. Empty for a report
     * not made by a dry run.
     */
    public Optional<TableReadResult> tableRead() {
        return Optional.ofNullable(tableRead);
    }

    /** The number of records read: the summary's data rows when there is one (rows may not be listed). */
    public int recordCount() {
        return summary != null && summary.get("data_rows") instanceof Integer rows ? rows : records.size();
    }

    /** accept without errors, reject on a file-level error (row null), partial otherwise. */
    public String outcome() {
        if (errors.stream().anyMatch(e -> e.row() == null)) {
            return "reject";
        }
        return errors.isEmpty() ? "accept" : "partial";
    }

    /** The whole report as an ordered map in the answer-key shape. */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schema", SCHEMA);
        out.putAll(header);
        out.put("outcome", outcome());
        out.put("record_count", recordCount());
        out.put("records", records);
        out.put("errors", errors.stream().map(DryRunReport::findingMap).toList());
        out.put("warnings", warnings.stream().map(DryRunReport::findingMap).toList());
        if (summary != null) {
            out.put("summary", summary);
        }
        return out;
    }

    private static Map<String, Object> findingMap(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sheet", f.sheet());
        m.put("row", f.row());
        m.put("column", f.column());
        m.put("code", f.code());
        m.put("field", f.field());
        m.put("value", f.value());
        m.put("message", f.message());
        return m;
    }
}
