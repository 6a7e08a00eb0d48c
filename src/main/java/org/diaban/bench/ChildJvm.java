package org.diaban.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a main class in its own JVM on this JVM's class path with a 256 MB heap, timed from outside
 * (wall clock, JVM start-up included). Standard output is only counted; standard error is kept
 * for the report. The child exits on its first OutOfMemoryError instead of carrying on.
 */
final class ChildJvm {

    static final String HEAP = "-Xmx256m";

    private final List<String> prefix;

    ChildJvm() {
        // the GC log on stderr gives the heap's peaks
        prefix = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:stderr", "-cp", System.getProperty("java.class.path"));
    }

    /** How one child ended: wall time, exit code, bytes written to stdout, its first line, and its stderr. */
    record Result(long millis, int exit, long stdoutBytes, String firstLine, String stderr) {

        boolean outOfMemory() {
            return stderr.contains("OutOfMemoryError");
        }

        /** Its stderr without the GC log. */
        List<String> messages() {
            return stderr.lines().filter(l -> !l.isBlank() && !GC_LINE.matcher(l).find()).toList();
        }

        String firstErrorLine() {
            return messages().stream().findFirst().orElse("(nothing on stderr)");
        }

        /** The largest heap in use when a collection started, in MB; 0 if none ran. */
        int heapPeakMb() {
            return heapMb(1);
        }

        /** The largest heap still in use after a collection (live data), in MB; 0 if none ran. */
        int liveHeapPeakMb() {
            return heapMb(2);
        }

        private int heapMb(int group) {
            Matcher m = GC_SIZES.matcher(stderr);
            int max = 0;
            while (m.find()) {
                max = Math.max(max, Integer.parseInt(m.group(group)));
            }
            return max;
        }
    }

    private static final Pattern GC_LINE = Pattern.compile("^\\[[^\\]]*\\]\\[\\w+ *\\]\\[gc");
    /** "GC(3) Pause Young (Normal) (G1 Evacuation Pause) 146M->9M(256M) 14.751ms" */
    private static final Pattern GC_SIZES = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");

    Result run(String mainClass, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.add(mainClass);
        command.addAll(args);
        Path err = Files.createTempFile("diaban-bench-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
            // the texts quoted in the report are then English
            builder.environment().put("DIABAN_LANG", "en");
            long start = System.nanoTime();
            Process p = builder.start();
            long bytes = 0;
            byte[] buffer = new byte[8192];
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            try (InputStream out = p.getInputStream()) {
                for (int n; (n = out.read(buffer)) >= 0; ) {
                    if (head.size() < 1000) {
                        head.write(buffer, 0, Math.min(n, 1000 - head.size()));
                    }
                    bytes += n;
                }
            }
            String firstLine = head.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("Timed out: " + command);
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            return new Result(millis, p.exitValue(), bytes, firstLine, new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
