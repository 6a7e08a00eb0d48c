/**
 * Finds the table of a legacy spreadsheet by itself and turns its rows into typed row views.
 *
 * <p>{@link org.diaban.importing.legacy.table.LegacyTableReader} reads a file through the
 * workbook reader. Hidden sheets are skipped. Of each visible sheet the first
 * {@link org.diaban.importing.legacy.table.LegacyTableReader#TOP_ROWS} rows are decoded (each text
 * cell by its font) and buffered; every run of one to three of them is tried as the header. A
 * column's header is read top to bottom, a merged group cell counting for each sub-column under it
 * and a column-numbering row "(1) (2) ..." left out; the texts are folded (no diacritics, case,
 * punctuation or extra spaces). The shapes are data
 * ({@link org.diaban.importing.legacy.table.TableShape}: columns with header synonyms, some
 * required); the shape with the most columns found, all required ones among them, wins. A sheet
 * where none does, or with no data row under its header, is ignored; a file where no sheet has a
 * table is {@code NO_TABLE_FOUND}.
 *
 * <p>Headers the built-in names do not know can be mapped by hand
 * ({@link org.diaban.importing.legacy.table.ColumnMappings}, per shape); a mapped header counts like
 * a built-in name. To help a user map them, a found table lists the header cells no column took
 * ({@link org.diaban.importing.legacy.table.TableLayout#unrecognisedHeaders()}), and each visible
 * sheet without a table offers its most header-like row with the shape that comes closest and the
 * required columns it misses ({@link org.diaban.importing.legacy.table.TableReadResult#candidates()}).
 *
 * <p>Below the header rows stream through one at a time, so a 50,000-row file keeps memory flat:
 * blank rows, a numbering row, section rows (which set the committee category of the rows
 * below), subtotal rows and everything from the signature footer on are not data. Values of
 * vertically merged cells are carried down to each row of the merge. Data rows go to a
 * {@link org.diaban.importing.legacy.table.TableRowHandler}; rows that will fail validation later
 * (a missing name, a bad date) are data rows here.
 */
package org.diaban.importing.legacy.table;
