package org.diaban.service.search;

import java.util.List;
import java.util.Map;

/** The best hits of a search, and how many matched of each kind in all. */
public record SearchResult(String query, List<SearchHit> hits, Map<SearchKind, Integer> totals) {

    public int total() {
        return totals.values().stream().mapToInt(Integer::intValue).sum();
    }
}
