package org.diaban.importing.legacy.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommitteeCategoryTest {

    @ParameterizedTest
    @CsvSource({"BTV,BTV", "btv,BTV", "UVBTV,BTV", "BCH,BCH", "bch,BCH", "LĐQL,LDQL", "LDQL,LDQL", "lđql,LDQL",
        "' LĐQL ',LDQL"})
    void categoryCells(String cell, CommitteeCategory expected) {
        assertEquals(Optional.of(expected), CommitteeCategory.fromCell(cell));
    }

    @Test
    void otherCellsHaveNoCategory() {
        assertEquals(Optional.empty(), CommitteeCategory.fromCell(""));
        assertEquals(Optional.empty(), CommitteeCategory.fromCell(null));
        assertEquals(Optional.empty(), CommitteeCategory.fromCell("Phó Bí thư"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I. ỦY VIÊN BAN THƯỜNG VỤ|I|BTV",
        "I. ỦY VIÊN BAN THƯỜNG VỤ HUYỆN ỦY|I|BTV",
        "II. ỦY VIÊN BAN CHẤP HÀNH|II|BCH",
        "II. UỶ VIÊN BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN (KHÔNG PHẢI UV BTV)|II|BCH",
        "III. CÁN BỘ LÃNH ĐẠO, QUẢN LÝ KHÔNG LÀ ỦY VIÊN BAN CHẤP HÀNH|III|LDQL",
        "III. CÁN BỘ LÃNH ĐẠO, QUẢN LÝ|III|LDQL",
        "I.ỦY VIÊN BTV|I|BTV",
        "II) BCH|II|BCH",
        "I. Ủy viên Ban Thường vụ|I|BTV",
        "III. Cán bộ lãnh đạo, quản lý|III|LDQL",
    })
    void sectionRowsGiveTheirCategory(String cell, String numeral, CommitteeCategory category) {
        SectionRow row = SectionRow.detect(cell).orElseThrow();
        assertEquals(numeral, row.numeral());
        assertEquals(Optional.of(category), row.category());
    }

    @Test
    void withoutKnownWordsTheNumeralDecides() {
        assertEquals(Optional.of(CommitteeCategory.BTV), SectionRow.detect("I. KHỐI ĐẢNG").orElseThrow().category());
        assertEquals(Optional.of(CommitteeCategory.BCH), SectionRow.detect("II. KHỐI CHÍNH QUYỀN").orElseThrow()
                .category());
        assertEquals(Optional.of(CommitteeCategory.LDQL), SectionRow.detect("III. KHỐI ĐOÀN THỂ").orElseThrow()
                .category());
        assertEquals(Optional.empty(), SectionRow.detect("IV. KHỐI KHÁC").orElseThrow().category());
        assertEquals("KHỐI KHÁC", SectionRow.detect("IV. KHỐI KHÁC").orElseThrow().title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ia. ỦY VIÊN", "I. Khối Đảng", "V. Văn Sơn", "1. ỦY VIÊN BAN THƯỜNG VỤ", "Vi Văn Sơn",
        "V. 123", "Nơi nhận:", "T/M BAN THƯỜNG VỤ", "(1)", ""})
    void otherRowsAreNoSections(String cell) {
        assertEquals(Optional.empty(), SectionRow.detect(cell));
    }
}
