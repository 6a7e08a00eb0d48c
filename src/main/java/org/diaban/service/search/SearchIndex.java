package org.diaban.service.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.diaban.domain.text.VietnameseCollation;
import org.diaban.domain.text.VietnameseText;

/**
 * An in-memory index of names folded for search: "huu lung" finds "Hữu Lũng", "nguyen van"
 * finds "Nguyễn Văn An". Immutable; a data change builds a new one. A search is one pass over
 * the folded names with no allocation per name, so it stays in milliseconds at 200,000 entries.
 */
public final class SearchIndex {

    private static final int EXACT = 0;
    private static final int STARTS = 1;
    private static final int WORD = 2;
    private static final int TOKENS = 3;
    private static final int INSIDE = 4;

    private final String[] keys;
    private final SearchHit[] entries;

    private SearchIndex(String[] keys, SearchHit[] entries) {
        this.keys = keys;
        this.entries = entries;
    }

    public int size() {
        return entries.length;
    }

    /** Collects entries; the folded key is what the search looks in. */
    public static final class Builder {
        private final List<String> keys = new ArrayList<>();
        private final List<SearchHit> entries = new ArrayList<>();

        public Builder add(SearchHit hit, String searchableText) {
            keys.add(VietnameseText.fold(searchableText));
            entries.add(hit);
            return this;
        }

        public SearchIndex build() {
            return new SearchIndex(keys.toArray(String[]::new), entries.toArray(SearchHit[]::new));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    private record Match(int rank, int index, int keyLength) {
    }

    /** The best {@code limit} hits for the query: closer matches first, units before cadres before households. */
    public SearchResult search(String query, int limit) {
        String q = VietnameseText.fold(query);
        Map<SearchKind, Integer> totals = new EnumMap<>(SearchKind.class);
        if (q.isEmpty()) {
            return new SearchResult(query, List.of(), totals);
        }
        String[] tokens = q.split(" ");
        String spaced = " " + q;
        Comparator<Match> worstFirst = Comparator.comparingInt(Match::rank)
                .thenComparingInt(m -> entries[m.index()].kind().ordinal())
                .thenComparingInt(Match::keyLength)
                .thenComparingInt(Match::index)
                .reversed();
        PriorityQueue<Match> best = new PriorityQueue<>(limit + 1, worstFirst);
        for (int i = 0; i < keys.length; i++) {
            int rank = rank(keys[i], q, spaced, tokens);
            if (rank < 0) {
                continue;
            }
            totals.merge(entries[i].kind(), 1, Integer::sum);
            Match m = new Match(rank, i, keys[i].length());
            if (best.size() < limit) {
                best.add(m);
            } else if (worstFirst.compare(m, best.peek()) > 0) {
                best.poll();
                best.add(m);
            }
        }
        List<Match> top = new ArrayList<>(best);
        Comparator<String> vietnamese = VietnameseCollation.text();
        top.sort(Comparator.comparingInt(Match::rank)
                .thenComparingInt(m -> entries[m.index()].kind().ordinal())
                .thenComparing(m -> entries[m.index()].title(), vietnamese));
        return new SearchResult(query, top.stream().map(m -> entries[m.index()]).toList(), totals);
    }

    private static int rank(String key, String q, String spaced, String[] tokens) {
        int at = key.indexOf(q);
        if (at == 0) {
            return key.length() == q.length() ? EXACT : STARTS;
        }
        if (at > 0) {
            return key.contains(spaced) ? WORD : INSIDE;
        }
        if (tokens.length < 2) {
            return -1;
        }
        for (String t : tokens) {
            if (!key.startsWith(t) && !key.contains(" " + t)) {
                return -1;
            }
        }
        return TOKENS;
    }
}
