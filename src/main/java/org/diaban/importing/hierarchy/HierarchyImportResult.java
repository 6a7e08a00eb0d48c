package org.diaban.importing.hierarchy;

import java.util.List;

/**
 * What an import did: units created, units whose current version was corrected, units already
 * as the file says. {@code batchId} is null when nothing was written.
 */
public record HierarchyImportResult(String sourceName, int created, int corrected, int unchanged,
                                    List<Correction> corrections, Long batchId) {

    public HierarchyImportResult {
        corrections = List.copyOf(corrections);
    }

    public boolean changedNothing() {
        return created == 0 && corrected == 0;
    }

    /** A unit whose current version took the file's facts; {@code fields} names what differed. */
    public record Correction(String key, Long unitId, List<String> fields) {

        public Correction {
            fields = List.copyOf(fields);
        }
    }
}
