package org.diaban.bench;

import java.util.ArrayList;
import java.util.List;
import org.diaban.service.Services;
import org.diaban.service.search.SearchResult;

/**
 * Search latency per keystroke: every prefix of a few realistic queries is searched, as the
 * window does while the user types, and each call is timed.
 */
final class SearchBenchmark {

    private static final List<String> QUERIES = List.of("nguyen van", "huu lung", "hoang thi hoa", "dong tien",
            "tuan son", "ly van", "chi bo thon", "xa yen binh");

    private final Services services;

    SearchBenchmark(Services services) {
        this.services = services;
    }

    void run() {
        long t0 = System.nanoTime();
        int size = services.search().index().size();
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        // warm the JIT the way a user's first minute of typing would
        for (int round = 0; round < 3; round++) {
            for (String q : QUERIES) {
                for (int n = 1; n <= q.length(); n++) {
                    services.search().search(q.substring(0, n), 40);
                }
            }
        }
        List<Long> micros = new ArrayList<>();
        long worstHits = 0;
        for (String q : QUERIES) {
            for (int n = 1; n <= q.length(); n++) {
                long s = System.nanoTime();
                SearchResult r = services.search().search(q.substring(0, n), 40);
                micros.add((System.nanoTime() - s) / 1_000);
                worstHits = Math.max(worstHits, r.total());
            }
        }
        System.out.printf("search: %,d entries indexed in %d ms%n", size, buildMs);
        System.out.printf("  per keystroke over %d prefixes: median %.1f ms, p95 %.1f ms, max %.1f ms "
                        + "(target <= 30 ms); largest match count %,d%n", micros.size(),
                Stats.median(micros) / 1000.0, Stats.percentile(micros, 95) / 1000.0,
                Stats.percentile(micros, 100) / 1000.0, worstHits);
    }
}
