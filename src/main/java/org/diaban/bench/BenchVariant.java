package org.diaban.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * One variant of a child-process benchmark: its timed runs, the exit codes that mean it finished,
 * the exit code (if any) that means it is not built yet, and why it stopped being run.
 */
final class BenchVariant {

    private final String name;
    private final double target;
    private final Set<Integer> finishedExits;
    private final Integer missingExit;
    private final List<Long> millis = new ArrayList<>();
    private int heapPeakMb;
    private int liveHeapPeakMb;
    private String failure;
    private String unavailable;

    /**
     * @param target      the allowed ratio of its median to the baseline's, 0 for the baseline itself
     * @param missingExit the exit code of a command that is not built yet, or null
     */
    BenchVariant(String name, double target, Set<Integer> finishedExits, Integer missingExit) {
        this.name = name;
        this.target = target;
        this.finishedExits = finishedExits;
        this.missingExit = missingExit;
    }

    String name() {
        return name;
    }

    double target() {
        return target;
    }

    String targetText() {
        return target == 0 ? "–" : String.format("%.1fx", target);
    }

    boolean finished(int exit) {
        return finishedExits.contains(exit);
    }

    boolean missing(int exit) {
        return missingExit != null && missingExit == exit;
    }

    /** Whether it is still run: it has neither failed nor turned out to be unavailable. */
    boolean active() {
        return failure == null && unavailable == null;
    }

    /** One timed run, with the heap peaks its GC log showed. */
    void add(long ms, int heapMb, int liveHeapMb) {
        millis.add(ms);
        heapPeakMb = Math.max(heapPeakMb, heapMb);
        liveHeapPeakMb = Math.max(liveHeapPeakMb, liveHeapMb);
    }

    int heapPeakMb() {
        return heapPeakMb;
    }

    int liveHeapPeakMb() {
        return liveHeapPeakMb;
    }

    void fail(String why) {
        failure = why;
    }

    void unavailable(String why) {
        unavailable = why;
    }

    String failure() {
        return failure;
    }

    /** What the table says instead of figures, or null when it has them. */
    String status() {
        if (failure != null) {
            return "FAILED, " + failure;
        }
        return unavailable != null ? "not available, " + unavailable : null;
    }

    boolean measured() {
        return active() && !millis.isEmpty();
    }

    long median() {
        return Stats.median(millis);
    }

    long min() {
        return Collections.min(millis);
    }
}
