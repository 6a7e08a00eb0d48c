package org.diaban.service.report;

import java.time.LocalDate;
import java.util.Map;
import org.diaban.domain.hierarchy.Tier;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.service.report.Resolution77Report.TierRef;

/**
 * What every section of one report computation shares: the period, the units in scope, the
 * unit history and the tiers, and the judging day for open items.
 *
 * @param asOf the day open items are judged on: the period's last day, or today if earlier
 */
record ReportContext(ReportPeriod period, ScopeUnits scope, UnitHistory history, Map<String, Tier> tiers,
                     LocalDate asOf) {

    TierRef tier(UnitState unit) {
        if (unit == null) {
            return null;
        }
        Tier t = tiers.get(unit.tierCode());
        return t == null ? new TierRef(unit.tierCode(), unit.tierRank(), unit.tierCode(), unit.tierCode())
                : TierRef.of(t);
    }

    /** A day clipped to the period. */
    LocalDate clip(LocalDate day, boolean start) {
        if (day == null) {
            return start ? period.from() : period.to();
        }
        if (day.isBefore(period.from())) {
            return period.from();
        }
        return day.isAfter(period.to()) ? period.to() : day;
    }

    /**
     * The commune-level unit a place belonged to on a day: the place itself, or its parent (a
     * village's commune); null when neither is commune-level.
     */
    UnitState communeOf(Long placeId, LocalDate day) {
        UnitState place = history.onOrNearest(placeId, day);
        if (place == null) {
            return null;
        }
        if (place.isCommuneTier()) {
            return place;
        }
        UnitState parent = place.parentId() == null ? null : history.onOrNearest(place.parentId(), day);
        return parent != null && parent.isCommuneTier() ? parent : null;
    }

    /** A territorial village (thôn, bản, tổ dân phố...), not a school's or the police's party cell. */
    static boolean isVillage(UnitState unit) {
        return unit != null && unit.isVillageTier() && unit.territorial();
    }
}
