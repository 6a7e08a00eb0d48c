package org.diaban.domain.assignment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.diaban.domain.hierarchy.UnitState;

/**
 * The coverage warnings of Resolution 77 on one day. They are warnings, not errors: imported
 * history often breaks them, and each can be switched off in the settings.
 *
 * <ul>
 * <li>A territorial village should have a cadre <em>in charge</em> assigned to the village itself.
 * A cadre assigned to one household of the village looks after that household only, and so does not
 * cover the village; neither do the roles follow and support.</li>
 * <li>A commune should have a cadre in charge, and one of its cadres in charge should be a
 * standing-committee (BTV) member that day, on any committee.</li>
 * </ul>
 * Cancelled assignments and those not in force on the day count for nothing; the caller gives only
 * the assignments that count.
 *
 * @param villageNeedsInCharge setting coverage.village_needs_cadre_in_charge
 * @param communeNeedsBtv      setting coverage.commune_needs_btv_in_charge
 */
public record CoverageRules(boolean villageNeedsInCharge, boolean communeNeedsBtv) {

    public static final String VILLAGE_SETTING = "coverage.village_needs_cadre_in_charge";
    public static final String COMMUNE_SETTING = "coverage.commune_needs_btv_in_charge";

    public static final CoverageRules ALL = new CoverageRules(true, true);

    /** Whether the rules look at the unit at all: territorial villages and communes. */
    public static boolean isCoverable(UnitState unit) {
        return unit.territorial() && (unit.isVillageTier() || unit.isCommuneTier());
    }

    /**
     * The units that have a cadre in charge on the day, from assignments as entered: role in
     * charge, assigned to the unit (not to a household), in force that day and not cancelled. The
     * repository's query applies the same test in SQL for the whole tree.
     */
    public static Set<Long> unitsInCharge(Collection<Assignment> assignments, java.time.LocalDate day) {
        Set<Long> out = new java.util.HashSet<>();
        for (Assignment a : assignments) {
            if (a.unitId() != null && a.role() == AssignmentRole.IN_CHARGE && a.countsOn(day)) {
                out.add(a.unitId());
            }
        }
        return out;
    }

    /**
     * The gaps among {@code units}.
     *
     * @param withCadreInCharge units with at least one cadre in charge that counts on the day
     * @param withBtvInCharge   communes with a cadre in charge who is a BTV member that day
     */
    public List<CoverageGap> gaps(Collection<UnitState> units, Set<Long> withCadreInCharge,
                                  Set<Long> withBtvInCharge) {
        List<CoverageGap> out = new ArrayList<>();
        for (UnitState unit : units) {
            if (!isCoverable(unit)) {
                continue;
            }
            EnumSet<CoverageGap.Problem> problems = EnumSet.noneOf(CoverageGap.Problem.class);
            boolean covered = withCadreInCharge.contains(unit.unitId());
            if (unit.isVillageTier() && villageNeedsInCharge && !covered) {
                problems.add(CoverageGap.Problem.NO_CADRE_IN_CHARGE);
            }
            if (unit.isCommuneTier() && communeNeedsBtv) {
                if (!covered) {
                    problems.add(CoverageGap.Problem.NO_CADRE_IN_CHARGE);
                } else if (!withBtvInCharge.contains(unit.unitId())) {
                    problems.add(CoverageGap.Problem.NO_BTV_IN_CHARGE);
                }
            }
            if (!problems.isEmpty()) {
                out.add(new CoverageGap(unit.unitId(), problems));
            }
        }
        return out;
    }
}
