package org.diaban.importing.legacy.values;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diaban.domain.text.VietnameseText;

/**
 * A section row of an assignment list: a Roman numeral, a dot and a title in capitals, such as
 * "I. ỦY VIÊN BAN THƯỜNG VỤ" or "III. CÁN BỘ LÃNH ĐẠO, QUẢN LÝ ...". A title in mixed case counts
 * only when it names a category ("I. Ủy viên Ban Thường vụ").
 *
 * @param numeral the Roman numeral as written, upper case
 * @param title the title after the numeral
 * @param category the committee category the rows below belong to, if the section tells one
 */
public record SectionRow(String numeral, String title, Optional<CommitteeCategory> category) {

    private static final Pattern SECTION = Pattern.compile("([IVX]{1,5})\\s*[.)]\\s*(\\S.*)");
    private static final Pattern WORDS_BTV = Pattern.compile("\\b(thuong vu|btv)\\b");
    private static final Pattern WORDS_BCH = Pattern.compile("\\b(chap hanh|bch)\\b");
    private static final Pattern WORDS_LDQL = Pattern.compile("\\b(lanh dao|quan ly|ldql)\\b");

    /** The section row a cell's text makes, or empty for any other text. */
    public static Optional<SectionRow> detect(String cell) {
        String text = VietnameseText.clean(cell);
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SECTION.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String title = m.group(2);
        if (!title.codePoints().anyMatch(Character::isLetter)) {
            return Optional.empty();
        }
        Optional<CommitteeCategory> named = categoryNamedIn(title);
        if (!title.equals(title.toUpperCase()) && named.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SectionRow(m.group(1), title, named.or(() -> categoryOfNumeral(m.group(1)))));
    }

    /**
     * The category named earliest in the title, so "LÃNH ĐẠO, QUẢN LÝ KHÔNG PHẢI ỦY VIÊN BAN CHẤP
     * HÀNH" is LDQL.
     */
    private static Optional<CommitteeCategory> categoryNamedIn(String title) {
        String folded = VietnameseText.fold(title);
        CommitteeCategory best = null;
        int bestAt = Integer.MAX_VALUE;
        CommitteeCategory[] categories = {CommitteeCategory.BTV, CommitteeCategory.BCH, CommitteeCategory.LDQL};
        Pattern[] words = {WORDS_BTV, WORDS_BCH, WORDS_LDQL};
        for (int i = 0; i < words.length; i++) {
            Matcher m = words[i].matcher(folded);
            if (m.find() && m.start() < bestAt) {
                bestAt = m.start();
                best = categories[i];
            }
        }
        return Optional.ofNullable(best);
    }

    /** Without words that name a category, the numeral: I is BTV, II is BCH, III is LDQL. */
    private static Optional<CommitteeCategory> categoryOfNumeral(String numeral) {
        return switch (numeral) {
            case "I" -> Optional.of(CommitteeCategory.BTV);
            case "II" -> Optional.of(CommitteeCategory.BCH);
            case "III" -> Optional.of(CommitteeCategory.LDQL);
            default -> Optional.empty();
        };
    }
}
