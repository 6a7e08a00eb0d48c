/**
 * Value rules for legacy spreadsheets: dates, attendance marks and totals, levels, committee
 * categories, status wordings and lists inside one cell. Pure Java: cells arrive already decoded
 * (NFC text, a {@link java.time.LocalDate} for a real date cell, or a {@link java.lang.Number}).
 * Parsers never throw for bad input; they return a {@link org.diaban.importing.legacy.values.ValueResult}
 * that carries either the value or a {@link org.diaban.importing.legacy.values.ValueProblem}.
 */
package org.diaban.importing.legacy.values;
