package org.diaban.domain.assignment;

import java.util.Set;

/**
 * A commune or village that lacks the cadre Resolution 77 expects on a day.
 *
 * @param problems what is missing; never empty
 */
public record CoverageGap(Long unitId, Set<Problem> problems) {

    public CoverageGap {
        problems = Set.copyOf(problems);
    }

    /** What a unit lacks. */
    public enum Problem {
        /** No cadre in charge (role in charge, assigned to the unit itself). */
        NO_CADRE_IN_CHARGE,
        /** A commune whose cadres in charge hold no standing-committee (BTV) position that day. */
        NO_BTV_IN_CHARGE
    }
}
