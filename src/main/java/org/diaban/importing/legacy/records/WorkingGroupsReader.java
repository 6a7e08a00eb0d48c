package org.diaban.importing.legacy.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diaban.importing.legacy.places.PlaceResolution;
import org.diaban.importing.legacy.places.PlaceResolver;
import org.diaban.importing.legacy.places.ResolvedPlace;
import org.diaban.importing.legacy.table.ColumnKind;
import org.diaban.importing.legacy.table.TableLayout;
import org.diaban.importing.legacy.table.TableRow;
import org.diaban.importing.legacy.values.ValueResult;
import org.diaban.importing.legacy.values.WorkingGroupCells;
import org.diaban.importing.legacy.values.WorkingGroupCells.Person;

/**
 * working_groups: one record per group. Errors reject the row: INVALID_YEAR, MISSING_NAME (no
 * leader), UNKNOWN_COMMUNE; a leader who is not a standing-committee member is a LEADER_NOT_BTV
 * warning.
 */
final class WorkingGroupsReader implements ShapeReader {

    private final PlaceResolver places;

    WorkingGroupsReader(PlaceResolver places) {
        this.places = places;
    }

    @Override
    public void row(TableLayout layout, TableRow row, DryRunReport report) {
        String sheet = row.sheet();
        Integer year = null;
        String yearText = row.text(ColumnKind.NAM_THANH_LAP);
        if (yearText != null) {
            ValueResult<Integer> parsed = WorkingGroupCells.year(yearText, "nam_thanh_lap");
            if (!parsed.isOk()) {
                report.addError(Finding.of(layout, row, ColumnKind.NAM_THANH_LAP, parsed.problem()));
                return;
            }
            year = parsed.value();
        }
        Person leader = WorkingGroupCells.leader(row.text(ColumnKind.TO_TRUONG));
        if (leader == null || leader.hoTen() == null) {
            report.addError(Finding.missingName(layout, row, ColumnKind.TO_TRUONG, "to_truong"));
            return;
        }
        List<String> xaIds = new ArrayList<>();
        List<String> xa = new ArrayList<>();
        for (PlaceResolution commune : places.communes(row.text(ColumnKind.XA))) {
            Optional<ResolvedPlace> found = commune.found();
            if (found.isEmpty()) {
                report.addError(Finding.unknownCommune(layout, row, commune.cellText()));
                return;
            }
            xaIds.add(found.get().externalKey());
            xa.add(found.get().name());
        }
        boolean standing = WorkingGroupCells.isStandingCommittee(leader.chucVu());
        if (!standing) {
            report.addWarning(Finding.at(layout, row, ColumnKind.TO_TRUONG, "LEADER_NOT_BTV", "to_truong",
                    leader.hoTen(),
                    "the leader's position (" + leader.chucVu() + ") is not a standing-committee member's"));
        }
        List<Map<String, Object>> members = new ArrayList<>();
        for (Person member : WorkingGroupCells.members(row.text(ColumnKind.THANH_VIEN))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ho_ten", member.hoTen());
            m.put("chuc_vu", member.chucVu());
            members.add(m);
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("sheet", sheet);
        record.put("row", row.row());
        record.put("stt", RecordValues.integer(row.text(ColumnKind.STT)));
        record.put("ten_to", row.text(ColumnKind.TEN_TO));
        record.put("nam_thanh_lap", year);
        record.put("to_truong", leader.hoTen());
        record.put("to_truong_chuc_vu", leader.chucVu());
        record.put("to_truong_la_btv", standing);
        record.put("thanh_vien", members);
        record.put("xa_ids", xaIds);
        record.put("xa", xa);
        report.addRecord(record);
    }
}
