package org.diaban.importing.legacy.values;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diaban.domain.text.VietnameseText;
import org.diaban.importing.legacy.text.LegacyText;

/** The cells of a working-group list: leader, members, whether the leader is BTV, year formed. */
public final class WorkingGroupCells {

    /** A person with a position; the position is null where the cell gives none. */
    public record Person(String hoTen, String chucVu) {
    }

    private static final Pattern NUMBERED = Pattern.compile("^(?:\\d{1,3}\\s*[.)/]|[-–+•])\\s*");
    private static final Pattern NAME_END = Pattern.compile("\\s*,\\s*|\\s+[-–]\\s+|\\s*\\(\\s*");
    private static final Pattern STANDING_TITLE = Pattern.compile(
            "\\b(uvbtv|uv btv|uy vien btv|uy vien ban thuong vu|(pho )?bi thu (thuong truc )?(huyen|thanh|thi) uy)\\b");
    private static final Pattern YEAR = Pattern.compile("(?:nam\\s*)?(\\d{4})");

    private WorkingGroupCells() {
    }

    /**
     * The leader: the name first ("Đ/c" removed), then the position after a line break or, on the
     * name's line, after the first comma, dash or opening parenthesis. Null for an empty cell.
     */
    public static Person leader(String cell) {
        List<String> lines = CellLists.lines(cell);
        if (lines.isEmpty()) {
            return null;
        }
        Person first = person(lines.get(0));
        List<String> position = new ArrayList<>();
        if (first.chucVu() != null) {
            position.add(first.chucVu());
        }
        position.addAll(lines.subList(1, lines.size()));
        return new Person(first.hoTen(), position.isEmpty() ? null : String.join("\n", position));
    }

    /**
     * The members: one per line as "1. NAME - POSITION", or "NAME (POSITION)" items separated by ";"
     * or line breaks ("NAME, POSITION" and "- " bullets are read too).
     */
    public static List<Person> members(String cell) {
        List<Person> members = new ArrayList<>();
        for (String item : CellLists.split(cell, "[;\\r\\n]")) {
            Person member = person(NUMBERED.matcher(item).replaceFirst(""));
            if (member.hoTen() != null) {
                members.add(member);
            }
        }
        return members;
    }

    /**
     * One person: names hold no comma, dash or parenthesis, so the first of these ends the name and
     * the position follows (inside the parentheses when it opens with one).
     */
    private static Person person(String text) {
        Matcher separator = NAME_END.matcher(text);
        if (!separator.find()) {
            return new Person(LegacyText.stripHonorific(text), null);
        }
        String name = text.substring(0, separator.start());
        String position = text.substring(separator.end());
        if (separator.group().contains("(") && position.endsWith(")")) {
            position = position.substring(0, position.length() - 1);
        }
        return new Person(LegacyText.stripHonorific(name), blankToNull(position));
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
