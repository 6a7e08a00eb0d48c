package org.diaban.domain.hierarchy;

/** How units were reorganised on a date. */
public enum ReorganisationKind {
    /** Several units become one new unit (or are absorbed into one of them). */
    MERGE,
    /** One unit is divided among several successors. */
    SPLIT,
    /** A unit takes a new name or type; it keeps its identity. */
    RENAME,
    /** A unit moves under another parent; it keeps its identity. */
    CHANGE_PARENT,
    /** A unit is created without predecessors. */
    ESTABLISH,
    /** A unit ends; its territory passes to the successors, if any are named. */
    DISSOLVE
}
