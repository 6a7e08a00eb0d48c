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

/**
 * Runs a main class in its own JVM on this JVM's class path with a 256 MB heap, timed from outside
 * (wall clock, JVM start-up included). Standard output is only counted; standard error is kept
 * for the report. The child exits on its first OutOfMemoryError instead of carrying on.
 */
final class ChildJvm {

    static final String HEAP = "-Xmx256m";

    private final List<String> prefix;

    ChildJvm() {
        prefix = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"));
    }

    /** How one child ended: wall time, exit code, bytes written to stdout, its first line, and its stderr. */
    record Result(long millis, int exit, long stdoutBytes, String firstLine, String stderr) {

        boolean outOfMemory() {
            return stderr.contains("OutOfMemoryError");
        }

        String firstErrorLine() {
            return stderr.lines().filter(l -> !l.isBlank()).findFirst().orElse("(nothing on stderr)");
        }
    }

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
