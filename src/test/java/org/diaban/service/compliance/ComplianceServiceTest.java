package org.diaban.service.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.diaban.domain.activity.Activity;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.compliance.NormPolicy;
import org.diaban.domain.compliance.Standing;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.PositionKind;
import org.diaban.domain.people.PositionSpec;
import org.diaban.service.Services;
import org.diaban.service.cadres.CadreService;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compliance list on a small province (clock 28/11/2026): the district abolished on 1/7/2025,
 * a cadre on two committees under both policies, a retired cadre, attendance outside the seat.
 */
class ComplianceServiceTest {

    private static final long TERM_2020 = 2L;
    private static final long TERM_2025 = 3L;
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @TempDir
    Path dir;

    private Services services;
    private ComplianceService compliance;
    private SampleHierarchy places;
    private Long an;
    private Long binh;
    private Long chi;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        places = SampleHierarchy.create(services);
        compliance = services.compliance();
        CadreService cadres = services.cadres();
        // An: district BCH member until the reform, then secretary of a commune
        an = cadres.create(CadreProfile.named("Nguyễn Văn An"), new PositionSpec(PositionKind.EXECUTIVE_MEMBER,
                places.district, TERM_2020, "Ủy viên BCH Huyện ủy", DateRange.of(day(2020, 10, 15), REFORM.minusDays(1))));
        cadres.addPosition(an, new PositionSpec(PositionKind.SECRETARY, places.communes.get(0), TERM_2025,
                "Bí thư Đảng ủy xã Hồ Sơn", DateRange.startingOn(REFORM)));
        // Bình: on the provincial and a commune committee all along
        binh = cadres.create(CadreProfile.named("Trần Thị Bình"), new PositionSpec(PositionKind.STANDING_MEMBER,
                places.province, TERM_2020, "Ủy viên BTV Tỉnh ủy", DateRange.startingOn(day(2020, 10, 1))));
        cadres.addPosition(binh, new PositionSpec(PositionKind.EXECUTIVE_MEMBER, places.communes.get(1), TERM_2020,
                null, DateRange.startingOn(day(2020, 10, 1))));
        // Chi: commune member, retired on 1/4/2026
        chi = cadres.create(CadreProfile.named("Lê Văn Chí"), new PositionSpec(PositionKind.EXECUTIVE_MEMBER,
                places.communes.get(2), TERM_2020, null, DateRange.startingOn(day(2020, 10, 1))));
        cadres.retire(chi, day(2026, 4, 1), null);
        // a leader/manager is not a committee member
        cadres.create(CadreProfile.named("Phạm Văn Dũng"), new PositionSpec(PositionKind.LEADER_MANAGER,
                places.communes.get(0), TERM_2020, "Trưởng phòng", DateRange.startingOn(day(2020, 1, 1))));
        // the reform: communes move under the province, the district ends on 30/6/2025
        places.communes.forEach(c -> services.hierarchyEditing().move(c, REFORM, places.province));
        services.hierarchyEditing().retire(places.district, REFORM.minusDays(1));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static LocalDate day(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    private void meetings(Long cadre, LocalDate... days) {
        services.database().write(s -> {
            for (LocalDate d : days) {
                s.activities().save(new Activity(ActivityKind.CELL_MEETING, d, places.villages.get(0), null,
                        List.of(cadre), "Dự sinh hoạt chi bộ"));
            }
            return null;
        });
    }

    private static ComplianceRow row(ComplianceReport r, Long cadre, Long committee) {
        return r.rows().stream().filter(x -> x.cadreId().equals(cadre) && x.committeeId().equals(committee))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + cadre + " on " + committee));
    }

    @Test
    void in2024TheDistrictMemberOwesTwoAndLeadersAreNotListed() {
        meetings(an, day(2024, 3, 1));
        ComplianceReport r = compliance.report(2024);
        assertEquals(day(2024, 12, 31), r.asOf());
        assertEquals(NormPolicy.EACH_COMMITTEE, r.policy());
        ComplianceRow district = row(r, an, places.district);
        assertEquals("huyen", district.tierCode());
        assertEquals("Huyện ủy Hữu Lũng", district.committeeName());
        assertEquals(2, district.normPerYear());
        assertEquals(2, district.required());
        assertEquals(1, district.attended());
        assertEquals(Standing.BEHIND, district.standing());
        assertNull(district.tierAbolishedOn());
        // An, Bình twice, Chí: four rows; Dũng is no committee member
        assertEquals(4, r.rows().size());
        assertEquals(Standing.BEHIND, r.rows().get(0).standing());
        List<ComplianceRow> byNeed = new java.util.ArrayList<>(r.rows());
        byNeed.sort(ComplianceReport.BY_NEED);
        assertEquals(byNeed, r.rows());
    }

    @Test
    void in2025TheDistrictSeatOwesItsFirstHalfAndIsFlaggedAbolished() {
        meetings(an, day(2025, 2, 10), day(2025, 8, 1), day(2025, 9, 1), day(2025, 10, 1));
        ComplianceReport r = compliance.report(2025);
        ComplianceRow district = row(r, an, places.district);
        assertEquals(1, district.required());
        assertEquals(1, district.attended()); // only the February meeting fell within the seat
        assertEquals(Standing.MET, district.standing());
        assertEquals(REFORM, district.tierAbolishedOn());
        ComplianceRow commune = row(r, an, places.communes.get(0));
        assertEquals(3, commune.required()); // 184 days at 4 a year
        assertEquals(3, commune.attended());
        assertEquals(Standing.MET, commune.standing());
        assertNull(commune.tierAbolishedOn());
        assertEquals(1, r.abolishedTierCount());
    }

    @Test
    void in2026ThereIsNoDistrictTierAndTheRetiredCadreIsJudgedOnTheDaysServed() {
        meetings(chi, day(2026, 2, 1), day(2026, 5, 1));
        ComplianceReport r = compliance.report(2026);
        assertEquals(day(2026, 11, 28), r.asOf());
        assertTrue(r.rows().stream().noneMatch(x -> x.committeeId().equals(places.district)));
        ComplianceRow retired = row(r, chi, places.communes.get(2));
        assertEquals(1, retired.required()); // 1/1–31/3: 90 days at 4
        assertEquals(1, retired.attended()); // the May meeting came after the retirement
        assertEquals(Standing.MET, retired.standing());
        // An sits on the commune all year and attended nothing: three of four due by late November
        ComplianceRow secretary = row(r, an, places.communes.get(0));
        assertEquals(4, secretary.required());
        assertEquals(Standing.BEHIND, secretary.standing());
        assertEquals("Bí thư Đảng ủy xã Hồ Sơn", secretary.title());
    }

    @Test
    void aDistrictSeatLeftOpenPastTheReformReadsTierAbolished() {
        services.cadres().create(CadreProfile.named("Hoàng Văn Em"), new PositionSpec(PositionKind.EXECUTIVE_MEMBER,
                places.district, TERM_2020, null, DateRange.startingOn(day(2020, 10, 1))));
        ComplianceRow stale = compliance.report(2026).rows().stream().filter(x -> x.name().equals("Hoàng Văn Em"))
                .findFirst().orElseThrow();
        assertEquals(Standing.TIER_ABOLISHED, stale.standing());
        assertNull(stale.required());
        assertEquals(REFORM, stale.tierAbolishedOn());
    }

    @Test
    void severalCommitteesUnderBothPolicies() {
        meetings(binh, day(2026, 1, 15), day(2026, 4, 15));
        ComplianceReport each = compliance.report(2026);
        ComplianceRow province = row(each, binh, places.province);
        ComplianceRow commune = row(each, binh, places.communes.get(1));
        assertEquals(1, province.required());
        assertEquals(Standing.MET, province.standing());
        assertEquals(4, commune.required());
        assertEquals(2, commune.attended());
        assertEquals(Standing.BEHIND, commune.standing());

        assertEquals(NormPolicy.EACH_COMMITTEE, compliance.setPolicy(NormPolicy.STRICTEST));
        ComplianceReport strictest = compliance.report(2026);
        assertEquals(NormPolicy.STRICTEST, strictest.policy());
        List<ComplianceRow> binhs = strictest.rows().stream().filter(x -> x.cadreId().equals(binh)).toList();
        assertEquals(1, binhs.size());
        ComplianceRow one = binhs.get(0);
        assertEquals(places.communes.get(1), one.committeeId()); // the commune's 4 is the strictest
        assertEquals(4, one.normPerYear());
        assertEquals(2, one.attended());
        assertEquals(Standing.BEHIND, one.standing());
        assertEquals(Set.of(places.province, places.communes.get(1)), one.committeeIds());
        // choosing the provincial committee still shows her, held to the commune's norm
        assertEquals(List.of(one), strictest.forCommittee(places.province).rows().stream()
                .filter(x -> x.cadreId().equals(binh)).toList());
        assertEquals(NormPolicy.STRICTEST, compliance.setPolicy(NormPolicy.EACH_COMMITTEE));
    }

    @Test
    void aScopeLimitsToCommitteesAtOrUnderTheUnit() {
        Long huuLung = compliance.scopeByKey("huu-lung");
        ComplianceReport r = compliance.report(2024, huuLung);
        assertEquals(Set.of(places.district, places.communes.get(1), places.communes.get(2)),
                r.rows().stream().map(ComplianceRow::committeeId).collect(java.util.stream.Collectors.toSet()));
        assertEquals("Huyện ủy Hữu Lũng", r.committees().get(0).name());
        DomainException unknown = assertThrows(DomainException.class, () -> compliance.scopeByKey("nowhere"));
        assertEquals("compliance.error.unknownScope", unknown.messageKey());
    }
}
