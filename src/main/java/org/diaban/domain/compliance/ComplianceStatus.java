package org.diaban.domain.compliance;

/** Where a committee member stands against the 1764 norm for a year. */
public enum ComplianceStatus {
    /** Attended at least the norm. */
    MET,
    /** Not yet at the norm, but at or above the pro-rata share for the part of the year passed. */
    ON_TRACK,
    /** Below the pro-rata share, or below the norm once the year is over. */
    BEHIND;

    /**
     * Judges attendance for {@code year} as of {@code asOf}. The pro-rata share is rounded down,
     * so nobody is "behind" for a meeting that could not yet have been due.
     */
    public static ComplianceStatus judge(int required, int attended, int year, java.time.LocalDate asOf) {
        if (attended >= required) {
            return MET;
        }
        java.time.LocalDate start = java.time.LocalDate.of(year, 1, 1);
        java.time.LocalDate end = java.time.LocalDate.of(year, 12, 31);
        if (!asOf.isBefore(end)) {
            return BEHIND;
        }
        if (asOf.isBefore(start)) {
            return ON_TRACK;
        }
        double passed = (asOf.getDayOfYear()) / (double) end.getDayOfYear();
        int dueSoFar = (int) Math.floor(required * passed);
        return judge(required, dueSoFar, attended, false);
    }

    /**
     * The general rule, for a duty that may cover only part of a year: met at the norm; once the
     * duty is over ({@code finished}) anything less is behind; before that, at least the share
     * due so far is on track.
     */
    public static ComplianceStatus judge(int required, int dueSoFar, int attended, boolean finished) {
        if (attended >= required) {
            return MET;
        }
        if (finished) {
            return BEHIND;
        }
        return attended >= dueSoFar ? ON_TRACK : BEHIND;
    }
}
