package org.diaban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.activity.Activity;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.PositionKind;
import org.diaban.domain.people.PositionSpec;
import org.diaban.service.Services;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diaban compliance} through the real command line (Vietnamese texts) on a small province. */
class ComplianceCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void data() {
        try (Services services = TestServices.open(dir.resolve("data"))) {
            SampleHierarchy places = SampleHierarchy.create(services);
            Long an = services.cadres().create(CadreProfile.named("Nguyễn Văn An"), new PositionSpec(
                    PositionKind.EXECUTIVE_MEMBER, places.district, 2L, null,
                    DateRange.of(LocalDate.of(2020, 10, 1), LocalDate.of(2025, 6, 30))));
            services.cadres().create(CadreProfile.named("Trần Thị Bình"), new PositionSpec(
                    PositionKind.SECRETARY, places.communes.get(0), 2L, null,
                    DateRange.startingOn(LocalDate.of(2020, 10, 1))));
            services.database().write(s -> s.activities().save(new Activity(ActivityKind.CELL_MEETING,
                    LocalDate.of(2024, 5, 1), places.villages.get(0), null, List.of(an), "Dự sinh hoạt chi bộ")));
        }
    }

    private CliRun run(String... args) {
        return CliRun.on(dir.resolve("data"), args);
    }

    @Test
    void jsonHasOneObjectPerCadreAndCommittee() {
        CliRun r = run("compliance", "--year", "2024", "--json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"name\" : \"Nguyễn Văn An\""), r.out());
        assertTrue(r.out().contains("\"tier\" : \"huyen\""), r.out());
        assertTrue(r.out().contains("\"committee\" : \"Huyện ủy Hữu Lũng\""), r.out());
        assertTrue(r.out().replaceAll("\\s+", " ").contains("\"required\" : 2, \"attended\" : 1, \"status\" : \"behind\""),
                r.out());
        assertTrue(r.out().contains("\"position\" : \"Ủy viên Ban Chấp hành\""), r.out());
        assertTrue(r.out().contains("\"status\" : \"behind\"") && r.out().contains("\"cadre_id\""), r.out());
        assertTrue(r.out().trim().startsWith("[") && r.out().trim().endsWith("]"));
    }

    @Test
    void theTableIsAlignedAndEndsWithASummary() {
        CliRun r = run("compliance", "--year", "2024", "--scope", "huu-lung");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\\R");
        assertTrue(lines[0].startsWith("Họ và tên"), r.out());
        assertEquals(lines[1].indexOf("Huyện ủy") > 0 ? lines[0].indexOf("Cấp ủy") : -2,
                lines[1].indexOf("Huyện ủy") > 0 ? lines[1].indexOf("Huyện ủy") : -1, r.out());
        assertTrue(lines[lines.length - 1].startsWith("Năm 2024, tính đến 31/12/2024"), r.out());
        assertTrue(lines[lines.length - 1].contains("2 dòng"), r.out());
    }

    @Test
    void anUnknownScopeIsAClearFailure() {
        CliRun r = run("compliance", "--year", "2026", "--scope", "khong-co");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("\"khong-co\"") && !r.err().contains("Exception"), r.err());
        assertTrue(r.out().isEmpty());
    }
}
