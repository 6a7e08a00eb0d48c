package org.diaban.ui.importing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.importing.legacy.records.Finding;

/**
 * The words the import screens show for the importer's codes: shapes, record fields, error and
 * warning codes, outcomes and batch states. An unknown code shows as itself.
 */
public final class ImportTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private final I18n i18n;

    public ImportTexts(I18n i18n) {
        this.i18n = i18n;
    }

    public String shape(Object code) {
        return named("legacy.shape.", code);
    }

    /** A batch's kind: a file shape, or another import ("hierarchy"). */
    public String kind(String code) {
        return i18n.has("legacy.shape." + code) ? shape(code) : named("legacy.kind.", code);
    }

    public String field(String name) {
        return named("legacy.field.", name);
    }

    public String code(String code) {
        return named("legacy.code.", code);
    }

    public String outcome(String outcome) {
        return named("legacy.outcome.", outcome);
    }

    public String status(Enum<?> status) {
        return status == null ? "" : named("legacy.status.", status.name().toLowerCase(java.util.Locale.ROOT));
    }

    public String encoding(Object encoding) {
        return named("legacy.encoding.", encoding);
    }

    /** A stored-row kind ("cadre", "assignment"...), for counts. */
    public String rowKind(String kind) {
        return named("legacy.rows.", kind);
    }

    /** Counts by kind as one line: "28 phân công, 15 cán bộ". */
    public String counts(Map<String, Integer> counts) {
        if (counts == null || counts.isEmpty()) {
            return i18n.get("legacy.rows.none");
        }
        return counts.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(e -> rank(e.getKey())))
                .map(e -> Formats.number(e.getValue()) + " " + rowKind(e.getKey()))
                .collect(Collectors.joining(", "));
    }

    /**
     * Why a file was not imported: the refusal code in words, and the service's detail where it
     * helps (the earlier batch of a file imported before; the file-level errors are explained by
     * their code, in the user's language).
     */
    public String refusal(String code, String detail) {
        String key = "legacy.refusal." + code;
        if (i18n.has(key)) {
            return i18n.format(key, detail == null ? "" : detail);
        }
        String explained = "legacy.code." + code + ".explain";
        if (i18n.has(explained)) {
            return i18n.get(explained);
        }
        return detail == null ? code : code + ": " + detail;
    }

    /** People first, then what they hold and do, then the rest. */
    private static int rank(String kind) {
        int i = ROW_KINDS.indexOf(kind);
        return i < 0 ? ROW_KINDS.size() : i;
    }

    private static final java.util.List<String> ROW_KINDS = java.util.List.of("cadre", "position", "decision",
            "assignment", "working_group", "activity", "concern", "household", "household_without_village");

    public String when(LocalDateTime at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** A finding's message: ours for a known code (the importer's own is English), else the importer's. */
    public String message(Finding f) {
        String key = "legacy.code." + f.code() + ".explain";
        return i18n.has(key) ? i18n.get(key) : f.message() == null ? "" : f.message();
    }

    /**
     * A record value for a table cell: lists joined, ISO dates as dd/MM/yyyy, yes/no for flags,
     * member lists as "name (position)".
     */
    public String value(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Boolean b) {
            return i18n.get(b ? "dialog.yes" : "dialog.no");
        }
        if (v instanceof Collection<?> c) {
            // numbers per month read best as a row of figures
            String separator = !c.isEmpty() && c.stream().allMatch(Number.class::isInstance) ? " " : ", ";
            return c.stream().map(this::value).collect(Collectors.joining(separator));
        }
        if (v instanceof Map<?, ?> m) {
            Object name = m.get("ho_ten");
            Object position = m.get("chuc_vu");
            if (name != null) {
                return position == null ? name.toString() : name + " (" + position + ")";
            }
            return m.entrySet().stream().map(e -> field(e.getKey().toString()) + ": " + value(e.getValue()))
                    .collect(Collectors.joining("; "));
        }
        if (v instanceof LocalDate d) {
            return Formats.date(d);
        }
        if (v instanceof String s && s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            try {
                return Formats.date(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                return s;
            }
        }
        return v.toString();
    }

    /** A record field's value; coded values (levels, statuses, categories) in words. */
    public String value(String field, Object v) {
        if (v instanceof String code) {
            String key = "legacy.value." + field + "." + code;
            if (i18n.has(key)) {
                return i18n.get(key);
            }
        }
        return value(v);
    }

    private String named(String prefix, Object code) {
        if (code == null) {
            return "";
        }
        String key = prefix + code;
        return i18n.has(key) ? i18n.get(key) : code.toString();
    }
}
