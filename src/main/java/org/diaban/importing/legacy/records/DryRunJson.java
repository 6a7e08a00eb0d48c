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

    /** Any map, list or value of the report's kinds, as JSON. */
    public static String writeValue(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the dry-run report", e);
        }
    }
}
