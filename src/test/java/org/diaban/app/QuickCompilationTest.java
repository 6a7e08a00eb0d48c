package org.diaban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import command's request for quick compilation takes effect, checked in a JVM of its own
 * (in the test JVM it would slow every later test).
 */
class QuickCompilationTest {

    @TempDir
    Path dir;

    @Test
    void afterTheRequestTheOptimisingCompilerIsLeftOutForEveryMethod() throws IOException, InterruptedException {
        // the directives go through a temporary file: in a folder with spaces, as Windows user folders are
        Path temp = Files.createDirectories(dir.resolve("Thư mục tạm"));
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temp, "-cp", System.getProperty("java.class.path"), Probe.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the probe ends");
        assertEquals(0, child.exitValue(), out);
        try (var left = Files.list(temp)) {
            assertEquals(0, left.count(), "the directives file is removed");
        }
        assertTrue(out.startsWith("applied true"), out);
        int matching = out.indexOf("matching: *.*");
        assertTrue(matching > 0, out);
        // the directive added first is printed first: its C2 part excludes
        String c2 = out.substring(out.indexOf("c2 directives:", matching));
        assertTrue(c2.lines().skip(1).limit(3).anyMatch(l -> l.contains("Exclude:true")), out);
    }

    /** Asks for quick compilation, then prints the directives the JVM now holds. */
    public static final class Probe {

        public static void main(String[] args) throws Exception {
            System.out.println("applied " + QuickCompilation.apply());
            System.out.println(ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()}));
        }
    }
}
