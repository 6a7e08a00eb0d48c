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

    private CliRun run(String... args) {
        return CliRun.on(dir.resolve("data"), args);
    }

    @Test
    void demoLoadsOnceAndRefusesASecondTimeUnlessReplacing() {
        CliRun first = run("demo", "--scale", "small");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("[1/6] Tỉnh, xã, thôn"), first.out());
        assertTrue(first.out().contains("Hộ gia đình: 2.000"), first.out());

        CliRun again = run("demo", "--scale", "small");
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("--replace"), again.err());
        assertTrue(again.out().isEmpty());

        CliRun replaced = run("demo", "--scale", "small", "--replace");
        assertEquals(0, replaced.exit(), replaced.err());
        assertTrue(replaced.out().contains("Xóa toàn bộ dữ liệu hiện có"), replaced.out());
    }

    @Test
    void hierarchyImportReportsWhatItDidAndRejectsBadFilesWithTheirPath() throws IOException {
        Path file = FixtureHierarchy.copyTo(dir);
        CliRun first = run("hierarchy", "import", file.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().startsWith("Đã nhập hierarchy.json: " + FixtureHierarchy.units().size() + " đơn vị mới"),
                first.out());

        CliRun again = run("hierarchy", "import", file.toString(), "--json");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("\"created\" : 0") && again.out().contains("\"corrected\" : 0"), again.out());

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(file).replace("\"type\": \"huyen\"", "\"type\": \"tinh\""));
        CliRun rejected = run("hierarchy", "import", bad.toString());
        assertEquals(2, rejected.exit());
        assertTrue(rejected.err().contains(bad.toString()) && rejected.err().contains("$.province.districts[0].type")
                && !rejected.err().contains("Exception"), rejected.err());
    }
}
