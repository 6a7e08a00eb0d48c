package org.diaban.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diaban.domain.people.CadreCategory;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.service.Services;
import org.diaban.service.report.Resolution77Report.SessionCount;
import org.diaban.service.report.Resolution77Report.TierAssignment;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newspaper article's figures for Hữu Lũng, 22/5/2022 to 30/6/2023, as the report service
 * computes them on the demo province.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleFiguresTest {

    private Services services;
    private Resolution77Report report;

    @BeforeAll
    void load(@TempDir Path dir) {
        services = TestServices.open(dir);
        services.demo().load((done, total, key) -> { }, () -> false);
        ReportPeriod period = ReportPeriod.custom(LocalDate.of(2022, 5, 22), LocalDate.of(2023, 6, 30));
        report = services.reports().compute(new ReportRequest(period, "huu-lung"), ReportControl.NONE);
    }

    @AfterAll
    void close() {
        services.close();
    }

    @Test
    void theAnnexIsHandedOverOnceBeforeTheOtherFiguresAndIsTheReportsAnnex() {
        ReportPeriod period = ReportPeriod.custom(LocalDate.of(2022, 5, 22), LocalDate.of(2023, 6, 30));
        List<AnnexPart> handed = new ArrayList<>();
        List<String> stepsBefore = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        ReportControl control = new ReportControl() {
            @Override
            public void progress(long done, long total, String messageKey) {
                steps.add(messageKey);
            }
        };
        Resolution77Report again = services.reports().compute(new ReportRequest(period, "huu-lung"), control,
                part -> {
                    handed.add(part);
                    stepsBefore.addAll(steps);
                });
        assertEquals(1, handed.size());
        assertEquals(report.annex(), handed.get(0).rows());
        assertEquals(again.annex(), handed.get(0).rows());
        assertEquals(report.scope(), handed.get(0).scope());
        assertEquals(period, handed.get(0).period());
        assertTrue(stepsBefore.size() < steps.size(), "handed over before the last steps: " + stepsBefore);
        assertTrue(!stepsBefore.contains(ReportService.STEP_CONCERNS), stepsBefore.toString());
    }

    @Test
    void theScopeIsTheDistrictWithItsCommitteeAndTheProvinceAbove() {
        var scope = report.scope();
        assertEquals("huu-lung", scope.key());
        assertEquals("Hữu Lũng", scope.placeName());
        assertEquals("huyen", scope.tier().code());
        assertEquals("Huyện ủy Hữu Lũng", scope.committeeName());
        assertEquals("HU", scope.committeeCode());
        assertEquals("Đảng bộ tỉnh Lạng Sơn", scope.parentBodyName());
        assertEquals(1, report.phases().size());
        assertNull(report.phases().get(0).changeBasis());
        assertEquals(24, report.phases().get(0).communes());
        assertEquals(203, report.phases().get(0).villages());
    }

    @Test
    void seventyNineDistrictCadres_8Standing_27Executive_44Leaders_In24CommunesAnd203Villages() {
        TierAssignment district = report.assigned().stream().filter(t -> t.tier().code().equals("huyen"))
                .findFirst().orElseThrow();
        assertEquals(8, district.btv());
        assertEquals(27, district.bch());
        assertEquals(44, district.leaders());
        assertEquals(79, district.total());
        assertEquals(24, district.communes());
        assertEquals(203, district.villages());
        assertEquals(24, report.coverage().communes());
        assertEquals(24, report.coverage().communesCovered());
        assertEquals(203, report.coverage().villages());
    }

    @Test
    void districtStandingMembersHeld105SessionsAndTheOthers342() {
        int btv = 0;
        int others = 0;
        for (SessionCount c : report.sessions()) {
            if (c.tier().code().equals("huyen")) {
                if (c.category() == CadreCategory.BTV) {
                    btv += c.sessions();
                } else {
                    others += c.sessions();
                }
            }
        }
        assertEquals(105, btv);
        assertEquals(342, others);
    }

    @Test
    void all24CommunesIssuedTheirOwnDecisionsFor448Cadres() {
        assertEquals(24, report.decisions().communesIssuing());
        assertEquals(24, report.decisions().communes());
        assertEquals(448, report.decisions().cadresInCommuneDecisions());
        var rows = report.decisions().decisions();
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).issuerTier().rank() <= rows.get(i).issuerTier().rank(), "by tier, top first");
        }
        var district = rows.stream().filter(d -> d.symbol().equals("107-QĐ/HU")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2022, 5, 25), district.issuedOn());
        assertEquals(79, district.cadres());
        assertEquals(24, report.communes().size());
        assertTrue(report.communes().stream().allMatch(Resolution77Report.CommuneRow::ownDecision));
    }

    @Test
    void theAnnexListsEveryAssignmentWithItsDecisionAndHouseholdsByTheirHead() {
        var annex = report.annex();
        assertTrue(annex.stream().anyMatch(a -> a.unitName().startsWith("Hộ ") && a.communeName() != null));
        var first = annex.get(0);
        assertEquals("tinh", first.tier().code(), "the province's cadres first, then the district's, then the communes'");
        assertEquals(CadreCategory.BTV, first.category());
        var district = annex.stream().filter(a -> "107-QĐ/HU".equals(a.decisionSymbol())).toList();
        assertTrue(district.stream().allMatch(a -> a.tier().code().equals("huyen")));
        assertEquals(79, district.stream().map(a -> a.cadreName() + "/" + a.birthYear()).distinct().count());
        for (int i = 1; i < annex.size(); i++) {
            assertTrue(annex.get(i - 1).tier().rank() <= annex.get(i).tier().rank(), "by tier");
        }
        assertTrue(report.communes().stream().allMatch(c -> !c.inCharge().isEmpty() && c.villages() > 0
                && c.parentName().equals("Huyện Hữu Lũng")));
    }
}
