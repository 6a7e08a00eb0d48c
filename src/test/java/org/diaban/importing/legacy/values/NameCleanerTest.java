package org.diaban.importing.legacy.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NameCleanerTest {

    @ParameterizedTest
    @ValueSource(strings = {"Đ/c Ngô Thanh Nhàn", "đ/c Ngô Thanh Nhàn", "Đồng chí Ngô Thanh Nhàn",
        "đồng chí Ngô Thanh Nhàn", "ĐỒNG CHÍ Ngô Thanh Nhàn", "Đ/C Ngô Thanh Nhàn", "Đ/c: Ngô Thanh Nhàn",
        "Đ/c.Ngô Thanh Nhàn", "  Đ/c  Ngô  Thanh Nhàn ", "Ngô Thanh Nhàn", "Ngô Thanh Nhàn\u00a0",
        "Đ / c Ngô Thanh Nhàn", "Ngo\u0302 Thanh Nha\u0300n"})
    void honorificsAndSpacingGo(String cell) {
        assertEquals("Ngô Thanh Nhàn", NameCleaner.clean(cell));
    }

    @Test
    void namesThatOnlyLookLikeAnHonorificStay() {
        assertEquals("Đồng Văn Chí", NameCleaner.clean("Đồng Văn Chí"));
        assertEquals("Đồng Chính", NameCleaner.clean("Đồng Chính"));
    }

    @Test
    void emptyGivesNull() {
        assertNull(NameCleaner.clean(null));
        assertNull(NameCleaner.clean("  "));
        assertNull(NameCleaner.clean("Đ/c"));
    }
}
