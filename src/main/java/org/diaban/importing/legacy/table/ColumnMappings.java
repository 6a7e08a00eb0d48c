package org.diaban.importing.legacy.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Header texts a user has mapped to a column kind by hand, per table shape, for headers the
 * built-in names of {@link TableShape} do not know. The header finder counts a mapped header
 * exactly like a built-in name (and before them: a header the user mapped goes to the mapped kind).
 * Headers are kept folded as the header finder compares them: no diacritics, lower case,
 * punctuation and runs of spaces as one space; a sub-column under a merged group cell is
 * "group > sub". Immutable.
 */
public final class ColumnMappings {

    /** One mapping: in tables of {@code shape}, a column headed {@code header} (folded) is a {@code kind}. */
    public record Entry(TableShape shape, String header, ColumnKind kind) {
    }

    private static final ColumnMappings NONE = new ColumnMappings(Map.of());
    private static final String SEPARATOR = "\t";
    private static final String FORMAT_LINE = "# diaban column mappings 1";

    private record Key(TableShape shape, String header) {
    }

    private final Map<Key, ColumnKind> kinds;

    private ColumnMappings(Map<Key, ColumnKind> kinds) {
        this.kinds = kinds;
    }

    public static ColumnMappings none() {
        return NONE;
    }

    /**
     * These mappings and one more (replacing the kind of the same header in the same shape).
     *
     * @param headerText the header as shown or already folded; "group > sub" for a sub-column
     * @throws IllegalArgumentException when the header folds to nothing, or the shape has no
     *                                  column of that kind
     */
    public ColumnMappings with(TableShape shape, String headerText, ColumnKind kind) {
        String header = foldHeader(headerText);
        if (header.isEmpty()) {
            throw new IllegalArgumentException("an empty header cannot be mapped");
        }
        if (!shape.kinds().contains(kind)) {
            throw new IllegalArgumentException(shape.code() + " has no column " + kind);
        }
        Map<Key, ColumnKind> copy = new LinkedHashMap<>(kinds);
        copy.put(new Key(shape, header), kind);
        return new ColumnMappings(copy);
    }

    /** These mappings without the one of this header in this shape, if any. */
    public ColumnMappings without(TableShape shape, String headerText) {
        Key key = new Key(shape, foldHeader(headerText));
        if (!kinds.containsKey(key)) {
            return this;
        }
        Map<Key, ColumnKind> copy = new LinkedHashMap<>(kinds);
        copy.remove(key);
        return new ColumnMappings(copy);
    }

    /** The kind mapped to a header in a shape; the header is folded again, so shown text works too. */
    public Optional<ColumnKind> kindOf(TableShape shape, String foldedHeader) {
        return Optional.ofNullable(kinds.get(new Key(shape, foldHeader(foldedHeader))));
    }

    /** The mappings in the order they were added. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        kinds.forEach((key, kind) -> entries.add(new Entry(key.shape(), key.header(), kind)));
        return List.copyOf(entries);
    }

    public boolean isEmpty() {
        return kinds.isEmpty();
    }

    /**
     * The mappings as text: a format line, then one line per mapping, "shape code TAB folded header
     * TAB kind" ("assignment_list\tnguoi duoc phan cong\tHO_TEN").
     */
    public String encode() {
        StringBuilder out = new StringBuilder(FORMAT_LINE).append('\n');
        kinds.forEach((key, kind) -> out.append(key.shape().code()).append(SEPARATOR).append(key.header())
                .append(SEPARATOR).append(kind.name()).append('\n'));
        return out.toString();
    }

    /**
     * Reads {@link #encode()}'s text. Blank lines, comment lines ("#") and malformed lines (not three
     * fields, an unknown shape or kind, a kind the shape does not have, an empty header) are left out.
     */
    public static ColumnMappings decode(String text) {
        ColumnMappings mappings = none();
        if (text == null) {
            return mappings;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(SEPARATOR, -1);
            if (fields.length != 3) {
                continue;
            }
            Optional<TableShape> shape = TableShape.ofCode(fields[0].strip());
            ColumnKind kind = kindNamed(fields[2].strip());
            if (shape.isEmpty() || kind == null || !shape.get().kinds().contains(kind)
                    || foldHeader(fields[1]).isEmpty()) {
                continue;
            }
            mappings = mappings.with(shape.get(), fields[1], kind);
        }
        return mappings;
    }

    /**
     * A header text folded as the header finder compares header cells: "Xã, thị trấn" → "xa thi tran";
     * the parts of "group > sub" are folded one by one. Folding folded text changes nothing.
     */
    public static String foldHeader(String headerText) {
        if (headerText == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String part : headerText.split(">")) {
            String folded = HeaderFinder.fold(part);
            if (!folded.isEmpty()) {
                parts.add(folded);
            }
        }
        return String.join(" > ", parts);
    }

    /** The mapped headers of a shape by kind, for the header finder. */
    Map<ColumnKind, List<String>> headersOf(TableShape shape) {
        Map<ColumnKind, List<String>> headers = new EnumMap<>(ColumnKind.class);
        kinds.forEach((key, kind) -> {
            if (key.shape() == shape) {
                headers.computeIfAbsent(kind, k -> new ArrayList<>()).add(key.header());
            }
        });
        return headers;
    }

    private static ColumnKind kindNamed(String name) {
        try {
            return ColumnKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Equal when they map the same headers to the same kinds, in whatever order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnMappings m && m.kinds.equals(kinds);
    }

    @Override
    public int hashCode() {
        return kinds.hashCode();
    }

    @Override
    public String toString() {
        return "ColumnMappings" + entries();
    }
}
