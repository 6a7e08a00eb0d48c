package org.diaban.importing.legacy.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.diaban.importing.legacy.text.LegacyText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HonorificTest {

    @ParameterizedTest
    @ValueSource(strings = {"Đ/c Ngô Thanh Nhàn", "đ/c Ngô Thanh Nhàn", "Đồng chí Ngô Thanh Nhàn",
        "đồng chí Ngô Thanh Nhàn", "ĐỒNG CHÍ Ngô Thanh Nhàn", "Đ/C Ngô Thanh Nhàn", "Đ/c: Ngô Thanh Nhàn",
        "Đ/c.Ngô Thanh Nhàn", "  Đ/c  Ngô  Thanh Nhàn ", "Ngô Thanh Nhàn", "Ngô Thanh Nhàn\u00a0",
        "Đ / c Ngô Thanh Nhàn", "Ngo\u0302 Thanh Nha\u0300n"})
    void honorificsAndSpacingGo(String cell) {
        assertEquals("Ngô Thanh Nhàn", LegacyText.stripHonorific(cell));
    }

    @Test
    void namesThatOnlyLookLikeAnHonorificStay() {
        assertEquals("Đồng Văn Chí", LegacyText.stripHonorific("Đồng Văn Chí"));
        assertEquals("Đồng Chính", LegacyText.stripHonorific("Đồng Chính"));
    }

    @Test
    void emptyGivesNull() {
        assertNull(LegacyText.stripHonorific(null));
        assertNull(LegacyText.stripHonorific("  "));
        assertNull(LegacyText.stripHonorific("Đ/c"));
    }
}
