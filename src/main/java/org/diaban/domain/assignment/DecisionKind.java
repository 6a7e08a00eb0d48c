package org.diaban.domain.assignment;

/** What a decision is about. */
public enum DecisionKind {
    ASSIGNMENT,
    WORKING_GROUP,
    OTHER
}
