package org.diaban.domain.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.diaban.domain.common.DateRange;
import org.junit.jupiter.api.Test;

/** Regulation 1764 norms are dated data per tier; compliance is judged pro rata during the year. */
class ComplianceTest {

    private static final long PROVINCE = 1L;
    private static final long DISTRICT = 2L;
    private static final long COMMUNE = 3L;
    private static final LocalDate SINCE = LocalDate.of(2019, 5, 29);

    private final AttendanceNorms norms = new AttendanceNorms(List.of(
            new AttendanceNorm(PROVINCE, 1, DateRange.startingOn(SINCE), "1764"),
            new AttendanceNorm(DISTRICT, 2, DateRange.of(SINCE, LocalDate.of(2025, 6, 30)), "1764"),
            new AttendanceNorm(COMMUNE, 4, DateRange.startingOn(SINCE), "1764")));

    @Test
    void theSeededNormsAreOneTwoFourAYear() {
        assertEquals(Optional.of(1), norms.requiredInYear(PROVINCE, 2023));
        assertEquals(Optional.of(2), norms.requiredInYear(DISTRICT, 2023));
        assertEquals(Optional.of(4), norms.requiredInYear(COMMUNE, 2023));
    }

    @Test
    void theDistrictNormStillBindsTheYearItEndedAndNoLaterYear() {
        assertEquals(Optional.of(2), norms.requiredInYear(DISTRICT, 2025));
        assertEquals(Optional.empty(), norms.requiredInYear(DISTRICT, 2026));
        assertEquals(Optional.empty(), norms.forTier(DISTRICT, LocalDate.of(2025, 7, 1)));
    }

    @Test
    void noNormBeforeTheRegulation() {
        assertEquals(Optional.empty(), norms.requiredInYear(COMMUNE, 2018));
    }

    @Test
    void statusIsMetOnTrackOrBehind() {
        assertEquals(ComplianceStatus.MET, ComplianceStatus.judge(4, 4, 2026, LocalDate.of(2026, 3, 1)));
        // mid-year: 2 of 4 are due, so 2 is on track and 1 is behind
        LocalDate midYear = LocalDate.of(2026, 7, 2);
        assertEquals(ComplianceStatus.ON_TRACK, ComplianceStatus.judge(4, 2, 2026, midYear));
        assertEquals(ComplianceStatus.BEHIND, ComplianceStatus.judge(4, 1, 2026, midYear));
        // early in the year nothing is due yet
        assertEquals(ComplianceStatus.ON_TRACK, ComplianceStatus.judge(4, 0, 2026, LocalDate.of(2026, 2, 1)));
        // once the year is over, below the norm is behind
        assertEquals(ComplianceStatus.BEHIND, ComplianceStatus.judge(2, 1, 2025, LocalDate.of(2026, 1, 5)));
        assertEquals(ComplianceStatus.BEHIND, ComplianceStatus.judge(2, 1, 2025, LocalDate.of(2025, 12, 31)));
    }
}
