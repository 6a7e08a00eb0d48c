package org.diaban.service.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.diaban.domain.assignment.CoverageGap;
import org.diaban.domain.assignment.CoverageRules;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.people.CadreCategory;

/**
 * Coverage on a day: who is assigned, how many communes and villages have a cadre in charge, and
 * the units the rules warn about.
 *
 * @param cadresAssigned   distinct cadres with an assignment in force (households included)
 * @param byCategory       those cadres by their highest category that day; cadres without a
 *                         position are not in it
 * @param byCommitteeTier  those cadres by the tier of the committee of their highest position
 * @param gaps             the units warned about, in tree order, with their state that day
 */
public record CoverageReport(LocalDate day, CoverageRules rules, long cadresAssigned,
                             Map<CadreCategory, Long> byCategory, Map<String, Long> byCommitteeTier,
                             long communesCovered, long communes, long villagesCovered, long villages,
                             List<Gap> gaps) {

    /**
     * A unit warned about, with the name of the unit above it (villages share names).
     *
     * @param othersAssigned whether someone is assigned there all the same, who does not count:
     *                       following or supporting, or in charge of one household only
     */
    public record Gap(UnitState unit, String parentName, CoverageGap gap, boolean othersAssigned) {
    }

    /** The gaps by unit id, for the tree. */
    public Map<Long, CoverageGap> gapsByUnit() {
        Map<Long, CoverageGap> out = new java.util.HashMap<>();
        gaps.forEach(g -> out.put(g.unit().unitId(), g.gap()));
        return out;
    }
}
