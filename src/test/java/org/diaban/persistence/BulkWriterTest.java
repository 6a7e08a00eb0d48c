package org.diaban.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diaban.domain.activity.Activity;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.domain.activity.Concern;
import org.diaban.domain.activity.ConcernStatus;
import org.diaban.domain.assignment.Assignment;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.hierarchy.Household;
import org.diaban.domain.hierarchy.Unit;
import org.diaban.domain.hierarchy.UnitDescription;
import org.diaban.domain.people.Cadre;
import org.diaban.domain.people.CadreProfile;
import org.diaban.testing.SqlProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkWriterTest {

    private static final LocalDate DAY = LocalDate.of(2023, 3, 1);

    @TempDir
    Path dir;

    @Test
    void bulkRowsLandWithIdsThatNeverCollideWithHibernateOnes() {
        DataLocation location = new DataLocation(dir);
        try (Database db = Database.open(location); SqlProbe sql = new SqlProbe(location)) {
            long[] ids = db.write(store -> {
                Unit village = store.units().save(new Unit("thon-a", null,
                        new UnitDescription(8L, "A", "Thôn A", null, null, null, null), null));
                Cadre cadre = store.cadres().save(new Cadre(CadreProfile.named("Hoàng Văn An")));
                Household first = store.households().save(new Household(village.id(), "Nông Văn Một", 1970, 4, null));
                store.flush();
                Set<Long> householdIds = new HashSet<>();
                householdIds.add(first.id());
                long activityId;
                try (BulkWriter bulk = store.bulk()) {
                    for (int i = 0; i < 5_000; i++) {
                        Household h = new Household(village.id(), "Chủ hộ " + "ABCDE".charAt(i % 5), 1960, 3, null);
                        assertTrue(householdIds.add(bulk.insert(h)), "household ids are unique");
                    }
                    bulk.insert(Assignment.toUnit(cadre.id(), village.id(), AssignmentRole.IN_CHARGE,
                            DateRange.startingOn(DAY), null));
                    activityId = bulk.insert(new Activity(ActivityKind.WORK_SESSION, DAY, village.id(), null,
                            List.of(cadre.id()), "Làm việc với chi bộ"));
                    Concern concern = new Concern(village.id(), DAY, 1L, "Đường vào thôn hỏng", "UBND xã", DAY.plusDays(30));
                    concern.moveTo(ConcernStatus.IN_PROGRESS, DAY.plusDays(2), null);
                    concern.moveTo(ConcernStatus.RESOLVED, DAY.plusDays(20), "Đã sửa");
                    bulk.insert(concern);
                }
                Household last = store.households().save(new Household(village.id(), "Nông Văn Cuối", 1980, 2, null));
                store.flush();
                assertTrue(householdIds.add(last.id()), "Hibernate's next id is not one the writer used");
                return new long[] {activityId};
            });
            assertEquals(5_002, sql.number("select count(*) from household"));
            assertEquals(5_002, sql.number("select count(distinct id) from household"));
            assertEquals(1, sql.number("select count(*) from activity_participant where activity_id = ?", ids[0]));
            assertEquals(3, sql.number("select count(*) from concern_status_change"));
            assertEquals("RESOLVED", sql.rows("select status from concern").get(0).get(0));
            assertEquals(1, sql.number("select count(*) from assignment"));
        }
    }

    @Test
    void entitiesPersistedToBeForgottenAreWrittenThenLeaveTheSession() {
        DataLocation location = new DataLocation(dir);
        try (Database db = Database.open(location); SqlProbe sql = new SqlProbe(location)) {
            long cadreId = db.write(store -> {
                Unit village = store.units().save(new Unit("thon-a", null,
                        new UnitDescription(8L, "A", "Thôn A", null, null, null, null), null));
                store.flush();
                BulkWriter bulk = store.bulk();
                Cadre cadre = bulk.persistAndForget(new Cadre(CadreProfile.named("Hoàng Văn An")));
                assertTrue(cadre.id() != null, "the id is set on persist");
                bulk.insert(Assignment.toUnit(cadre.id(), village.id(), AssignmentRole.IN_CHARGE,
                        DateRange.startingOn(DAY), null));
                bulk.flush();
                Cadre again = store.cadres().find(cadre.id()).orElseThrow();
                assertTrue(again != cadre, "the written cadre is no longer managed: a lookup loads it afresh");
                assertEquals("Hoàng Văn An", again.fullName());
                bulk.close();
                return cadre.id();
            });
            assertEquals(1, sql.number("select count(*) from cadre where id = ?", cadreId));
            assertEquals(1, sql.number("select count(*) from assignment where cadre_id = ?", cadreId));
        }
    }

    @Test
    void deletingAllDataKeepsReferenceDataAndSettings() {
        DataLocation location = new DataLocation(dir);
        try (Database db = Database.open(location); SqlProbe sql = new SqlProbe(location)) {
            db.writeAll(store -> {
                Unit village = store.units().save(new Unit("thon-a", null,
                        new UnitDescription(8L, "A", "Thôn A", null, null, null, null), null));
                Cadre cadre = store.cadres().save(new Cadre(CadreProfile.named("Hoàng Văn An")));
                try (BulkWriter bulk = store.bulk()) {
                    bulk.insert(new Activity(ActivityKind.CELL_MEETING, DAY, village.id(), null, List.of(cadre.id()), null));
                }
            });
            Map<String, Long> reference = Map.of("tier", sql.number("select count(*) from tier"),
                    "unit_type", sql.number("select count(*) from unit_type"),
                    "app_setting", sql.number("select count(*) from app_setting"));

            db.writeAll(Store::deleteAllData);

            Map<String, Long> counts = sql.tableCounts();
            Set<String> dataTables = new HashSet<>(counts.keySet());
            dataTables.removeAll(Set.of("tier", "unit_type", "committee_term", "concern_topic", "attendance_norm",
                    "app_setting"));
            assertEquals(dataTables, new HashSet<>(DataTables.DELETE_ORDER), "every data table is emptied");
            for (String table : DataTables.DELETE_ORDER) {
                assertEquals(0L, counts.get(table), table);
            }
            reference.forEach((table, n) -> assertEquals(n, counts.get(table), table));
        }
    }
}
