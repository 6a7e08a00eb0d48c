package org.diaban.service.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.assignment.CoverageGap.Problem;
import org.diaban.domain.assignment.CoverageRules;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.people.CadreCategory;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.Gender;
import org.diaban.domain.people.PositionKind;
import org.diaban.domain.people.PositionSpec;
import org.diaban.service.Services;
import org.diaban.service.assignment.AssignmentService.NewAssignments;
import org.diaban.service.common.DataChanges;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssignmentServiceTest {

    private static final long TERM_2025 = 3L;
    private static final LocalDate START = LocalDate.of(2025, 9, 1);
    private static final LocalDate DAY = TestServices.TODAY;

    @TempDir
    Path dir;

    private Services services;
    private AssignmentService assignments;
    private SampleHierarchy places;
    private Long btvMember;
    private Long bchMember;
    private final List<DataChanges.Topic> published = new ArrayList<>();

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        places = SampleHierarchy.create(services);
        assignments = services.assignments();
        btvMember = cadre("Hoàng Văn Bình", PositionKind.STANDING_MEMBER, places.district);
        bchMember = cadre("Lý Thị Cúc", PositionKind.EXECUTIVE_MEMBER, places.communes.get(0));
        services.changes().subscribe(published::add);
    }

    private Long cadre(String name, PositionKind kind, Long committee) {
        return services.cadres().create(new CadreProfile(name, Gender.MALE, 1975, "Tày", null, null, null, null),
                new PositionSpec(kind, committee, TERM_2025, null, DateRange.startingOn(LocalDate.of(2025, 7, 1))));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<Long> assign(Long cadre, List<Long> units) {
        return assignments.assign(new NewAssignments(cadre, units, List.of(), AssignmentRole.IN_CHARGE, START, null));
    }

    private Map<Long, Set<Problem>> gaps(LocalDate day) {
        return services.coverage().coverageOn(day).gaps().stream()
                .collect(Collectors.toMap(g -> g.unit().unitId(), g -> g.gap().problems()));
    }

    @Test
    void oneCadreTakesSeveralVillagesInOneGoAndTheyAreCoveredFromTheStartDay() {
        List<Long> villages = places.villages.subList(0, 2);
        List<Long> ids = assign(bchMember, villages);
        assertEquals(2, ids.size());
        assertTrue(published.contains(DataChanges.Topic.ASSIGNMENTS));
        assertTrue(gaps(START).keySet().stream().noneMatch(villages::contains));
        assertTrue(gaps(START.minusDays(1)).keySet().containsAll(villages));
        assertEquals(1, services.database().read(s -> s.audit().forEntity("Assignment", ids.get(0))).size());

        List<AssignmentRecord> history = assignments.historyOfCadre(bchMember);
        assertEquals(List.of("Thôn Đồng Tiến, Xã Hồ Sơn", "Thôn Làng Đông, Xã Hồ Sơn"), history.stream().map(AssignmentRecord::placeName)
                .toList());
        assignments.deleteCreated(ids);
        assertEquals(List.of(), assignments.historyOfCadre(bchMember));
    }

    @Test
    void endingStopsCoverageAfterTheLastDayAndUndoReopensIt() {
        Long village = places.villages.get(0);
        Long id = assign(bchMember, List.of(village)).get(0);
        LocalDate last = LocalDate.of(2026, 3, 31);
        AssignmentService.EndUndo undo = assignments.end(id, last, "Nghỉ hưu");
        assertTrue(!gaps(last).containsKey(village));
        assertTrue(gaps(last.plusDays(1)).containsKey(village));
        AssignmentRecord ended = assignments.historyOfUnit(village).get(0);
        assertEquals(last, ended.range().to());
        assertEquals("Nghỉ hưu", ended.endReason());

        assignments.reopen(undo);
        assertNull(assignments.historyOfUnit(village).get(0).range().to());
        assertThrows(DomainException.class, () -> assignments.end(id, START.minusDays(1), null));
    }

    @Test
    void transferEndsHereAndStartsThereTheNextDay() {
        Long from = places.villages.get(0);
        Long to = places.villages.get(3);
        Long id = assign(bchMember, List.of(from)).get(0);
        LocalDate last = LocalDate.of(2026, 1, 15);
        AssignmentService.Handover h = assignments.transfer(id, to, last, "Điều chuyển");
        AssignmentRecord there = assignments.historyOfUnit(to).get(0);
        assertEquals(last.plusDays(1), there.range().from());
        assertEquals(bchMember, there.cadreId());
        assertTrue(gaps(DAY).containsKey(from));
        assertTrue(!gaps(DAY).containsKey(to));

        assignments.undoHandover(h);
        assertEquals(List.of(), assignments.historyOfUnit(to));
        assertTrue(!gaps(DAY).containsKey(from));
    }

    @Test
    void replacementGivesThePlaceToAnotherCadreMarkedAsReplacing() {
        Long commune = places.communes.get(1);
        Long id = assign(bchMember, List.of(commune)).get(0);
        assertEquals(Set.of(Problem.NO_BTV_IN_CHARGE), gaps(DAY).get(commune));
        LocalDate last = LocalDate.of(2026, 2, 28);
        assignments.replace(id, btvMember, last, "Kiện toàn", null);
        List<AssignmentRecord> history = assignments.historyOfUnit(commune);
        assertEquals(2, history.size());
        assertEquals(id, history.get(1).replacesId());
        assertEquals(btvMember, history.get(1).cadreId());
        assertTrue(!gaps(DAY).containsKey(commune));
        assertThrows(DomainException.class, () -> assignments.replace(history.get(1).id(), btvMember, DAY, null,
                null));
    }

    @Test
    void aCancelledAssignmentStaysInTheHistoryButCountsForNothingUntilRestored() {
        Long village = places.villages.get(0);
        Long id = assign(btvMember, List.of(village)).get(0);
        assertEquals(1, services.hierarchyQueries().figuresOn(DAY).get(village).cadresAssigned());
        assignments.cancel(id, DAY, "Nhập nhầm thôn");
        assertTrue(gaps(DAY).containsKey(village));
        assertEquals(0, services.hierarchyQueries().figuresOn(DAY).get(village).cadresAssigned());
        AssignmentRecord record = assignments.historyOfUnit(village).get(0);
        assertTrue(record.cancelled());
        assertEquals("Nhập nhầm thôn", record.cancelReason());
        assertEquals(0, services.coverage().coverageOn(DAY).cadresAssigned());

        assignments.restore(id);
        assertTrue(!gaps(DAY).containsKey(village));
        assertEquals(2, services.database().read(s -> s.audit().forEntity("Assignment", id)).size() - 1);
    }

    @Test
    void theReportCountsCadresByCategoryAndCommitteeTierAndUnitsCovered() {
        assign(btvMember, List.of(places.communes.get(0), places.villages.get(0)));
        assign(bchMember, List.of(places.villages.get(1)));
        CoverageReport report = services.coverage().coverageOn(DAY);
        assertEquals(2, report.cadresAssigned());
        assertEquals(Map.of(CadreCategory.BTV, 1L, CadreCategory.BCH, 1L), report.byCategory());
        assertEquals(Map.of("huyen", 1L, "xa", 1L), report.byCommitteeTier());
        assertEquals(1, report.communesCovered());
        assertEquals(3, report.communes());
        assertEquals(2, report.villagesCovered());
        assertEquals(6, report.villages());
        assertEquals(2 + 4, report.gaps().size());
    }

    @Test
    void theRulesFollowTheSettings() {
        assertEquals(CoverageRules.ALL, services.coverage().rules());
        CoverageRules before = services.coverage().setRules(new CoverageRules(false, true));
        assertEquals(CoverageRules.ALL, before);
        assertEquals(Set.copyOf(places.communes), gaps(DAY).keySet());
        services.coverage().setRules(before);
        assertEquals(9, gaps(DAY).size());
    }

    @Test
    void aHouseholdAssignmentShowsInTheVillageHistoryButDoesNotCoverIt() {
        Long village = places.villages.get(0);
        Long household = services.database().write(s -> s.households().save(
                new org.diaban.domain.hierarchy.Household(village, "Vi Văn Dũng", 1960, 4, null)).id());
        assignments.assign(new NewAssignments(bchMember, List.of(), List.of(household), AssignmentRole.IN_CHARGE,
                START, null));
        assertTrue(gaps(DAY).containsKey(village));
        assertTrue(services.coverage().coverageOn(DAY).gaps().stream()
                .filter(g -> g.unit().unitId().equals(village)).findFirst().orElseThrow().othersAssigned());
        assertEquals("Vi Văn Dũng — Thôn Đồng Tiến, Xã Hồ Sơn", assignments.historyOfUnit(village).get(0).placeName());
    }
}
