package org.diaban.domain.activity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.people.Cadre;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.Gender;
import org.diaban.domain.people.PositionKind;
import org.diaban.domain.people.PositionSpec;
import org.junit.jupiter.api.Test;

class ActivityTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);

    @Test
    void anActivityNeedsKindDayPlaceAndPeople() {
        assertEquals("activity.error.participantRequired", assertThrows(DomainException.class,
                () -> new Activity(ActivityKind.DIALOGUE, DAY, 1L, null, List.of(), null)).messageKey());
        assertEquals("activity.error.placeRequired", assertThrows(DomainException.class,
                () -> Activity.check(ActivityKind.DIALOGUE, DAY, null, null, List.of(1L))).messageKey());
        assertEquals("activities.error.future", assertThrows(DomainException.class,
                () -> Activity.checkNotFuture(DAY.plusDays(1), DAY)).messageKey());
        assertDoesNotThrow(() -> Activity.checkNotFuture(DAY, DAY));
    }

    @Test
    void aChangeKeepsTheRulesAndADeleteCanBeTakenBack() {
        Activity a = new Activity(ActivityKind.WORK_SESSION, DAY, 1L, null, List.of(7L, 8L), "Làm việc");
        assertThrows(DomainException.class, () -> a.change(ActivityKind.SURVEY, DAY, 1L, null, List.of(), null));
        a.change(ActivityKind.SURVEY, DAY.minusDays(2), 2L, null, List.of(9L), "Khảo sát");
        assertEquals(Set.of(9L), a.participantIds());
        assertEquals(ActivityKind.SURVEY, a.kind());
        assertFalse(a.isRetired());
        a.retire();
        assertTrue(a.isRetired());
        a.restore();
        assertFalse(a.isRetired());
    }

    @Test
    void theLeaderIsOneAndIsWarnedAboutOutsideTheStandingCommittee() {
        WorkingGroup g = new WorkingGroup("Tổ công tác số 1", 100L, 2023, LocalDate.of(2023, 3, 10), null);
        g.setMembership(5L, List.of(6L, 5L, 7L));
        assertEquals(5L, g.leader().orElseThrow().cadreId());
        assertEquals(3, g.members().size());
        assertThrows(DomainException.class, () -> g.setMembership(null, List.of()));

        Cadre standing = new Cadre(new CadreProfile("Nguyễn Văn An", Gender.MALE, 1970, null, null, null, null, null));
        standing.addPosition(new PositionSpec(PositionKind.STANDING_MEMBER, 100L, 2L, null,
                DateRange.of(LocalDate.of(2020, 10, 15), LocalDate.of(2025, 6, 30))));
        assertTrue(WorkingGroup.leaderIsStanding(standing, 100L, LocalDate.of(2023, 3, 10)));
        assertFalse(WorkingGroup.leaderIsStanding(standing, 200L, LocalDate.of(2023, 3, 10)));
        assertFalse(WorkingGroup.leaderIsStanding(standing, 100L, LocalDate.of(2025, 7, 1)));
    }
}
