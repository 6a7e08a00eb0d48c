package org.diaban.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

final class Stats {

    private Stats() {
    }

    static long median(List<Long> values) {
        return percentile(values, 50);
    }

    static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** The machine's load average, printed beside timings so that a busy run can be told apart. */
    static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
