package org.diaban.importing.legacy.values;

/** Row-level error and warning codes of the legacy-import specification that value rules raise. */
public enum ProblemCode {
    INVALID_DATE(false),
    INVALID_MARK(false),
    INVALID_LEVEL(false),
    /** Not in the specification's table: a year cell that holds no year. */
    INVALID_YEAR(false),
    TOTAL_MISMATCH(true),
    ASSESSMENT_MISMATCH(true),
    LEADER_NOT_BTV(true);

    private final boolean warning;

    ProblemCode(boolean warning) {
        this.warning = warning;
    }

    /** Warnings do not stop a row from being imported; errors reject the row. */
    public boolean isWarning() {
        return warning;
    }
}
