package org.diaban.service.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.diaban.domain.assignment.CoverageGap.Problem;
import org.diaban.service.Services;
import org.diaban.service.demo.ProgressListener;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coverage on the demo province: realistic sizes, both sides of the July 2025 reform, and speed. */
class CoverageDemoTest {

    @TempDir
    static Path dir;

    private static Services services;

    @BeforeAll
    static void load() {
        services = TestServices.open(dir);
        services.demo().load(ProgressListener.NONE, () -> false);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void coverageOfTheWholeProvinceIsConsistent() {
        for (LocalDate day : new LocalDate[] {LocalDate.of(2023, 6, 1), TestServices.TODAY}) {
            CoverageReport r = services.coverage().coverageOn(day);
            assertTrue(r.communes() > 0 && r.villages() > 0);
            long uncoveredVillages = r.gaps().stream().filter(g -> g.unit().isVillageTier()).count();
            assertEquals(r.villages() - r.villagesCovered(), uncoveredVillages);
            assertTrue(r.gaps().stream().allMatch(g -> !g.gap().problems().isEmpty()
                    && (g.unit().isCommuneTier() || g.gap().problems().equals(java.util.Set.of(Problem.NO_CADRE_IN_CHARGE)))));
        }
    }
}
