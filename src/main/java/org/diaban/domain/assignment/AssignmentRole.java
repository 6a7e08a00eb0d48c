package org.diaban.domain.assignment;

/** What a cadre does for a unit or household: take charge of it, follow it, or support it. */
public enum AssignmentRole {
    IN_CHARGE,
    FOLLOW,
    SUPPORT
}
