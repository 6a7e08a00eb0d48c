package org.diaban.ui.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diaban.domain.activity.Activity;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.compliance.NormPolicy;
import org.diaban.domain.compliance.Standing;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.PositionKind;
import org.diaban.domain.people.PositionSpec;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.compliance.ComplianceRow;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.diaban.ui.cadres.SyncBackground;
import org.diaban.ui.common.UndoableEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compliance list's view model without a toolkit: year, committee, refresh after attendance, policy undo. */
class ComplianceViewModelTest {

    @TempDir
    Path dir;

    private Services services;
    private SampleHierarchy places;
    private ComplianceViewModel model;
    private final List<UndoableEdit> edits = new ArrayList<>();
    private Long an;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        places = SampleHierarchy.create(services);
        an = services.cadres().create(CadreProfile.named("Nguyễn Văn An"), new PositionSpec(PositionKind.SECRETARY,
                places.communes.get(0), 3L, null, DateRange.startingOn(LocalDate.of(2020, 1, 1))));
        services.cadres().create(CadreProfile.named("Trần Thị Bình"), new PositionSpec(PositionKind.STANDING_MEMBER,
                places.district, 3L, null, DateRange.startingOn(LocalDate.of(2020, 1, 1))));
        services.cadres().addPosition(an, new PositionSpec(PositionKind.EXECUTIVE_MEMBER, places.province, 3L, null,
                DateRange.startingOn(LocalDate.of(2020, 1, 1))));
        model = new ComplianceViewModel(services.compliance(), new SyncBackground(),
                new ErrorMessages(new I18n(I18n.ENGLISH)), 2026, edits::add, p -> "policy " + p);
        model.reload();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private ComplianceRow row(Long cadre, Long committee) {
        return model.rows().stream().filter(r -> r.cadreId().equals(cadre) && r.committeeId().equals(committee))
                .findFirst().orElseThrow();
    }

    @Test
    void theYearsListWithCommitteesAndNarrowsToOne() {
        assertEquals(3, model.rows().size());
        assertEquals(Standing.BEHIND, model.rows().get(0).standing());
        assertNull(model.committees().get(0)); // "all" first
        assertEquals(List.of("Tỉnh ủy Lạng Sơn", "Huyện ủy Hữu Lũng", "Đảng ủy xã Hồ Sơn"),
                model.committees().stream().skip(1).map(c -> c.name()).toList());
        model.committeeProperty().set(model.committees().get(3));
        assertEquals(1, model.rows().size());
        assertEquals(1, model.reportProperty().get().rows().size());
        model.yearProperty().set(2024);
        assertEquals(2024, model.reportProperty().get().year());
        assertEquals("Đảng ủy xã Hồ Sơn", model.committeeProperty().get().name()); // kept across years
    }

    @Test
    void recordedAttendanceShowsAfterAReload() {
        assertEquals(Standing.BEHIND, row(an, places.communes.get(0)).standing());
        services.database().write(s -> {
            for (int month = 2; month <= 10; month += 4) {
                s.activities().save(new Activity(ActivityKind.CELL_MEETING, LocalDate.of(2026, month, 5),
                        places.villages.get(0), null, List.of(an), "Dự sinh hoạt chi bộ"));
            }
            return null;
        });
        model.reload();
        assertEquals(3, row(an, places.communes.get(0)).attended());
        assertEquals(Standing.ON_TRACK, row(an, places.communes.get(0)).standing());
        assertEquals(Standing.MET, row(an, places.province).standing());
    }

    @Test
    void thePolicySwitchIsUndoable() {
        model.togglePolicy();
        assertEquals(NormPolicy.STRICTEST, model.reportProperty().get().policy());
        assertEquals(2, model.rows().size()); // An once, Bình once
        assertEquals(1, edits.size());
        assertEquals("policy STRICTEST", edits.get(0).description());
        edits.get(0).undo();
        model.reload();
        assertEquals(NormPolicy.EACH_COMMITTEE, model.reportProperty().get().policy());
        assertEquals(3, model.rows().size());
        edits.get(0).redo();
        assertTrue(services.compliance().policy() == NormPolicy.STRICTEST);
    }
}
