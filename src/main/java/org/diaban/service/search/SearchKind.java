package org.diaban.service.search;

/** What a search hit is; the order is the order results are listed in. */
public enum SearchKind {
    UNIT,
    CADRE,
    HOUSEHOLD
}
