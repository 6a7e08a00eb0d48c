package org.diaban.importing.legacy.records;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.diaban.importing.legacy.places.PlaceResolver;
import org.diaban.importing.legacy.places.ResolvedPlace;
import org.diaban.importing.legacy.table.ColumnKind;
import org.diaban.importing.legacy.table.TableLayout;
import org.diaban.importing.legacy.table.TableRow;
import org.diaban.importing.legacy.text.LegacyText;
import org.diaban.importing.legacy.values.CellLists;
import org.diaban.importing.legacy.values.SessionStatus;
import org.diaban.importing.legacy.values.ValueResult;

/**
 * work_session_log: one record per session row. Errors reject the row: INVALID_DATE,
 * MISSING_NAME, UNKNOWN_COMMUNE, UNKNOWN_VILLAGE.
 */
final class WorkSessionLogReader implements ShapeReader {

    private final PlaceResolver places;

    WorkSessionLogReader(PlaceResolver places) {
        this.places = places;
    }

    @Override
    public void row(TableLayout layout, TableRow row, DryRunReport report) {
        String sheet = row.sheet();
        ValueResult<LocalDate> parsedDate = RecordValues.date(row.cell(ColumnKind.NGAY), "ngay");
        if (!parsedDate.isOk()) {
            report.addError(Finding.of(layout, row, ColumnKind.NGAY, parsedDate.problem()));
            return;
        }
        LocalDate date = parsedDate.value();
        String name = LegacyText.stripHonorific(row.text(ColumnKind.HO_TEN));
        if (name == null) {
            report.addError(Finding.missingName(layout, row, ColumnKind.HO_TEN, "ho_ten"));
            return;
        }
        String communeText = row.text(ColumnKind.XA);
        Optional<ResolvedPlace> xa = communeText == null ? Optional.empty() : places.commune(communeText).found();
        if (xa.isEmpty()) {
            report.addError(Finding.unknownCommune(layout, row, communeText));
            return;
        }
        String villageText = row.text(ColumnKind.THON);
        ResolvedPlace thon = null;
        if (villageText != null) {
            Optional<ResolvedPlace> found = places.village(xa.get(), villageText).found();
            if (found.isEmpty()) {
                report.addError(Finding.unknownVillage(layout, row, ColumnKind.THON, "thon", villageText,
                        "commune " + xa.get().name()));
                return;
            }
            thon = found.get();
        }
        String requests = row.text(ColumnKind.KIEN_NGHI);
        String status = row.text(ColumnKind.TINH_TRANG);
        SessionStatus mapped = status == null ? null : SessionStatus.fromText(status);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("sheet", sheet);
        record.put("row", row.row());
        record.put("stt", RecordValues.integer(row.text(ColumnKind.STT)));
        record.put("ngay", date == null ? null : date.toString());
        record.put("ho_ten", name);
        if (layout.columns().containsKey(ColumnKind.CHUC_VU)) {
            record.put("chuc_vu", row.text(ColumnKind.CHUC_VU));
        }
        record.put("xa_id", xa.get().externalKey());
        record.put("xa", xa.get().name());
        record.put("thon_id", thon == null ? null : thon.externalKey());
        record.put("thon", thon == null ? null : thon.name());
        record.put("noi_dung", row.text(ColumnKind.NOI_DUNG));
        record.put("kien_nghi", requests);
        record.put("so_kien_nghi", requests == null ? 0 : CellLists.requestCount(requests));
        record.put("ket_qua", row.text(ColumnKind.KET_QUA));
        record.put("trang_thai_goc", status);
        record.put("trang_thai", mapped == null ? null : mapped.key());
        report.addRecord(record);
    }
}
