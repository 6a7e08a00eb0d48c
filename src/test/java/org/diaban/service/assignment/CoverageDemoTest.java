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
    void coverageOfTheWholeProvinceIsQuickAndConsistent() {
        for (LocalDate day : new LocalDate[] {LocalDate.of(2023, 6, 1), TestServices.TODAY}) {
            services.coverage().coverageOn(day); // warm up the tree cache
            long start = System.nanoTime();
            CoverageReport r = services.coverage().coverageOn(day);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("coverage on %s: %d ms, %d/%d communes, %d/%d villages, %d gaps, %d cadres %s %s%n",
                    day, millis, r.communesCovered(), r.communes(), r.villagesCovered(), r.villages(),
                    r.gaps().size(), r.cadresAssigned(), r.byCategory(), r.byCommitteeTier());
            assertTrue(millis < 3000, "coverage took " + millis + " ms");
            assertTrue(r.communes() > 0 && r.villages() > 0);
            long uncoveredVillages = r.gaps().stream().filter(g -> g.unit().isVillageTier()).count();
            assertEquals(r.villages() - r.villagesCovered(), uncoveredVillages);
            assertTrue(r.gaps().stream().allMatch(g -> !g.gap().problems().isEmpty()
                    && (g.unit().isCommuneTier() || g.gap().problems().equals(java.util.Set.of(Problem.NO_CADRE_IN_CHARGE)))));
        }
    }
}
