package org.diaban.importing.legacy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellTextDecoderTest {

    @Test
    void encodingFollowsTheFontName() {
        assertEquals(new FontEncoding(LegacyEncoding.TCVN3, false), FontEncoding.of(".VnTime"));
        assertEquals(new FontEncoding(LegacyEncoding.TCVN3, true), FontEncoding.of(".VnTimeH"));
        assertEquals(new FontEncoding(LegacyEncoding.TCVN3, true), FontEncoding.of(".VnArialH"));
        assertEquals(new FontEncoding(LegacyEncoding.TCVN3, false), FontEncoding.of(".vnarial"));
        assertEquals(new FontEncoding(LegacyEncoding.VNI, false), FontEncoding.of("VNI-Times"));
        assertEquals(new FontEncoding(LegacyEncoding.VNI, false), FontEncoding.of("VNI-Helve"));
        assertEquals(FontEncoding.UNICODE, FontEncoding.of("Times New Roman"));
        assertEquals(FontEncoding.UNICODE, FontEncoding.of("Arial"));
        assertEquals(FontEncoding.UNICODE, FontEncoding.of(null));
    }

    @Test
    void decodesByFontNeverByCharacters() {
        assertEquals("Lạng Sơn", CellTextDecoder.decode("L¹ng S¬n", ".VnTime"));
        assertEquals("LẠNG SƠN", CellTextDecoder.decode("L¹ng S¬n", ".VnTimeH"));
        assertEquals("Lạng Sơn", CellTextDecoder.decode("Laïng Sôn", "VNI-Times"));
        assertEquals("Laïng Sôn", CellTextDecoder.decode("Laïng Sôn", "Arial"));
        assertEquals("Lạng Sơn", CellTextDecoder.decode("Lạng Sơn", "Times New Roman"));
        assertNull(CellTextDecoder.decode(null, ".VnTime"));
    }

    @Test
    void decodedTextIsNotDecodedAgain() {
        assertEquals("Hoàng Lý", CellTextDecoder.decode("Hoàng Lý", "Times New Roman"));
        assertEquals("Hoàng Lý", CellTextDecoder.decode(VniEncoder.encode("Hoàng Lý"), "VNI-Times"));
    }

    @Test
    void combiningMarksBecomePrecomposed() {
        String composed = "Ha\u0300 Nô\u0323i Hu\u031B\u0303u";
        assertEquals("Hà Nội Hữu", CellTextDecoder.decode(composed, "Arial"));
    }

    @Test
    void richTextRunsAreDecodedEachInItsFont() {
        String raw = "Xã L¹ng S¬n - Laïng Sôn";
        List<CellTextDecoder.FontRun> runs = List.of(
                new CellTextDecoder.FontRun(3, ".VnTimeH"), new CellTextDecoder.FontRun(12, "VNI-Times"));
        assertEquals("Xã LẠNG SƠN - Lạng Sơn", CellTextDecoder.decode(raw, "Arial", runs));
        assertEquals("Lạng Sơn", CellTextDecoder.decode("L¹ng S¬n", ".VnTime", List.of()));
    }
}
