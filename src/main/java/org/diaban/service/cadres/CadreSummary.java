package org.diaban.service.cadres;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diaban.domain.people.CadreCategory;
import org.diaban.domain.people.Gender;
import org.diaban.domain.people.PositionKind;

/**
 * A row of the cadre registry on a given day.
 *
 * @param category  the Resolution 77 category on that day, or null without a position
 * @param titles    the titles written for the positions held that day ("Bí thư Huyện ủy; Trưởng Ban Tổ chức");
 *                  positions without a written title are left out
 * @param committee the committee of the highest position held that day
 * @param held      the positions held that day, highest first
 */
public record CadreSummary(Long id, String fullName, Gender gender, Integer birthYear, String homeUnitName,
                           CadreCategory category, String titles, String committee, LocalDate retiredOn,
                           List<Held> held) {

    public CadreSummary {
        held = held == null ? List.of() : List.copyOf(held);
    }

    public boolean retired() {
        return retiredOn != null;
    }

    /** The positions held that day for display: the written title, else the kind's name. */
    public String titles(Function<PositionKind, String> kindName) {
        return held.stream().map(h -> h.title() != null ? h.title() : kindName.apply(h.kind()))
                .collect(Collectors.joining("; "));
    }

    /** A position held on the registry's day. */
    public record Held(PositionKind kind, String title) {
    }
}
