package org.diaban.importing.legacy.records;

/** A row error or warning of a dry run; {@code row} is 1-based, null (with sheet) for a file-level error. */
public record Finding(String sheet, Integer row, String code, String field, Object value, String message) {
}
