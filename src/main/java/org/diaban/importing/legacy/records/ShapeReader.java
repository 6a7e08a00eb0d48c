package org.diaban.importing.legacy.records;

import org.diaban.importing.legacy.table.TableLayout;
import org.diaban.importing.legacy.table.TableRow;

/** Turns the data rows of one table shape into records, errors and warnings. */
public interface ShapeReader {

    /** Reads one data row, adding to the report. */
    void row(TableLayout layout, TableRow row, DryRunReport report);
}
