package org.diaban.importing.legacy.values;

/**
 * A problem found in one cell: the code, the key field it concerns (e.g. {@code ngay_quyet_dinh},
 * {@code thang_2}), the offending value as found (text, number, or null) and a message for people.
 */
public record ValueProblem(ProblemCode code, String field, Object value, String message) {
}
