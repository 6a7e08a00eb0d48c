package org.diaban.service.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

/** Seeded choices for generated data: the same seed gives the same data on every machine. */
final class Rand {

    private final Random random;

    Rand(long seed) {
        this.random = new Random(seed);
    }

    /** A number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double fraction() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T pickOf(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** A day from {@code from} to {@code to}, both included. */
    LocalDate day(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return from.plusDays(days <= 0 ? 0 : (long) (random.nextDouble() * (days + 1)));
    }

    /** {@code n} different items (or all of them if there are fewer), in a random order. */
    <T> List<T> sample(Collection<T> items, int n) {
        List<T> pool = new ArrayList<>(items);
        List<T> out = new ArrayList<>();
        while (out.size() < n && !pool.isEmpty()) {
            out.add(pool.remove(random.nextInt(pool.size())));
        }
        return out;
    }

    /** {@code total} split into {@code parts} counts of at least {@code least} each, as evenly as chance gives. */
    int[] spread(int total, int parts, int least) {
        int[] out = new int[parts];
        int left = total - least * parts;
        if (left < 0) {
            throw new IllegalArgumentException(total + " cannot give " + parts + " parts of " + least);
        }
        java.util.Arrays.fill(out, least);
        for (int i = 0; i < left; i++) {
            out[random.nextInt(parts)]++;
        }
        return out;
    }
}
