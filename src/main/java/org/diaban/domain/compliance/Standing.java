package org.diaban.domain.compliance;

/**
 * The verdict shown for one row of the compliance list: a {@link ComplianceStatus} when a norm
 * bound the member, or why none did.
 */
public enum Standing {
    MET,
    ON_TRACK,
    BEHIND,
    /** The committee's tier was abolished (the district tier on 1/7/2025) before any day of the seat. */
    TIER_ABOLISHED,
    /** No norm was in force for the tier on any day of the seat (before Regulation 1764, say). */
    NO_NORM;

    public static Standing of(ComplianceStatus status) {
        return switch (status) {
            case MET -> MET;
            case ON_TRACK -> ON_TRACK;
            case BEHIND -> BEHIND;
        };
    }

    /** Whether a norm bound the member, so that the row counts towards the compliance rate. */
    public boolean isJudged() {
        return this == MET || this == ON_TRACK || this == BEHIND;
    }
}
