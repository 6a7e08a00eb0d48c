package org.diaban.importing.legacy.table;

import java.util.List;

/**
 * One column of a shape: its kind, whether a sheet must have it, and the header texts that name
 * it, folded (no diacritics, lower case). A header text "group > leaf" names a sub-column under a
 * merged group cell: the leaf must equal the sub-column's text and the group must occur in a
 * header cell above it. A plain header text matches a header cell that starts with its words.
 */
public record ColumnSpec(ColumnKind kind, boolean required, List<String> headers) {

    public ColumnSpec {
        headers = List.copyOf(headers);
    }

    static ColumnSpec required(ColumnKind kind, String... headers) {
        return new ColumnSpec(kind, true, List.of(headers));
    }

    static ColumnSpec optional(ColumnKind kind, String... headers) {
        return new ColumnSpec(kind, false, List.of(headers));
    }

    /** Whether a column whose header cells, top to bottom and folded, are these parts is this column. */
    boolean matches(List<String> parts) {
        if (parts.isEmpty()) {
            return false;
        }
        String leaf = parts.get(parts.size() - 1);
        for (String header : headers) {
            int arrow = header.indexOf(" > ");
            if (arrow < 0) {
                if (startsWithWords(leaf, header)) {
                    return true;
                }
            } else if (leaf.equals(header.substring(arrow + 3)) && parts.size() > 1) {
                String group = header.substring(0, arrow);
                for (String part : parts.subList(0, parts.size() - 1)) {
                    if ((" " + part + " ").contains(" " + group + " ")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean startsWithWords(String text, String words) {
        return text.equals(words) || text.startsWith(words + " ");
    }
}
