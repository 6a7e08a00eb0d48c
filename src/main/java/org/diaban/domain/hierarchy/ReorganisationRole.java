package org.diaban.domain.hierarchy;

/** The part a unit plays in a reorganisation. */
public enum ReorganisationRole {
    PREDECESSOR,
    SUCCESSOR
}
