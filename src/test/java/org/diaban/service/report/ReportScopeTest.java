package org.diaban.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.report.Resolution77Report.HierarchyPhase;
import org.diaban.service.report.Resolution77Report.TierRef;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hierarchy as it stood in the period (before, after and across the July 2025 reform), the
 * units a report can be made for, a scope that did not exist then, and cancelling.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportScopeTest {

    private Services services;

    @BeforeAll
    void load(@TempDir Path dir) {
        services = TestServices.open(dir);
        services.demo().load((done, total, key) -> { }, () -> false);
    }

    @AfterAll
    void close() {
        services.close();
    }

    private Resolution77Report report(String period, String scope) {
        return services.reports().compute(new ReportRequest(ReportPeriod.parse(period), scope), ReportControl.NONE);
    }

    private static List<String> tiers(HierarchyPhase phase) {
        return phase.tiers().stream().map(TierRef::code).toList();
    }

    @Test
    void theSecondQuarterOf2025ShowsTheDistricts() {
        Resolution77Report r = report("2025-Q2", null);
        assertEquals(1, r.phases().size());
        assertEquals(List.of("huyen", "xa", "thon"), tiers(r.phases().get(0)));
        assertEquals(194, r.phases().get(0).communes());
        assertEquals("lang-son", r.scope().key());
        assertEquals("Tỉnh ủy Lạng Sơn", r.scope().committeeName());
        assertTrue(r.assigned().stream().anyMatch(t -> t.tier().code().equals("huyen")));
    }

    @Test
    void theFourthQuarterOf2025ShowsOnlyTheNewCommunesUnderTheProvince() {
        Resolution77Report r = report("2025-Q4", null);
        assertEquals(1, r.phases().size());
        assertEquals(List.of("xa", "thon"), tiers(r.phases().get(0)));
        assertEquals(65, r.phases().get(0).communes());
        assertEquals(65, r.communes().size());
        assertTrue(r.communes().stream().allMatch(c -> c.parentName().equals("Tỉnh Lạng Sơn")), r.communes().get(0).parentName());
        assertFalse(r.assigned().stream().anyMatch(t -> t.tier().code().equals("huyen")));
    }

    @Test
    void theYear2025HasTwoPhasesSplitByTheReformWithItsLegalBasis() {
        Resolution77Report r = report("2025", null);
        assertEquals(2, r.phases().size());
        HierarchyPhase before = r.phases().get(0);
        HierarchyPhase after = r.phases().get(1);
        assertEquals(LocalDate.of(2025, 1, 1), before.from());
        assertEquals(LocalDate.of(2025, 6, 30), before.to());
        assertEquals(LocalDate.of(2025, 7, 1), after.from());
        assertEquals(LocalDate.of(2025, 12, 31), after.to());
        assertNull(before.changeBasis());
        assertTrue(after.changeBasis() != null && after.changeBasis().contains("1672"), after.changeBasis());
        assertEquals(List.of("huyen", "xa", "thon"), tiers(before));
        assertEquals(List.of("xa", "thon"), tiers(after));
        assertEquals(194 + 65, r.communes().size(), "the old communes and the new ones, each for its days");
        var old = r.communes().stream().filter(c -> c.to().equals(LocalDate.of(2025, 6, 30))).count();
        assertEquals(194, old);
        // a district's report for 2025 covers its first half only
        Resolution77Report district = report("2025", "huu-lung");
        assertEquals(1, district.phases().size());
        assertEquals(LocalDate.of(2025, 6, 30), district.communes().get(0).to());
    }

    @Test
    void theScopesOfAPeriodAreTheUnitsDownToTheCommunesInTreeOrder() {
        List<ScopeChoice> q2 = services.reports().scopes(ReportPeriod.parse("2025-Q2"));
        assertEquals("lang-son", q2.get(0).key());
        assertEquals(0, q2.get(0).depth());
        assertEquals(1 + 11 + 194, q2.size());
        assertTrue(q2.stream().noneMatch(s -> s.tier().code().equals("thon")));
        int huuLung = indexOf(q2, "huu-lung");
        assertEquals(1, q2.get(huuLung).depth());
        assertEquals(2, q2.get(huuLung + 1).depth(), "its communes follow it");
        assertEquals(65, services.reports().scopes(ReportPeriod.parse("2025-Q4")).size() - 1);
        List<ScopeChoice> year = services.reports().scopes(ReportPeriod.parse("2025"));
        assertEquals(1 + 11 + 194 + 65, year.size(), "units of part of the period are included");
        List<String> districts = year.stream().filter(s -> s.depth() == 1 && s.tier().code().equals("huyen"))
                .map(ScopeChoice::name).toList();
        assertEquals(List.of("Huyện Bắc Sơn", "Huyện Bình Gia", "Huyện Cao Lộc", "Huyện Chi Lăng", "Huyện Đình Lập",
                "Huyện Hữu Lũng", "Thành phố Lạng Sơn", "Huyện Lộc Bình", "Huyện Tràng Định", "Huyện Văn Lãng",
                "Huyện Văn Quan"), districts, "siblings by name in Vietnamese order, whatever their type");
    }

    private static int indexOf(List<ScopeChoice> list, String key) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new AssertionError(key);
    }

    @Test
    void aScopeThatDidNotExistInThePeriodNamesItsLifetimeAndSuccessors() {
        DomainException e = assertThrows(DomainException.class, () -> report("2025-Q4", "huu-lung"));
        assertEquals("report.error.scopeReplaced", e.messageKey());
        String text = new ErrorMessages(new I18n(I18n.VIETNAMESE)).describe(e);
        assertTrue(text.contains("Hữu Lũng") && text.contains("30/06/2025") && text.contains("xa-huu-lung"), text);
        assertEquals(8, e.arguments().get(3).toString().split(", ").length, "the eight new communes of its territory");

        DomainException before = assertThrows(DomainException.class, () -> report("2024-Q1", "xa-huu-lung"));
        assertEquals("report.error.scopeNotInPeriod", before.messageKey());
        assertTrue(new ErrorMessages(new I18n(I18n.ENGLISH)).describe(before).contains("01/07/2025"));

        assertEquals("report.error.unknownScope",
                assertThrows(DomainException.class, () -> report("2024", "no-such-unit")).messageKey());
    }

    @Test
    void cancellingStopsTheComputationWithItsException() {
        List<String> steps = new ArrayList<>();
        ReportControl control = new ReportControl() {
            @Override
            public void progress(long done, long total, String messageKey) {
                steps.add(done + "/" + total + " " + messageKey);
            }

            @Override
            public boolean isCancelled() {
                return steps.size() >= 3;
            }
        };
        assertThrows(ReportCancelledException.class, () -> services.reports()
                .compute(new ReportRequest(ReportPeriod.parse("2024"), null), control));
        assertEquals(3, steps.size(), String.valueOf(steps));
        I18n vi = new I18n(I18n.VIETNAMESE);
        assertTrue(steps.stream().allMatch(s -> vi.has(s.substring(s.indexOf(' ') + 1))), String.valueOf(steps));

        List<String> all = new ArrayList<>();
        services.reports().compute(new ReportRequest(ReportPeriod.parse("2024-Q1"), "huu-lung"),
                new ReportControl() {
                    @Override
                    public void progress(long done, long total, String messageKey) {
                        all.add(done + "/" + total);
                    }
                });
        assertEquals("7/7", all.get(all.size() - 1));
    }

    @Test
    void aPeriodBeforeAnyRecordGivesEmptyFiguresNotACrash() {
        Resolution77Report r = report("2010", null);
        assertEquals(0, r.activities().workSessions());
        assertEquals(0, r.concerns().received());
        assertTrue(r.assigned().isEmpty());
        assertEquals(4, r.sessionsByQuarter().size());
    }

    @Test
    void aMergeInsideTheDistrictStartsANewPhaseAndTheMergedCommuneKeepsItsDays() {
        Resolution77Report r = report("2024", "huu-lung");
        assertEquals(2, r.phases().size());
        assertEquals(LocalDate.of(2024, 12, 1), r.phases().get(1).from());
        assertEquals(24, r.phases().get(0).communes());
        assertEquals(23, r.phases().get(1).communes());
        assertEquals(203, r.phases().get(1).villages(), "Sơn Hà's villages moved to the merged town");
        var sonHa = r.communes().stream().filter(c -> c.name().endsWith("Sơn Hà")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2024, 11, 30), sonHa.to());
        assertEquals(24, r.communes().size());
        assertEquals(24, r.coverage().communes());
    }
}
