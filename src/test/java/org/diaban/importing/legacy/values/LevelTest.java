package org.diaban.importing.legacy.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LevelTest {

    @ParameterizedTest
    @CsvSource({
        "Tỉnh,tinh", "tỉnh,tinh", "TỈNH,tinh", "TUV,tinh", "tuv,tinh", "Tinh,tinh",
        "Huyện,huyen", "huyện,huyen", "thành phố,huyen", "Thành phố,huyen", "HUV,huyen", "huyen,huyen",
        "TP,huyen", "Thị xã,huyen", "Thị trấn,xa",
        "Xã,xa", "xã,xa", "phường,xa", "Phường,xa", "ĐUV,xa", "đuv,xa", "DUV,xa", "' Xã ',xa", "xa,xa",
    })
    void aliasesMapToTheKeysLevels(String cell, String key) {
        assertEquals(key, Level.parse(cell, "cap").value().key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thôn", "Bản", "Trung ương", "x", "", "  "})
    void otherTextIsAnInvalidLevel(String cell) {
        ValueResult<Level> result = Level.parse(cell, "cap");
        assertEquals(ProblemCode.INVALID_LEVEL, result.problem().code());
        assertEquals("cap", result.problem().field());
        assertEquals(cell.strip(), result.problem().value());
    }

    @Test
    void theBacSonKeysInvalidLevel() {
        // loi_sinh_hoat_chi_bo_BacSon_2022.xls, row 22
        assertEquals(new ValueProblem(ProblemCode.INVALID_LEVEL, "cap", "Thôn", "level must be tỉnh, huyện or xã"),
                Level.parse("Thôn", "cap").problem());
        assertEquals(ProblemCode.INVALID_LEVEL, Level.parse(null, "cap").problem().code());
    }

    @Test
    void theDefaultNormsAreThoseOfTheKeys() {
        NormTable norms = NormTable.defaults();
        assertEquals(1, norms.normFor(Level.TINH));
        assertEquals(2, norms.normFor(Level.HUYEN));
        assertEquals(4, norms.normFor(Level.XA));
    }

    @Test
    void theCallerMaySetOtherNormsButNotLeaveOneOut() {
        NormTable norms = new NormTable(Map.of(Level.TINH, 2, Level.HUYEN, 3, Level.XA, 6));
        assertEquals(6, norms.normFor(Level.XA));
        assertThrows(IllegalArgumentException.class, () -> new NormTable(Map.of(Level.TINH, 1)));
    }
}
