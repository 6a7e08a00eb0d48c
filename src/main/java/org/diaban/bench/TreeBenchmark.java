package org.diaban.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.service.Services;

/** How long the tree takes to load for a day: the snapshot, then the figures beside each node. */
final class TreeBenchmark {

    private final Services services;

    TreeBenchmark(Services services) {
        this.services = services;
    }

    void run() {
        LocalDate[] days = {LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1), LocalDate.now()};
        services.hierarchyQueries().snapshotOn(days[0]);
        List<Long> snapshotMs = new ArrayList<>();
        List<Long> figuresMs = new ArrayList<>();
        int units = 0;
        for (int round = 0; round < 3; round++) {
            for (LocalDate day : days) {
                long s = System.nanoTime();
                HierarchySnapshot snapshot = services.hierarchyQueries().snapshotOn(day);
                snapshotMs.add((System.nanoTime() - s) / 1_000_000);
                units = Math.max(units, snapshot.size());
                s = System.nanoTime();
                services.hierarchyQueries().figuresOn(day);
                figuresMs.add((System.nanoTime() - s) / 1_000_000);
            }
        }
        System.out.printf("tree: up to %,d units on a day; snapshot median %d ms (max %d); figures for every node "
                        + "median %d ms (max %d), both off the UI thread%n", units, Stats.median(snapshotMs),
                Stats.percentile(snapshotMs, 100), Stats.median(figuresMs), Stats.percentile(figuresMs, 100));
    }
}
