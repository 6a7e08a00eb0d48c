package org.diaban.domain.people;

import java.time.Year;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.text.VietnameseText;

/**
 * A cadre's personal details as entered: checked here so that the form, the importer and the
 * command line apply the same rules. Each field's rule is also public on its own, so a form can
 * tell the user which field is wrong while they type.
 */
public record CadreProfile(String fullName, Gender gender, Integer birthYear, String ethnicity,
                           Long homeUnitId, String workplace, String phone, String note) {

    public static final int EARLIEST_BIRTH_YEAR = 1920;
    /** Cadres are at least this old; the latest birth year allowed follows from it. */
    public static final int MINIMUM_AGE = 16;
    public static final int MAX_NAME = 200;
    // the column widths of the cadre table
    public static final int MAX_ETHNICITY = 60;
    public static final int MAX_WORKPLACE = 300;
    public static final int MAX_NOTE = 2000;

    public CadreProfile {
        fullName = VietnameseText.clean(fullName);
        checkName(fullName);
        checkBirthYear(birthYear);
        ethnicity = blankToNull(ethnicity);
        workplace = blankToNull(workplace);
        phone = blankToNull(phone);
        note = blankToNull(note);
        checkEthnicity(ethnicity);
        checkWorkplace(workplace);
        checkPhone(phone);
        checkNote(note);
    }

    public static CadreProfile named(String fullName) {
        return new CadreProfile(fullName, null, null, null, null, null, null, null);
    }

    /** The full name is required, at most 200 characters, without digits. */
    public static void checkName(String fullName) {
        String name = VietnameseText.clean(fullName);
        if (name == null || name.isEmpty()) {
            throw new DomainException("cadre.error.nameRequired");
        }
        if (name.length() > MAX_NAME) {
            throw new DomainException("cadre.error.nameTooLong", MAX_NAME);
        }
        if (name.chars().anyMatch(Character::isDigit)) {
            throw new DomainException("cadre.error.nameHasDigits", name);
        }
    }

    /** The birth year is optional; if given it lies between 1920 and 16 years ago. */
    public static void checkBirthYear(Integer birthYear) {
        int latest = latestBirthYear();
        if (birthYear != null && (birthYear < EARLIEST_BIRTH_YEAR || birthYear > latest)) {
            throw new DomainException("cadre.error.birthYearRange", EARLIEST_BIRTH_YEAR, latest);
        }
    }

    public static int latestBirthYear() {
        return Year.now().getValue() - MINIMUM_AGE;
    }

    public static void checkPhone(String phone) {
        String p = blankToNull(phone);
        if (p != null && !p.matches("[0-9 +().-]{6,20}")) {
            throw new DomainException("cadre.error.phoneFormat", p);
        }
    }

    public static void checkEthnicity(String ethnicity) {
        checkLength(ethnicity, MAX_ETHNICITY, "cadre.error.ethnicityTooLong");
    }

    public static void checkWorkplace(String workplace) {
        checkLength(workplace, MAX_WORKPLACE, "cadre.error.workplaceTooLong");
    }

    public static void checkNote(String note) {
        checkLength(note, MAX_NOTE, "cadre.error.noteTooLong");
    }

    private static void checkLength(String text, int max, String key) {
        String t = blankToNull(text);
        if (t != null && t.length() > max) {
            throw new DomainException(key, max);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
