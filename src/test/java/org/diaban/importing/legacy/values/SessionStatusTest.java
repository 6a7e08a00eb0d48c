package org.diaban.importing.legacy.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionStatusTest {

    @ParameterizedTest
    @CsvSource({
        "Đã giải quyết,da_giai_quyet", "Đã xong,da_giai_quyet", "Hoàn thành,da_giai_quyet",
        "ĐÃ GIẢI QUYẾT,da_giai_quyet", "da giai quyet,da_giai_quyet", "'  Đã   giải quyết. ',da_giai_quyet",
        "Đã giải quyết xong,da_giai_quyet",
        "Đang giải quyết,dang_giai_quyet", "Đang xử lý,dang_giai_quyet", "Đang thực hiện,dang_giai_quyet",
        "đang xử lí,dang_giai_quyet", "Chưa xử lí,chua_giai_quyet",
        "Chưa giải quyết,chua_giai_quyet", "Chưa xử lý,chua_giai_quyet", "chưa xử lý,chua_giai_quyet",
        "Đã chuyển cấp trên,chuyen_cap_tren", "Chuyển cơ quan chức năng,chuyen_cap_tren",
        "đã chuyển cơ quan chức năng,chuyen_cap_tren",
    })
    void wordingsMapToTheKeysStatus(String text, String key) {
        SessionStatus status = SessionStatus.fromText(text);
        assertEquals(key, status == null ? null : status.key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Chờ ý kiến", "Chưa hoàn thành", "giải quyết", "Đã"})
    void unknownOrEmptyTextHasNoStatus(String text) {
        assertNull(SessionStatus.fromText(text));
    }
}
