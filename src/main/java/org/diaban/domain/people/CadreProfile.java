package org.diaban.domain.people;

import java.time.Year;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.text.VietnameseText;

/**
 * A cadre's personal details as entered: checked here so that the form, the importer and the
 * command line apply the same rules.
 */
public record CadreProfile(String fullName, Gender gender, Integer birthYear, String ethnicity,
                           Long homeUnitId, String workplace, String phone, String note) {

    public static final int EARLIEST_BIRTH_YEAR = 1920;

    public CadreProfile {
        fullName = VietnameseText.clean(fullName);
        if (fullName == null || fullName.isEmpty()) {
            throw new DomainException("cadre.error.nameRequired");
        }
        if (fullName.length() > 200) {
            throw new DomainException("cadre.error.nameTooLong", 200);
        }
        if (fullName.chars().anyMatch(Character::isDigit)) {
            throw new DomainException("cadre.error.nameHasDigits", fullName);
        }
        int latest = Year.now().getValue() - 16;
        if (birthYear != null && (birthYear < EARLIEST_BIRTH_YEAR || birthYear > latest)) {
            throw new DomainException("cadre.error.birthYearRange", EARLIEST_BIRTH_YEAR, latest);
        }
        ethnicity = blankToNull(ethnicity);
        workplace = blankToNull(workplace);
        phone = blankToNull(phone);
        note = blankToNull(note);
        if (phone != null && !phone.matches("[0-9 +().-]{6,20}")) {
            throw new DomainException("cadre.error.phoneFormat", phone);
        }
    }

    public static CadreProfile named(String fullName) {
        return new CadreProfile(fullName, null, null, null, null, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
