package org.diaban.service.cadres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.people.CadreCategory;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.Gender;
import org.diaban.domain.people.PositionKind;
import org.diaban.domain.people.PositionSpec;
import org.diaban.service.Services;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CadreServiceTest {

    private static final long TERM_2020 = 2L;
    private static final long TERM_2025 = 3L;

    @TempDir
    Path dir;

    private Services services;
    private CadreService cadres;
    private SampleHierarchy places;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        places = SampleHierarchy.create(services);
        cadres = services.cadres();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void positionsOverTimeShowInTheRegistryOfEachDay() {
        Long id = cadres.create(new CadreProfile("Nguyễn Văn An", Gender.MALE, 1972, "Tày", places.communes.get(0),
                null, null, null), new PositionSpec(PositionKind.EXECUTIVE_MEMBER, places.district, TERM_2020,
                "Ủy viên BCH Huyện ủy", DateRange.of(LocalDate.of(2020, 10, 15), LocalDate.of(2025, 6, 30))));
        Long secretary = cadres.addPosition(id, new PositionSpec(PositionKind.SECRETARY, places.communes.get(0),
                TERM_2025, "Bí thư Đảng ủy xã Hồ Sơn", DateRange.startingOn(LocalDate.of(2025, 7, 1))));
        cadres.addPosition(id, new PositionSpec(PositionKind.LEADER_MANAGER, places.district, TERM_2020, null,
                DateRange.of(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 10, 14))));

        CadreSummary in2024 = only(cadres.registry(LocalDate.of(2024, 1, 1)));
        assertEquals(CadreCategory.BCH, in2024.category());
        assertEquals("Huyện ủy Hữu Lũng", in2024.committee());
        assertEquals("Ủy viên BCH Huyện ủy", in2024.titles());
        CadreSummary in2026 = only(cadres.registry(LocalDate.of(2026, 1, 1)));
        assertEquals(CadreCategory.BTV, in2026.category());
        assertEquals("Đảng ủy xã Hồ Sơn", in2026.committee());
        assertEquals("Xã Hồ Sơn", in2026.homeUnitName());
        // an untitled position is shown by its kind, named by the caller
        CadreSummary in2019 = only(cadres.registry(LocalDate.of(2019, 1, 1)));
        assertEquals("", in2019.titles());
        assertEquals("LEADER_MANAGER", in2019.titles(PositionKind::name));

        CadreDetail detail = cadres.detail(id);
        assertEquals(List.of(PositionKind.LEADER_MANAGER, PositionKind.EXECUTIVE_MEMBER, PositionKind.SECRETARY),
                detail.positions().stream().map(PositionView::kind).toList());
        assertEquals("Đảng ủy xã Hồ Sơn", detail.positions().get(2).committeeName());
        assertEquals("2025-2030", detail.positions().get(2).termCode());

        PositionSpec changed = new PositionSpec(PositionKind.DEPUTY_SECRETARY, places.communes.get(0), TERM_2025,
                "Phó Bí thư Đảng ủy xã Hồ Sơn", DateRange.startingOn(LocalDate.of(2025, 7, 1)));
        PositionSpec before = cadres.changePosition(id, secretary, changed);
        assertEquals(PositionKind.SECRETARY, before.kind());
        assertEquals(PositionKind.DEPUTY_SECRETARY, cadres.detail(id).positions().get(2).kind());
        assertEquals(changed, cadres.removePosition(id, secretary));
        assertEquals(2, cadres.detail(id).positions().size());
        assertEquals("cadre.error.noSuchPosition", assertThrows(DomainException.class,
                () -> cadres.removePosition(id, secretary)).messageKey());
    }

    @Test
    void retireAndReinstateRoundTrip() {
        Long id = cadres.create(new CadreProfile("Lương Thị Mai", Gender.FEMALE, 1979, null, places.villages.get(2),
                null, null, null), new PositionSpec(PositionKind.STANDING_MEMBER, places.district, TERM_2025, null,
                DateRange.startingOn(LocalDate.of(2025, 8, 1))));
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertEquals("Thôn Đồng Tiến – Xã Hòa Sơn", cadres.detail(id).homeUnitName());

        CadreService.RetirementUndo undo = cadres.retire(id, day, "Nghỉ hưu");
        CadreDetail retired = cadres.detail(id);
        assertEquals(day, retired.retiredOn());
        assertEquals("Nghỉ hưu", retired.retiredReason());
        assertEquals(day.minusDays(1), retired.positions().get(0).range().to());
        CadreSummary row = only(cadres.registry(TestServices.TODAY));
        assertTrue(row.retired());
        assertNull(row.category());
        assertEquals(CadreCategory.BTV, only(cadres.registry(day.minusDays(1))).category());

        cadres.reinstate(undo);
        CadreDetail back = cadres.detail(id);
        assertNull(back.retiredOn());
        assertNull(back.retiredReason());
        assertEquals(DateRange.startingOn(LocalDate.of(2025, 8, 1)), back.positions().get(0).range());
        assertEquals(CadreCategory.BTV, only(cadres.registry(TestServices.TODAY)).category());
    }

    @Test
    void badRetirementsSayWhyAndChangeNothing() {
        Long id = cadres.create(CadreProfile.named("Lương Thị Mai"), new PositionSpec(PositionKind.STANDING_MEMBER,
                places.district, TERM_2025, null, DateRange.startingOn(LocalDate.of(2025, 8, 1))));
        assertEquals("cadre.error.retireDateRequired",
                assertThrows(DomainException.class, () -> cadres.retire(id, null, null)).messageKey());
        assertEquals("cadre.error.retireBeforePositionStart", assertThrows(DomainException.class,
                () -> cadres.retire(id, LocalDate.of(2025, 8, 1), null)).messageKey());
        assertEquals("cadre.error.unknown",
                assertThrows(DomainException.class, () -> cadres.retire(999_999L, LocalDate.of(2026, 1, 1), null))
                        .messageKey());
        CadreDetail detail = cadres.detail(id);
        assertNull(detail.retiredOn());
        assertTrue(detail.positions().get(0).range().isOpenEnded());
    }

    @Test
    void aNewCadreCanBeTakenBackAndUpdatesReturnThePreviousProfile() {
        Long id = cadres.create(CadreProfile.named("Vi Văn Cường"), null);
        CadreProfile before = cadres.update(id, new CadreProfile("Vi Văn Cường", Gender.MALE, 1980, "Nùng", null,
                "UBND xã Hòa Sơn", "0912345678", null));
        assertEquals(CadreProfile.named("Vi Văn Cường"), before);
        assertEquals("Nùng", cadres.detail(id).profile().ethnicity());
        cadres.deleteCreated(id);
        assertTrue(cadres.registry(TestServices.TODAY).isEmpty());
        assertEquals("cadre.error.unknown",
                assertThrows(DomainException.class, () -> cadres.detail(id)).messageKey());
    }

    private static CadreSummary only(List<CadreSummary> rows) {
        assertEquals(1, rows.size());
        return rows.get(0);
    }
}
