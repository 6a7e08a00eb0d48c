package org.diaban.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The save dialog starts where the officer last saved a report in this session; opening goes to the platform. */
class ReportSessionTest {

    @TempDir
    Path dir;

    @Test
    void theLastFolderIsOfferedNextTimeAndACancelChangesNothing() {
        List<Path> offered = new ArrayList<>();
        List<Path> answers = new ArrayList<>(List.of(dir.resolve("bao-cao/BaoCao_NQ77_huu-lung_2023-Q2.xlsx")));
        List<Path> opened = new ArrayList<>();
        ReportSession session = new ReportSession((owner, folder, name) -> {
            offered.add(folder);
            return answers.isEmpty() ? null : answers.remove(0);
        }, opened::add);
        assertEquals(dir.resolve("bao-cao/BaoCao_NQ77_huu-lung_2023-Q2.xlsx"),
                session.chooseWorkbook(null, "BaoCao_NQ77_huu-lung_2023-Q2.xlsx"));
        assertNull(session.chooseWorkbook(null, "BaoCao_NQ77_huu-lung_2023-Q3.xlsx"), "cancelled");
        assertEquals(dir.resolve("bao-cao"), session.lastFolder());
        assertEquals(java.util.Arrays.asList(null, dir.resolve("bao-cao")), offered);
        session.open(null);
        session.open(dir.resolve("bao-cao/a.xlsx"));
        assertEquals(List.of(dir.resolve("bao-cao/a.xlsx")), opened);
    }
}
