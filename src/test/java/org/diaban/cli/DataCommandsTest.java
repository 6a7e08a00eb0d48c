package org.diaban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diaban.testing.FixtureHierarchy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diaban demo} and {@code diaban hierarchy import} through the real command line (Vietnamese texts). */
class DataCommandsTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        CliRun r = CliRun.on(dir.resolve("data"), args);
        return new Run(r.exit(), r.out(), r.err());
    }

    @Test
    void demoLoadsOnceAndRefusesASecondTimeUnlessReplacing() {
        Run first = run("demo", "--scale", "small");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("[1/6] Tỉnh, xã, thôn"), first.out());
        assertTrue(first.out().contains("Hộ gia đình: 2.000"), first.out());

        Run again = run("demo", "--scale", "small");
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("--replace"), again.err());
        assertTrue(again.out().isEmpty());

        Run replaced = run("demo", "--scale", "small", "--replace");
        assertEquals(0, replaced.exit(), replaced.err());
        assertTrue(replaced.out().contains("Xóa toàn bộ dữ liệu hiện có"), replaced.out());
    }

    @Test
    void hierarchyImportReportsWhatItDidAndRejectsBadFilesWithTheirPath() throws IOException {
        Path file = FixtureHierarchy.copyTo(dir);
        Run first = run("hierarchy", "import", file.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().startsWith("Đã nhập hierarchy.json: " + FixtureHierarchy.units().size() + " đơn vị mới"),
                first.out());

        Run again = run("hierarchy", "import", file.toString(), "--json");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("\"created\" : 0") && again.out().contains("\"corrected\" : 0"), again.out());

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(file).replace("\"type\": \"huyen\"", "\"type\": \"tinh\""));
        Run rejected = run("hierarchy", "import", bad.toString());
        assertEquals(2, rejected.exit());
        assertTrue(rejected.err().contains(bad.toString()) && rejected.err().contains("$.province.districts[0].type")
                && !rejected.err().contains("Exception"), rejected.err());
    }
}
