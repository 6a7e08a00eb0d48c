package org.diaban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import org.diaban.domain.activity.ConcernStatus;
import org.diaban.persistence.DataLocation;
import org.diaban.service.Services;
import org.diaban.service.common.Clock;
import org.diaban.service.concerns.ConcernDraft;
import org.diaban.testing.SampleHierarchy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diaban concerns} through the real command line: the table, --overdue and --json. */
class ConcernsCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void concerns() {
        try (Services services = Services.open(new DataLocation(dir.resolve("data")), Clock.system())) {
            SampleHierarchy sample = SampleHierarchy.create(services);
            Long topic = services.concerns().topics().get(0).id();
            // long past its deadline whatever day the test runs, and one due far ahead
            services.concerns().raise(new ConcernDraft(null, sample.villages.get(0), null, "Ông Hoàng Văn Tư",
                    LocalDate.of(2020, 3, 2), topic, "Đề nghị giải quyết tranh chấp ranh giới đất", "UBND xã Hồ Sơn",
                    LocalDate.of(2020, 4, 1)));
            Long later = services.concerns().raise(new ConcernDraft(null, sample.communes.get(1), null, null,
                    LocalDate.of(2020, 5, 4), null, "Sửa đường", null, LocalDate.of(2099, 1, 1)));
            services.concerns().changeStatus(later, ConcernStatus.IN_PROGRESS, LocalDate.of(2020, 5, 6), null);
        }
    }

    private CliRun run(String... args) {
        return CliRun.on(dir.resolve("data"), args);
    }

    @Test
    void printsAnAlignedTable() {
        CliRun r = run("concerns");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\\R");
        assertTrue(lines[0].startsWith("#") && lines[0].contains("Trạng thái"), r.out());
        assertTrue(lines[1].contains("04/05/2020") && lines[1].contains("Đang giải quyết")
                && lines[1].contains("Xã Hòa Sơn"), r.out());
        assertTrue(lines[2].contains("Thôn Đồng Tiến, Xã Hồ Sơn") && lines[2].contains("(quá"), r.out());
        // the status column starts at the same place on every line
        assertEquals(lines[0].indexOf("Trạng thái"), lines[1].indexOf("Đang giải quyết"));
        assertEquals(lines[0].indexOf("Trạng thái"), lines[2].indexOf("Mới"));
        assertEquals("Tổng cộng 2 kiến nghị.", lines[3]);
    }

    @Test
    void overdueAsJson() throws Exception {
        CliRun r = run("concerns", "--overdue", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertEquals(1, rows.size());
        JsonNode c = rows.get(0);
        assertEquals("huu-lung.ho-son.dong-tien", c.get("unit").asText());
        assertEquals("Thôn Đồng Tiến, Xã Hồ Sơn", c.get("unit_name").asText());
        assertEquals("new", c.get("status").asText());
        assertEquals("2020-04-01", c.get("deadline").asText());
        assertEquals("2020-03-02", c.get("raised_on").asText());
        assertFalse(c.get("topic").isNull());
        assertTrue(c.get("id").isNumber());

        JsonNode all = new ObjectMapper().readTree(run("concerns", "--json").out());
        assertEquals(2, all.size());
        assertEquals("in_progress", all.get(0).get("status").asText());
        assertEquals("2099-01-01", all.get(0).get("deadline").asText());
        assertTrue(all.get(0).get("topic").isNull());
    }
}
