package org.diaban.importing.legacy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LegacyTextTest {

    @Test
    void normalizeTrimsLinesCollapsesSpacesAndDropsEmptyLines() {
        assertEquals("Nông Văn Minh", LegacyText.normalize("  Nông \u00A0 Văn\tMinh  "));
        assertEquals("Nà Pàn\nKhuổi Ma", LegacyText.normalize(" Nà  Pàn \r\n\n  \nKhuổi Ma\n"));
        assertEquals("Hà", LegacyText.normalize("Ha\u0300"));
        assertNull(LegacyText.normalize(" \u00A0\n "));
        assertNull(LegacyText.normalize(""));
        assertNull(LegacyText.normalize(null));
    }

    @Test
    void honorificsAreStripped() {
        assertEquals("Hoàng Văn Tú", LegacyText.stripHonorific("Đ/c Hoàng Văn Tú"));
        assertEquals("Hoàng Văn Tú", LegacyText.stripHonorific("đ/c  Hoàng Văn Tú "));
        assertEquals("Hoàng Văn Tú", LegacyText.stripHonorific("Đ/c. Hoàng Văn Tú"));
        assertEquals("Hoàng Văn Tú", LegacyText.stripHonorific("đ/c.Hoàng Văn Tú"));
        assertEquals("Hoàng Văn Tú", LegacyText.stripHonorific("Đ/C Hoàng Văn Tú"));
        assertEquals("Hoàng Văn Tú", LegacyText.stripHonorific("Đồng chí Hoàng Văn Tú"));
        assertEquals("Hoàng Văn Tú", LegacyText.stripHonorific("đồng chí Hoàng Văn Tú"));
        assertEquals("Đồng Văn Chí", LegacyText.stripHonorific("Đồng Văn Chí"));
        assertEquals("Đồng Chính", LegacyText.stripHonorific("Đồng Chính"));
        assertNull(LegacyText.stripHonorific("  "));
    }

    @Test
    void oldAndNewTonePlacementGiveTheSameKey() {
        String[][] pairs = {
            {"oà", "òa"}, {"oá", "óa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
            {"oè", "òe"}, {"oé", "óe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"},
            {"uỳ", "ùy"}, {"uý", "úy"}, {"uỷ", "ủy"}, {"uỹ", "ũy"}, {"uỵ", "ụy"},
        };
        for (String[] pair : pairs) {
            assertEquals(LegacyText.unitKey("H" + pair[1]), LegacyText.unitKey("H" + pair[0]), pair[0]);
            assertEquals("h" + pair[1] + " sơn", LegacyText.newStyleTones("h" + pair[0] + " sơn"));
        }
        assertEquals(LegacyText.unitKey("Xã Hòa Bình"), LegacyText.unitKey("xã Hoà Bình"));
        assertEquals(LegacyText.unitKey("Thủy Hùng"), LegacyText.unitKey("THUỶ HÙNG"));
        assertEquals("hoàng quỳnh", LegacyText.newStyleTones("hoàng quỳnh"));
    }

    @Test
    void unitKeyIgnoresCaseSpacesAndUnitPrefixes() {
        String key = LegacyText.unitKey("Hồ Sơn");
        assertEquals("hồ sơn", key);
        for (String written : new String[] {"Xã Hồ Sơn", "xã  hồ sơn", "HỒ SƠN", "Thị trấn Hồ Sơn", "TT Hồ Sơn",
            "TT. Hồ Sơn", "Phường Hồ Sơn", "P. Hồ Sơn", "P.Hồ Sơn", "Thôn Hồ Sơn", "thôn Hồ Sơn", "Bản Hồ Sơn",
            "Tổ dân phố Hồ Sơn", "TDP Hồ Sơn", "Khối Hồ Sơn", "Khu Hồ Sơn", "Huyện Hồ Sơn", "Thành phố Hồ Sơn",
            "TP Hồ Sơn", "TP. Hồ Sơn", "Ho\u0302\u0300 So\u031Bn"}) {
            assertEquals(key, LegacyText.unitKey(written), written);
        }
        assertEquals("3", LegacyText.unitKey("Khối 3"));
        assertEquals("3", LegacyText.unitKey("Tổ dân phố 3"));
        assertEquals("khuổi ma", LegacyText.unitKey("Khuổi Ma"));
        assertEquals("bản", LegacyText.unitKey("Bản"));
        assertEquals("", LegacyText.unitKey(null));
    }

    @Test
    void unitKeyKeepsOtherDiacritics() {
        assertNotEquals(LegacyText.unitKey("Hòa Sơn"), LegacyText.unitKey("Hồ Sơn"));
        assertNotEquals(LegacyText.unitKey("Tân Lập"), LegacyText.unitKey("Tân Lấp"));
    }
}
