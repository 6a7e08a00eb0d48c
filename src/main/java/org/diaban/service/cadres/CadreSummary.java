package org.diaban.service.cadres;

import java.time.LocalDate;
import org.diaban.domain.people.CadreCategory;
import org.diaban.domain.people.Gender;

/**
 * A row of the cadre registry on a given day.
 *
 * @param category  the Resolution 77 category on that day, or null without a position
 * @param titles    the positions held that day, as written ("Bí thư Huyện ủy; Trưởng Ban Tổ chức")
 * @param committee the committee of the highest position held that day
 */
public record CadreSummary(Long id, String fullName, Gender gender, Integer birthYear, String homeUnitName,
                           CadreCategory category, String titles, String committee, LocalDate retiredOn) {

    public boolean retired() {
        return retiredOn != null;
    }
}
