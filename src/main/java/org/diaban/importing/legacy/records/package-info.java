/**
 * The dry run of a legacy spreadsheet: one report per file in the answer-key shape
 * ({@code legacy-fixture-key/1}), nothing stored.
 *
 * <p>{@link org.diaban.importing.legacy.records.LegacyDryRun} reads the file's tables with the
 * legacy table reader, takes the district as given (or detects it from the title lines) and the
 * year from the title ("... NĂM 2023", not the place-and-date line), then hands each data row to
 * the {@link org.diaban.importing.legacy.records.ShapeReader} of its shape. A row error
 * (INVALID_DATE, MISSING_NAME, UNKNOWN_COMMUNE, UNKNOWN_VILLAGE, DUPLICATE_ROW, INVALID_MARK,
 * INVALID_LEVEL, INVALID_YEAR) rejects that row only; a warning (TOTAL_MISMATCH,
 * ASSESSMENT_MISMATCH, LEADER_NOT_BTV) keeps it. A file-level problem (UNREADABLE_FILE,
 * NOT_A_WORKBOOK, NO_TABLE_FOUND) rejects the file with one error whose row is null. A row finding
 * names the Excel column letters of the cell it judged (the name cell for MISSING_NAME and
 * DUPLICATE_ROW, the commune cell for UNKNOWN_COMMUNE, the month cell for INVALID_MARK, the total
 * cell for TOTAL_MISMATCH, ...); file-level findings have none.
 *
 * <p>Headers mapped by hand ({@link org.diaban.importing.legacy.table.ColumnMappings}) are passed
 * to the dry run's constructor; {@link org.diaban.importing.legacy.records.DryRunReport#tableRead()}
 * keeps what the table reader found (unrecognised header cells, header candidates) for a wizard.
 *
 * <p>Duplicates: an assignment repeats an earlier row when name, commune, villages and decision
 * are the same after resolving; an attendance row when name and chi bộ text are the same, checked
 * before anything else so that a repeat of a rejected row is still a repeat.
 *
 * <p>The household file is streamed into a summary; its rows become records only when the caller
 * asks (to check sample rows), since a file holds about 50,000 of them.
 *
 * <p>{@link org.diaban.importing.legacy.records.DryRunReport#toMap()} gives the key's field names
 * and value types (ISO date strings, hierarchy external keys as ids, 1-based rows);
 * {@link org.diaban.importing.legacy.records.DryRunJson} writes it.
 */
package org.diaban.importing.legacy.records;
