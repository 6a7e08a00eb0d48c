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
import org.diaban.domain.activity.WorkingGroup;
import org.diaban.domain.assignment.Assignment;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.assignment.Decision;
import org.diaban.domain.assignment.DecisionKind;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.hierarchy.Household;
import org.diaban.domain.hierarchy.Unit;
import org.diaban.domain.hierarchy.UnitDescription;
import org.diaban.domain.people.Cadre;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.Gender;
import org.diaban.domain.people.PositionKind;
import org.diaban.domain.people.PositionSpec;
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
    void cadresPositionsDecisionsAndWorkingGroupsReadBackThroughTheMapping() {
        DataLocation location = new DataLocation(dir);
        try (Database db = Database.open(location)) {
            long[] ids = db.write(store -> {
                Unit district = store.units().save(new Unit("huyen-a", null,
                        new UnitDescription(4L, "A", "Huyện A", null, null, null, null), null));
                store.flush();
                try (BulkWriter bulk = store.bulk()) {
                    Cadre an = new Cadre(new CadreProfile("Hoàng Văn An", Gender.MALE, 1970, "Tày", district.id(),
                            "Ban Tổ chức", "0912345678", "ghi chú"));
                    long cadre = bulk.insert(an);
                    bulk.insert(cadre, new PositionSpec(PositionKind.STANDING_MEMBER, district.id(), null, "UVBTV",
                            DateRange.startingOn(DAY)), null);
                    long decision = bulk.insert(new Decision("15-QĐ/HU", DAY, district.id(), null,
                            DecisionKind.ASSIGNMENT, "Phân công"));
                    WorkingGroup group = new WorkingGroup("Tổ 1", district.id(), 2023, DAY, decision);
                    group.setLeader(cadre, "Trưởng ban");
                    group.setUnits(List.of(district.id()));
                    long groupId = bulk.insert(group);
                    bulk.insert(Assignment.toUnit(cadre, district.id(), AssignmentRole.IN_CHARGE,
                            DateRange.startingOn(DAY), decision));
                    return new long[] {cadre, decision, groupId};
                }
            });
            db.read(store -> {
                Cadre an = store.cadres().withPositions(ids[0]).orElseThrow();
                assertEquals(new CadreProfile("Hoàng Văn An", Gender.MALE, 1970, "Tày", an.homeUnitId(), "Ban Tổ chức",
                        "0912345678", "ghi chú"), an.profile());
                assertEquals(List.of(PositionKind.STANDING_MEMBER), an.positions().stream().map(p -> p.kind()).toList());
                assertEquals("UVBTV", an.positions().get(0).title());
                Decision d = store.decisions().find(ids[1]).orElseThrow();
                assertEquals("15-QĐ/HU", d.symbol());
                assertEquals(DecisionKind.ASSIGNMENT, d.kind());
                WorkingGroup g = store.workingGroups().find(ids[2]).orElseThrow();
                assertEquals("Tổ 1", g.name());
                assertEquals(ids[0], g.leader().orElseThrow().cadreId());
                assertEquals(1, g.unitIds().size());
                return null;
            });
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
