package org.diaban.service.compliance;

import java.time.LocalDate;
import java.util.Set;
import org.diaban.domain.compliance.NormPolicy;
import org.diaban.domain.compliance.Standing;
import org.diaban.domain.people.PositionKind;

/**
 * One line of the Regulation 1764 list: a committee member on a committee (policy
 * EACH_COMMITTEE), or a member across all their committees (STRICTEST, where the committee is the
 * one whose norm was strictest).
 *
 * @param title           the title of the latest seat in the year, as written (may be null)
 * @param kind            the kind of that seat
 * @param normPerYear     the yearly norm that applied (meetings a year), or null if none did
 * @param legalBasis      the basis of that norm, as stored
 * @param required        meetings owed for the part of the year the seat was held, or null
 * @param attended        chi-bộ meetings attended on seat days within the year
 * @param seatDays        days within the year the seat(s) were held
 * @param daysInYear      365 or 366
 * @param tierAbolishedOn the day the committee's tier ceased to exist, if on or before the year's end
 * @param committeeIds    the committees the row covers (one, or all of the cadre's under STRICTEST)
 */
public record ComplianceRow(Long cadreId, String name, Integer birthYear, Long committeeId, String committeeName,
                            String tierCode, String tierNameVi, String tierNameEn, String title, PositionKind kind,
                            Integer normPerYear, String legalBasis, Integer required, int attended, Standing standing,
                            int seatDays, int daysInYear, LocalDate tierAbolishedOn, NormPolicy policy,
                            Set<Long> committeeIds) {

    public boolean partYear() {
        return seatDays < daysInYear;
    }

    /** How many committees the cadre sat on in the year (more than one only matters under STRICTEST). */
    public int committeeCount() {
        return committeeIds.size();
    }
}
