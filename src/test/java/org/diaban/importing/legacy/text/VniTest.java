package org.diaban.importing.legacy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VniTest {

    @Test
    void everyLetterHasOneCodeAndComesBack() {
        List<String> all = VietnameseLetters.nonAscii();
        assertEquals(134, all.size());
        Set<String> codes = new HashSet<>();
        for (String letter : all) {
            String code = VniEncoder.encode(letter);
            assertTrue(codes.add(code), "code used twice: " + letter);
            assertEquals(letter, VniDecoder.decode(code), letter);
            assertEquals("x" + letter + "n", VniDecoder.decode("x" + code + "n"), letter);
        }
    }

    @Test
    void wordsRoundTrip() {
        String text = "Nguyễn Thị Thủy, Hoàng Văn Đức; ĐỖ QUỲNH ƯỚC - Lý Ỷ Ỵ ỵ ỹ";
        assertEquals(text, VniDecoder.decode(VniEncoder.encode(text)));
    }

    @Test
    void readmeExamples() {
        assertEquals("Lạng Sơn", VniDecoder.decode("Laïng Sôn"));
        assertEquals("Hữu Lũng", VniDecoder.decode("Höõu Luõng"));
        assertEquals("Đảng Cộng sản", VniDecoder.decode("Ñaûng Coäng saûn"));
        assertEquals("Nguyễn", VniDecoder.decode("Nguyeãn"));
        assertEquals("Laïng Sôn", VniEncoder.encode("Lạng Sơn"));
        assertEquals("Ñaûng Coäng saûn", VniEncoder.encode("Đảng Cộng sản"));
    }

    @Test
    void singleByteLetters() {
        assertEquals("đĐơƠưƯíìỉĩịỵÍÌỈĨỊỴ", VniDecoder.decode("ñÑôÔöÖíìæóòîÍÌÆÓÒÎ"));
    }

    @Test
    void capitalBaseWithLowerCaseMarkStillDecodes() {
        assertEquals("ÁNH", VniDecoder.decode("AÙNH"));
        assertEquals("Ánh", VniDecoder.decode("Aùnh"));
    }
}
