package org.diaban.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time from starting a JVM to the first drawn frame, for a bare JavaFX window and for Địa Bàn,
 * alternating runs, measured from outside the process (wall clock, JVM start-up included).
 * Needs a display (run under xvfb-run on a machine without one).
 */
final class StartupBenchmark {

    private final Path jar;
    private final Path dataDir;
    private final int runs;

    StartupBenchmark(Path jar, Path dataDir, int runs) {
        this.jar = jar;
        this.dataDir = dataDir;
        this.runs = runs;
    }

    record Run(long firstFrameMs, long readyMs) {
    }

    void run() throws IOException, InterruptedException {
        List<Long> bare = new ArrayList<>();
        List<Long> appFrame = new ArrayList<>();
        List<Long> appReady = new ArrayList<>();
        // one warm-up of each so that the OS file cache is in the same state for both
        launch(bareCommand());
        launch(appCommand());
        for (int i = 0; i < runs; i++) {
            bare.add(launch(bareCommand()).firstFrameMs());
            Run app = launch(appCommand());
            appFrame.add(app.firstFrameMs());
            appReady.add(app.readyMs());
        }
        long bareMedian = Stats.median(bare);
        long frameMedian = Stats.median(appFrame);
        System.out.printf("startup: runs=%d%n", runs);
        System.out.printf("  bare JavaFX window, first frame: median %d ms  %s%n", bareMedian, bare);
        System.out.printf("  Địa Bàn window, first frame:     median %d ms  %s  (%.2f x bare; target <= 1.5 x)%n",
                frameMedian, appFrame, frameMedian / (double) bareMedian);
        System.out.printf("  Địa Bàn tree filled (data ready): median %d ms  %s%n", Stats.median(appReady), appReady);
    }

    private List<String> bareCommand() {
        return List.of(javaBin(), "-cp", jar.toString(), BareWindow.class.getName());
    }

    private List<String> appCommand() {
        return List.of(javaBin(), "-Ddiaban.startupProbe=true", "-jar", jar.toString(), "--data-dir",
                dataDir.toString());
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Run launch(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        long frame = -1;
        long ready = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                if (line.startsWith("STARTUP first-frame-ms=") && frame < 0) {
                    frame = elapsed;
                } else if (line.startsWith("STARTUP ready-ms=")) {
                    ready = elapsed;
                } else if (line.contains("Exception") || line.contains("Error")) {
                    System.err.println("  child: " + line);
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (frame < 0) {
            throw new IllegalStateException("No frame was drawn by " + command + " (is there a display?)");
        }
        return new Run(frame, ready);
    }
}
