package org.diaban.importing.legacy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Tcvn3Test {

    @Test
    void everyLetterHasOneCodeAndComesBack() {
        assertEquals(134, VietnameseLetters.nonAscii().size());
        Set<String> codes = new HashSet<>();
        for (String letter : VietnameseLetters.lowerCase()) {
            String code = Tcvn3Encoder.encode(letter);
            assertEquals(1, code.length(), letter);
            assertTrue(codes.add(code), "code used twice: " + letter);
            assertEquals(letter, Tcvn3Decoder.decode(code, false), letter);
            assertEquals(letter.toUpperCase(Locale.ROOT), Tcvn3Decoder.decode(code, true), letter);
        }
    }

    @Test
    void capitalsWithoutToneHaveTheirOwnCodes() {
        assertEquals("\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7", Tcvn3Encoder.encode("ĂÂÊÔƠƯĐ"));
        assertEquals("ĂÂÊÔƠƯĐ", Tcvn3Decoder.decode("\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7", false));
    }

    @Test
    void tonedCapitalsTakeTheLowerCaseCodeAndComeBackOnlyThroughAnHFont() {
        for (String upper : VietnameseLetters.upperCase()) {
            String code = Tcvn3Encoder.encode(upper);
            assertEquals(upper, Tcvn3Decoder.decode(code, true), upper);
            String plain = Tcvn3Decoder.decode(code, false);
            if ("ĂÂÊÔƠƯĐ".contains(upper) || upper.charAt(0) < 0x80) {
                assertEquals(upper, plain, upper);
            } else {
                assertEquals(upper.toLowerCase(Locale.ROOT), plain, upper);
            }
        }
    }

    @Test
    void readmeExamples() {
        assertEquals("Lạng Sơn", Tcvn3Decoder.decode("L¹ng S¬n", false));
        assertEquals("Hữu Lũng", Tcvn3Decoder.decode("H÷u Lòng", false));
        assertEquals("Đảng Cộng sản", Tcvn3Decoder.decode("§¶ng Céng s¶n", false));
        assertEquals("ĐẢNG BỘ TỈNH LẠNG SƠN", Tcvn3Decoder.decode("§¶ng Bé TØnh L¹ng S¬n", true));
        assertEquals("L¹ng S¬n", Tcvn3Encoder.encode("Lạng Sơn"));
        assertEquals("§¶ng Céng s¶n", Tcvn3Encoder.encode("Đảng Cộng sản"));
    }

    @Test
    void softHyphenIsTheLetterU() {
        assertEquals("Thường", Tcvn3Decoder.decode("Th\u00ADêng", false));
        assertEquals("THƯỜNG TRỰC", Tcvn3Decoder.decode("th\u00ADêng trùc", true));
    }

    @Test
    void cp1252CharsDecodeLikeTheLatin1CharOfTheirByte() {
        String cp1252 = "\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D"
                + "\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178";
        String bytes = "\u0080\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008E"
                + "\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009E\u009F";
        assertEquals(Tcvn3Decoder.decode(bytes, false), Tcvn3Decoder.decode(cp1252, false));
        assertEquals("\u201CHữu Lũng\u201D \u2026", Tcvn3Decoder.decode("\u0093H÷u Lòng\u0094 \u0085", false));
        assertEquals("\u2018ok\u2019", Tcvn3Decoder.decode("\u2018ok\u2019", false));
    }

    @Test
    void asciiAndUnassignedBytesStay() {
        assertEquals("56-QĐ/HU, 8/4/2021 (1)", Tcvn3Decoder.decode("56-Q§/HU, 8/4/2021 (1)", false));
        assertEquals("\u00A0\u00B0", Tcvn3Decoder.decode("\u00A0\u00B0", false));
    }
}
