package org.diaban.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The reusable formatter writes exactly what {@link I18n#format} writes, on its fast path and off it. */
class I18nFormatterTest {

    @Test
    void textArgumentInSimplePatternMatchesFormat() {
        for (I18n i18n : new I18n[] {new I18n(I18n.VIETNAMESE), new I18n(I18n.ENGLISH)}) {
            Function<Object, String> household = i18n.formatter("report.unit.household");
            for (String head : new String[] {"Nguyễn Văn A", "O'Neil {x}", "", "=1+2"}) {
                assertEquals(i18n.format("report.unit.household", head), household.apply(head));
            }
            assertEquals(i18n.format("report.unit.household", 12345), household.apply(12345));
        }
    }

    @Test
    void missingKeyShowsTheKey() {
        I18n i18n = new I18n(I18n.VIETNAMESE);
        assertEquals(i18n.format("no.such.key", "x"), i18n.formatter("no.such.key").apply("x"));
    }
}
