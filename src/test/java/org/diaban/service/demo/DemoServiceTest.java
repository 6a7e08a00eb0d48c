package org.diaban.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.diaban.domain.common.DomainException;
import org.diaban.service.Services;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.SqlProbe;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale data set at 1/100 of a province, and the rules every load follows. */
class DemoServiceTest {

    private static final ScaleParameters SMALL = ScaleParameters.province().scaled(0.01);

    @TempDir
    Path dir;

    private Services services;
    private SqlProbe sql;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        sql = new SqlProbe(services.database().location());
    }

    @AfterEach
    void close() {
        sql.close();
        services.close();
    }

    @Test
    void theScaleSetHasExactlyTheRequestedCounts() {
        ScaleParameters size = new ScaleParameters(3, 40, 1_500, 60, 2_000, 150, 5, 11L);
        DataSetSummary summary = services.demo().loadScale(size, false, ProgressListener.NONE, () -> false);

        assertEquals(1 + 3 + 40, sql.number("select count(*) from unit"));
        assertEquals(3, sql.number("select count(*) from unit u join unit_version v on v.unit_id = u.id"
                + " join unit_type t on t.id = v.unit_type_id where t.tier_id = 3"));
        assertEquals(1_500, sql.number("select count(*) from household"));
        assertEquals(60, sql.number("select count(*) from cadre"));
        assertEquals(60, sql.number("select count(distinct cadre_id) from cadre_position"));
        assertEquals(2_000, sql.number("select count(*) from activity"));
        assertTrue(sql.number("select count(*) from activity_participant") >= 2_000);
        assertEquals(150, sql.number("select count(*) from concern"));
        assertEquals(4, sql.number("select count(*) from decision"), "one per commune and the Tỉnh ủy's");
        assertTrue(sql.number("select count(*) from assignment where household_id is not null") > 200);
        assertEquals(0, sql.number("select count(*) from unit u where u.external_key like 'xa-%.%' and not exists"
                + " (select 1 from assignment a where a.unit_id = u.id)"), "every village has a cadre in charge");
        assertEquals(summary.activities(), 2_000);
        assertEquals("demo-scale", sql.rows("select kind from import_batch").get(0).get(0));
    }

    @Test
    void theSmallProvinceIsAHundredthOfTheFullOne() {
        DataSetSummary summary = services.demo().loadScale(SMALL, false, ProgressListener.NONE, () -> false);
        assertEquals(ScaleParameters.province().households() / 100, summary.households());
        assertEquals(ScaleParameters.province().cadres() / 100, summary.cadres());
        assertEquals(ScaleParameters.province().activities() / 100, summary.activities());
        assertEquals(ScaleParameters.province().concerns() / 100, summary.concerns());
        assertEquals(1 + SMALL.communes() + SMALL.villages(), summary.units());
    }

    @Test
    void sameSeedSameData() {
        ScaleParameters size = new ScaleParameters(2, 10, 200, 20, 300, 20, 3, 5L);
        services.demo().loadScale(size, false, ProgressListener.NONE, () -> false);
        List<List<Object>> first = sql.rows("select full_name, birth_year from cadre order by id");
        services.demo().loadScale(size, true, ProgressListener.NONE, () -> false);
        assertEquals(first, sql.rows("select full_name, birth_year from cadre order by id"));
    }

    @Test
    void aDatabaseWithUnitsIsRefusedUnlessReplaced() {
        SampleHierarchy.create(services);
        Map<String, Long> before = sql.tableCounts();

        DomainException e = assertThrows(DomainException.class,
                () -> services.demo().loadScale(SMALL, false, ProgressListener.NONE, () -> false));

        assertEquals("demo.error.notEmpty", e.messageKey());
        assertEquals(before, sql.tableCounts());
        services.demo().loadScale(SMALL, true, ProgressListener.NONE, () -> false);
        assertEquals(0, sql.number("select count(*) from unit where external_key = 'huu-lung'"), "replaced");
        assertEquals(1, sql.number("select count(*) from import_batch"));
    }

    @Test
    void aCancelledLoadLeavesNothingBehind() {
        AtomicInteger checks = new AtomicInteger();
        List<String> steps = new ArrayList<>();
        assertThrows(LoadCancelledException.class, () -> services.demo().loadScale(SMALL, false,
                (done, total, key) -> steps.add(key), () -> checks.incrementAndGet() > 3));
        assertTrue(steps.size() >= 2, "it got going: " + steps);
        sql.tableCounts().forEach((table, rows) -> {
            if (!List.of("tier", "unit_type", "committee_term", "concern_topic", "attendance_norm", "app_setting")
                    .contains(table)) {
                assertEquals(0L, rows, table);
            }
        });
        assertTrue(!services.demo().hasData());
    }
}
