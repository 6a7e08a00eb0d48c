package org.diaban.importing.legacy.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes a dry-run report as JSON in the answer-key shape. */
public final class DryRunJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DryRunJson() {
    }

    public static String write(DryRunReport report) {
        return writeValue(report.toMap());
    }

    /**
     * Writes reports straight to a writer (one document, or an array for several) without building
     * the text in memory first: a household file's report lists 50,000 records.
     */
    public static void write(java.util.List<DryRunReport> reports, java.io.Writer out) throws java.io.IOException {
        com.fasterxml.jackson.core.JsonGenerator json = MAPPER.getFactory().createGenerator(out);
        json.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        if (reports.size() == 1) {
            MAPPER.writeValue(json, reports.get(0).toMap());
        } else {
            json.writeStartArray();
            for (DryRunReport r : reports) {
                MAPPER.writeValue(json, r.toMap());
            }
            json.writeEndArray();
        }
        json.flush();
    }

    /** Any map, list or value of the report's kinds, as JSON. */
    public static String writeValue(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the dry-run report", e);
        }
    }
}
