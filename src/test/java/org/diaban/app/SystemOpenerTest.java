package org.diaban.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diaban.domain.common.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the system opener agrees to open: a written file, or the profiles' folder ("Sửa thể thức…"). */
class SystemOpenerTest {

    @TempDir
    Path dir;

    @Test
    void aFileAndAFolderCanBeOpenedAMissingPathIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("report.xlsx"), "x");
        assertDoesNotThrow(() -> SystemOpener.requireExisting(file));
        assertDoesNotThrow(() -> SystemOpener.requireExisting(dir));
        Path missing = dir.resolve("gone.xlsx");
        DomainException e = assertThrows(DomainException.class, () -> SystemOpener.requireExisting(missing));
        assertEquals("reports.error.noFile", e.messageKey());
    }
}
