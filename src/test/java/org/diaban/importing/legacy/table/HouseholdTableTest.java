package org.diaban.importing.legacy.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The 50,000-row household file streams through: count, first and last data row as the key says. */
class HouseholdTableTest {

    private static final String FILE = "ho_gia_dinh_phu_trach_HuuLung_2024.xlsx";

    @Test
    void streamsEveryHouseholdRow() throws Exception {
        JsonNode key = TableFixturesTest.key(FILE);
        JsonNode summary = key.get("summary");
        AtomicInteger count = new AtomicInteger();
        AtomicInteger first = new AtomicInteger(-1);
        AtomicInteger last = new AtomicInteger(-1);
        TableReadResult result = new LegacyTableReader().read(TableFixturesTest.fixture(FILE), (layout, row) -> {
            if (count.getAndIncrement() == 0) {
                first.set(row.row());
                assertNotNull(row.text(ColumnKind.CHU_HO));
                assertNotNull(row.text(ColumnKind.CAN_BO));
            }
            last.set(row.row());
        });

        assertTrue(result.problem().isEmpty(), () -> result.message());
        assertEquals(TableShape.HOUSEHOLD_FOLLOWUP.code(), key.get("shape").asText());
        assertEquals(TableShape.HOUSEHOLD_FOLLOWUP, result.shape().orElseThrow());
        assertEquals(List.of("DS ho"), result.sheets());
        assertEquals(List.of(4), result.tables().get(0).headerRows());
        assertEquals(summary.get("data_rows").asInt(), count.get());
        assertEquals(summary.get("data_rows").asLong(), result.dataRows());
        assertEquals(summary.get("first_data_row").asInt(), first.get());
        assertEquals(summary.get("last_data_row").asInt(), last.get());
        assertEquals(key.get("encoding").asText(), "unicode");
    }
}
