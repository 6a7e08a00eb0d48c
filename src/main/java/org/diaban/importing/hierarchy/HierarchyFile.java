package org.diaban.importing.hierarchy;

import java.util.List;

/** A checked hierarchy file: its units, parents before children, and the digest of its bytes. */
public record HierarchyFile(String sourceName, String sha256, List<HierarchyEntry> entries) {

    public HierarchyFile {
        entries = List.copyOf(entries);
    }
}
