package org.diaban.domain.people;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Year;
import org.diaban.domain.common.DomainException;
import org.junit.jupiter.api.Test;

class CadreProfileTest {

    @Test
    void cleansTheNameAndBlanks() {
        CadreProfile p = new CadreProfile("  Nguyễn   Văn  An ", Gender.MALE, 1975, " ", null, "", " 0912 345 678 ", null);
        assertEquals("Nguyễn Văn An", p.fullName());
        assertNull(p.ethnicity());
        assertNull(p.workplace());
        assertEquals("0912 345 678", p.phone());
    }

    @Test
    void eachFieldHasItsOwnRule() {
        assertEquals("cadre.error.nameRequired", key(() -> CadreProfile.checkName("  ")));
        assertEquals("cadre.error.nameHasDigits", key(() -> CadreProfile.checkName("Nguyễn Văn 2")));
        assertEquals("cadre.error.nameTooLong", key(() -> CadreProfile.checkName("A".repeat(201))));
        assertEquals("cadre.error.birthYearRange", key(() -> CadreProfile.checkBirthYear(1919)));
        assertEquals("cadre.error.birthYearRange",
                key(() -> CadreProfile.checkBirthYear(Year.now().getValue() - 15)));
        assertDoesNotThrow(() -> CadreProfile.checkBirthYear(Year.now().getValue() - 16));
        assertDoesNotThrow(() -> CadreProfile.checkBirthYear(null));
        assertEquals("cadre.error.phoneFormat", key(() -> CadreProfile.checkPhone("abc")));
        assertDoesNotThrow(() -> CadreProfile.checkPhone("(0205) 3.825-111"));
        assertEquals("cadre.error.ethnicityTooLong", key(() -> CadreProfile.checkEthnicity("x".repeat(61))));
        assertEquals("cadre.error.workplaceTooLong", key(() -> CadreProfile.checkWorkplace("x".repeat(301))));
        assertEquals("cadre.error.noteTooLong", key(() -> CadreProfile.checkNote("x".repeat(2001))));
    }

    @Test
    void theConstructorAppliesTheFieldRules() {
        assertEquals("cadre.error.noteTooLong", key(() -> new CadreProfile("Lê Thị Hoa", null, null, null, null,
                null, null, "x".repeat(2001))));
        assertEquals("cadre.error.birthYearRange", key(() -> new CadreProfile("Lê Thị Hoa", null, 1800, null, null,
                null, null, null)));
    }

    @Test
    void positionTitlesAndPeriodsAreChecked() {
        assertEquals("position.error.titleTooLong", key(() -> new PositionSpec(PositionKind.SECRETARY, 1L, null,
                "x".repeat(301), null)));
        assertEquals("position.error.endsBeforeStart", key(() -> PositionSpec.period(
                java.time.LocalDate.of(2025, 5, 2), java.time.LocalDate.of(2025, 5, 1))));
        assertDoesNotThrow(() -> PositionSpec.period(null, java.time.LocalDate.of(2025, 5, 1)));
    }

    private static String key(Runnable r) {
        return assertThrows(DomainException.class, r::run).messageKey();
    }
}
