package org.diaban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The legacy importer on a large household file, whole process: a bare POI streaming read of the
 * file ({@link BareSaxRead}), the CLI dry run and the CLI committed import, each a fresh JVM with
 * a 256 MB heap, alternating in every round after one untimed warm-up round. Targets: the dry run
 * within 1.5 x and the committed import within 2.5 x the bare read (medians). The data folder
 * holds only the file's district hierarchy; it is prepared once, and copied afresh for every
 * committed import, untimed.
 */
final class LegacyImportBenchmark {

    static final String DEFAULT_FILE = "src/test/resources/fixtures/legacy/ho_gia_dinh_phu_trach_HuuLung_2024.xlsx";
    static final String DEFAULT_HIERARCHY = "src/test/resources/fixtures/legacy/hierarchy.json";

    private static final String CLI = "org.diaban.app.Launcher";

    private final Path file;
    private final Path hierarchy;
    private final String district;
    private final int runs;
    private final ChildJvm jvm = new ChildJvm();

    LegacyImportBenchmark(Path file, Path hierarchy, String district, int runs) {
        this.file = file.toAbsolutePath();
        this.hierarchy = hierarchy.toAbsolutePath();
        this.district = district;
        this.runs = runs;
    }

    /** Runs the rounds and prints the table; false when a child failed (a crash, a wrong exit, out of memory). */
    boolean run() throws IOException, InterruptedException {
        for (Path p : List.of(file, hierarchy)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("No file " + p + " (run from the project folder or give --file and"
                        + " --hierarchy)");
            }
        }
        Path work = Files.createTempDirectory("diaban-legacy-bench-");
        try {
            Path prepared = work.resolve("prepared");
            ChildJvm.Result loaded = jvm.run(CLI, List.of("--data-dir", prepared.toString(), "hierarchy", "import",
                    hierarchy.toString()));
            if (loaded.exit() != 0) {
                throw new IllegalStateException("Loading the hierarchy failed (exit " + loaded.exit() + "):\n"
                        + String.join("\n", loaded.messages()));
            }
            // the children compete with whatever else the machine runs: the load says how much
            System.out.printf("legacy-import: %s (%,d bytes), district %s, %d rounds, children %s, load %.1f%n",
                    file.getFileName(), Files.size(file), district, runs, ChildJvm.HEAP, Stats.load());
            BenchVariant bare = new BenchVariant("bare POI SAX read", 0, Set.of(0), null);
            // exit 1: some rows were rejected, which is a finished import too
            BenchVariant dry = new BenchVariant("dry run", 1.5, Set.of(0, 1), null);
            // exit 2 while saving is not built: the command reads the files and says nothing was saved
            BenchVariant commit = new BenchVariant("committed import", 2.5, Set.of(0, 1), 2);
            for (int round = 0; round <= runs; round++) {
                String label = round == 0 ? "warm-up" : "round " + round;
                if (bare.active()) {
                    record(label, bare, jvm.run(BareSaxRead.class.getName(), List.of(file.toString())), round > 0);
                }
                if (dry.active()) {
                    record(label, dry, jvm.run(CLI, importArgs(prepared, true)), round > 0);
                }
                if (commit.active()) {
                    Path copy = work.resolve("commit-" + round);
                    copyTree(prepared, copy);
                    record(label, commit, jvm.run(CLI, importArgs(copy, false)), round > 0);
                    deleteTree(copy);
                }
            }
            printTable(bare, dry, commit);
            System.out.printf("  load at the end %.1f on %d cores%n", Stats.load(), Runtime.getRuntime().availableProcessors());
            return bare.failure() == null && dry.failure() == null && commit.failure() == null;
        } finally {
            deleteTree(work);
        }
    }


    private List<String> importArgs(Path dataDir, boolean dryRun) {
        List<String> args = List.of("--data-dir", dataDir.toString(), "import", file.toString(), "--district",
                district);
        return dryRun ? Stream.concat(args.stream(), Stream.of("--dry-run")).toList() : args;
    }

    /** Checks how one child ended, keeps its time if it finished, and prints the run. */
    private static void record(String label, BenchVariant v, ChildJvm.Result r, boolean timed) {
        String line;
        if (r.outOfMemory() || !v.finished(r.exit()) && !v.missing(r.exit())) {
            v.fail("exit " + r.exit() + (r.outOfMemory() ? ", out of memory" : "") + ": " + r.firstErrorLine());
            line = v.status() + "\n" + r.messages().stream().limit(20).map(l -> "      " + l + "\n")
                    .reduce("", String::concat);
        } else if (v.missing(r.exit())) {
            v.unavailable("exit " + r.exit() + ": " + r.firstErrorLine());
            line = v.status();
        } else {
            if (timed) {
                v.add(r.millis(), r.heapPeakMb(), r.liveHeapPeakMb());
            }
            line = String.format("%,7d ms  exit %d  heap %d MB, live %d MB  %s", r.millis(), r.exit(),
                    r.heapPeakMb(), r.liveHeapPeakMb(), r.stdoutBytes() < 200 ? r.firstLine()
                            : String.format("(%,d bytes of output)", r.stdoutBytes()));
        }
        System.out.printf("  %-8s %-18s %s%n", label, v.name(), line);
    }

    private static void printTable(BenchVariant bare, BenchVariant dry, BenchVariant commit) {
        System.out.printf("  %-18s %10s %8s %8s %7s %8s %8s  %s%n", "variant", "median ms", "min ms", "x bare",
                "target", "heap MB", "live MB", "result");
        for (BenchVariant v : List.of(bare, dry, commit)) {
            if (!v.measured()) {
                System.out.printf("  %-18s %10s %8s %8s %7s %8s %8s  %s%n", v.name(), "–", "–", "–", v.targetText(),
                        "–", "–", v.status() != null ? v.status() : "no runs");
                continue;
            }
            String ratio = bare.measured() ? String.format("%.2f", v.median() / (double) bare.median()) : "–";
            String result = v.target() == 0 || !bare.measured() ? ""
                    : v.median() <= v.target() * bare.median() ? "PASS" : "OVER";
            System.out.printf("  %-18s %,10d %,8d %8s %7s %8d %8d  %s%n", v.name(), v.median(), v.min(), ratio,
                    v.targetText(), v.heapPeakMb(), v.liveHeapPeakMb(), result);
        }
        System.out.println("  (heap: the most in use when a collection started; live: the most left after one;"
                + " largest over the runs)");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
