package org.diaban.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldingIgnoresDiacriticsCaseAndSpacing() {
        assertEquals("huu lung", VietnameseText.fold("Hữu Lũng"));
        assertEquals("dang cong san viet nam", VietnameseText.fold("  ĐẢNG  CỘNG SẢN\tVIỆT NAM "));
        assertEquals("nguyen van an", VietnameseText.fold("Nguyễn Văn An"));
        // old and new tone placement, composed and precomposed forms fold alike
        assertEquals(VietnameseText.fold("Hòa Thắng"), VietnameseText.fold("Hoà Thắng"));
        assertEquals(VietnameseText.fold("Thủy"), VietnameseText.fold("Thuỷ"));
        assertEquals(VietnameseText.fold("Lũng"), VietnameseText.fold("Lu\u0303ng"));
        assertEquals("", VietnameseText.fold(null));
    }

    @Test
    void cleaningNormalisesButKeepsDiacritics() {
        assertEquals("Hữu Lũng", VietnameseText.clean(" Hữu\u00a0 Lu\u0303ng "));
    }

    @Test
    void cleaningCollapsesSpaceRunsAsTheRegexWould() {
        for (String text : List.of("a b", "a  b", "a\tb", "a \t\n\u000B\f\r b", "a\u2003 b", "a \u2003  b", "ab", " ",
                "a\n", "x \u00a0\u00a0y", "Tổ  dân\tphố")) {
            String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).replace('\u00A0', ' ');
            assertEquals(nfc.strip().replaceAll("\\s+", " "), VietnameseText.clean(text), text);
        }
    }

    @Test
    void givenNameIsTheLastWord() {
        assertEquals("An", VietnameseText.givenName("Nguyễn Văn An"));
        assertEquals("Hoa", VietnameseText.givenName("Hoa"));
    }

    @Test
    void vietnameseOrderFollowsTheAlphabetAndTones() {
        List<String> names = new ArrayList<>(List.of("Đức", "Dũng", "Ánh", "Anh", "Ăn", "Âu", "Hạ", "Há", "Hà", "Ha"));
        names.sort(VietnameseCollation.text());
        assertEquals(List.of("Anh", "Ánh", "Ăn", "Âu", "Dũng", "Đức", "Ha", "Hà", "Há", "Hạ"), names);
    }

    @Test
    void peopleAreOrderedByGivenNameFirst() {
        List<String> people = new ArrayList<>(List.of("Nguyễn Văn Bình", "Trần Thị An", "Lý Văn Ân", "Hoàng An"));
        people.sort(VietnameseCollation.personName());
        assertEquals(List.of("Hoàng An", "Trần Thị An", "Lý Văn Ân", "Nguyễn Văn Bình"), people);
    }
}
