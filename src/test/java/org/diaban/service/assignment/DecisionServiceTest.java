package org.diaban.service.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.diaban.domain.common.DomainException;
import org.diaban.service.Services;
import org.diaban.service.assignment.DecisionService.DecisionDraft;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionServiceTest {

    private static final LocalDate IN_2024 = LocalDate.of(2024, 3, 5);
    private static final LocalDate IN_2026 = LocalDate.of(2026, 2, 10);

    @TempDir
    Path dir;

    private Services services;
    private DecisionService decisions;
    private SampleHierarchy places;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        places = SampleHierarchy.create(services);
        decisions = services.decisions();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Long record(Long issuer, LocalDate day, int number) {
        return decisions.record(new DecisionDraft(issuer, day, number, null, "Phân công cấp ủy viên", "Nguyễn Văn A"));
    }

    @Test
    void numbersRunPerCommitteeAndTermWithTheCommitteeCode() {
        assertEquals("1-QĐ/HU", decisions.proposeNumber(places.district, IN_2024).format());
        record(places.district, IN_2024, 106);
        assertEquals("107-QĐ/HU", decisions.proposeNumber(places.district, IN_2024).format());
        // another committee, another count; another term, another count
        assertEquals("1-QĐ/ĐU", decisions.proposeNumber(places.communes.get(0), IN_2024).format());
        assertEquals("1-QĐ/TU", decisions.proposeNumber(places.province, IN_2024).format());
        assertEquals("1-QĐ/HU", decisions.proposeNumber(places.district, IN_2026).format());
    }

    @Test
    void aNumberGivenTwiceInATermIsRefusedButMayReturnInTheNextTerm() {
        record(places.district, IN_2024, 106);
        DomainException e = assertThrows(DomainException.class, () -> record(places.district, IN_2024.plusDays(9),
                106));
        assertEquals("assignments.error.duplicateNumber", e.messageKey());
        record(places.district, IN_2026, 106);
        record(places.communes.get(0), IN_2024, 106);
        assertEquals(3L, (long) services.database().read(s -> s.decisions().count()));
    }

    @Test
    void theDecisionOfferedForAUnitIsTheLatestOfACommitteeAboveIt() {
        Long village = places.villages.get(0);
        assertTrue(decisions.latestAbove(village, IN_2026).isEmpty());
        record(places.district, IN_2024, 5);
        Long communeDecision = record(places.communes.get(0), IN_2026.minusDays(3), 2);
        record(places.communes.get(1), IN_2026, 9);
        assertEquals(communeDecision, decisions.latestAbove(village, IN_2026).orElseThrow().id());
        assertEquals("5-QĐ/HU", decisions.latestAbove(village, IN_2024).orElseThrow().symbol());
        assertEquals("Huyện ủy Hữu Lũng", decisions.latestAbove(village, IN_2024).orElseThrow().issuerName());
    }
}
