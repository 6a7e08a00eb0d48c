package org.diaban.domain.compliance;

/** How a cadre who sits on several committees is held to the 1764 norms (a setting). */
public enum NormPolicy {
    /** Judged separately against the norm of each committee. */
    EACH_COMMITTEE,
    /** Judged once, against the strictest (highest) of the norms that apply. */
    STRICTEST
}
