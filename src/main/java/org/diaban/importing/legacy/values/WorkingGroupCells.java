package org.diaban.importing.legacy.values;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diaban.domain.text.VietnameseText;

/** The cells of a working-group list: leader, members, whether the leader is BTV, year formed. */
public final class WorkingGroupCells {

    /** A person with a position; the position is null where the cell gives none. */
    public record Person(String hoTen, String chucVu) {
    }

    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}\\s*[.)/]\\s*");
    private static final Pattern WITH_PARENTHESES = Pattern.compile("(.*?)\\s*\\((.*)\\)");
    private static final Pattern DASH = Pattern.compile("\\s+[-–]\\s+");
    private static final Pattern STANDING_TITLE = Pattern.compile(
            "\\b(uvbtv|uv btv|uy vien btv|uy vien ban thuong vu|(pho )?bi thu (thuong truc )?(huyen|thanh|thi) uy)\\b");
    private static final Pattern YEAR = Pattern.compile("(?:nam\\s*)?(\\d{4})");

    private WorkingGroupCells() {
    }

    /**
     * The leader: the name first ("Đ/c" removed), then the position after a line break or, on one
     * line, after the first comma. Null for an empty cell.
     */
    public static Person leader(String cell) {
        List<String> lines = CellLists.lines(cell);
        if (lines.isEmpty()) {
            return null;
        }
        if (lines.size() > 1) {
            return new Person(NameCleaner.clean(lines.get(0)),
                    String.join("\n", lines.subList(1, lines.size())));
        }
        String line = lines.get(0);
        int comma = line.indexOf(',');
        if (comma < 0) {
            return new Person(NameCleaner.clean(line), null);
        }
        return new Person(NameCleaner.clean(line.substring(0, comma)), blankToNull(line.substring(comma + 1)));
    }

    /**
     * The members: one per line as "1. NAME - POSITION", or "NAME (POSITION)" items separated by ";"
     * or line breaks.
     */
    public static List<Person> members(String cell) {
        List<Person> members = new ArrayList<>();
        for (String item : CellLists.split(cell, "[;\\r\\n]")) {
            String text = NUMBERED.matcher(item).replaceFirst("");
            Matcher parentheses = WITH_PARENTHESES.matcher(text);
            Matcher dash = DASH.matcher(text);
            if (parentheses.matches() && !DASH.matcher(parentheses.group(1)).find()) {
                members.add(new Person(NameCleaner.clean(parentheses.group(1)), blankToNull(parentheses.group(2))));
            } else if (dash.find()) {
                members.add(new Person(NameCleaner.clean(text.substring(0, dash.start())),
                        blankToNull(text.substring(dash.end()))));
            } else if (NameCleaner.clean(text) != null) {
                members.add(new Person(NameCleaner.clean(text), null));
            }
        }
        return members;
    }

    /**
     * Whether a position makes its holder a standing-committee member: secretary or deputy secretary
     * (standing deputy too) of the district or city committee, or "UVBTV" / "Ủy viên Ban Thường vụ".
     * "HUV" alone, "Bí thư Huyện đoàn" or "Bí thư Đảng ủy xã" do not.
     */
    public static boolean isStandingCommittee(String position) {
        return STANDING_TITLE.matcher(VietnameseText.fold(position)).find();
    }

    /** A year cell: a number, "2021" or "Năm 2021"; anything else is an {@link ProblemCode#INVALID_YEAR}. */
    public static ValueResult<Integer> year(Object cell, String field) {
        if (cell == null) {
            return ValueResult.empty();
        }
        if (cell instanceof Number number) {
            double n = number.doubleValue();
            if (n == Math.rint(n) && n >= 1900 && n <= 2200) {
                return ValueResult.of((int) n);
            }
            return ValueResult.problem(ProblemCode.INVALID_YEAR, field, cell, "not a year: " + cell);
        }
        String text = VietnameseText.clean(cell.toString());
        if (text.isEmpty()) {
            return ValueResult.empty();
        }
        Matcher m = YEAR.matcher(VietnameseText.fold(text).replaceAll("[.:]", " ").strip());
        if (!m.matches()) {
            return ValueResult.problem(ProblemCode.INVALID_YEAR, field, text, "not a year: " + text);
        }
        return ValueResult.of(Integer.parseInt(m.group(1)));
    }

    private static String blankToNull(String text) {
        String cleaned = VietnameseText.clean(text);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }
}
