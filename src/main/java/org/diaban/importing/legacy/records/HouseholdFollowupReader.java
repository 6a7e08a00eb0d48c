package org.diaban.importing.legacy.records;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.diaban.domain.text.VietnameseText;
import org.diaban.importing.legacy.places.PlaceResolver;
import org.diaban.importing.legacy.places.ResolvedPlace;
import org.diaban.importing.legacy.table.ColumnKind;
import org.diaban.importing.legacy.table.TableLayout;
import org.diaban.importing.legacy.table.TableRow;
import org.diaban.importing.legacy.text.LegacyText;

/**
 * household_followup: streams the rows into a summary (data rows, first and last data row,
 * distinct cadres by name and commune, persons, rows per commune and per category). The rows
 * themselves are records only when asked for; otherwise the summary holds the first rows to look at. Errors reject the row: MISSING_NAME (no cadre),
 * UNKNOWN_COMMUNE, UNKNOWN_VILLAGE.
 */
final class HouseholdFollowupReader implements ShapeReader {

    private final PlaceResolver places;
    private final boolean keepRows;
    private final Map<String, Optional<ResolvedPlace>> communeCache = new HashMap<>();
    private final Map<String, Optional<ResolvedPlace>> villageCache = new HashMap<>();
    /** A file has a handful of Diện wordings, repeated on every row. */
    private final Map<String, String> dienCache = new HashMap<>();
    /** Rows a summary shows for people to look at when the rows are not listed. */
    static final int FIRST_ROWS = 100;

    private final Set<String> cadres = new HashSet<>();
    private final java.util.List<Map<String, Object>> firstRows = new java.util.ArrayList<>();
    private final Map<String, Integer> byXa = new TreeMap<>();
    private final Map<String, Integer> byDien = new TreeMap<>();
    private int dataRows;
    private Integer firstRow;
    private Integer lastRow;
    private long persons;

    HouseholdFollowupReader(PlaceResolver places, boolean keepRows) {
        this.places = places;
        this.keepRows = keepRows;
    }

    @Override
    public void row(TableLayout layout, TableRow row, DryRunReport report) {
        String sheet = row.sheet();
        String cadre = LegacyText.stripHonorific(row.text(ColumnKind.CAN_BO));
        if (cadre == null) {
            report.addError(Finding.missingName(layout, row, ColumnKind.CAN_BO, "can_bo"));
            return;
        }
        String communeText = row.text(ColumnKind.XA);
        Optional<ResolvedPlace> xa = communeText == null ? Optional.empty()
                : communeCache.computeIfAbsent(communeText, t -> places.commune(t).found());
        if (xa.isEmpty()) {
            report.addError(Finding.unknownCommune(layout, row, communeText));
            return;
        }
        String villageText = row.text(ColumnKind.THON);
        Optional<ResolvedPlace> thon = Optional.empty();
        if (villageText != null) {
            thon = villageCache.computeIfAbsent(xa.get().externalKey() + "|" + villageText,
                    t -> places.village(xa.get(), villageText).found());
            if (thon.isEmpty()) {
                report.addError(Finding.unknownVillage(layout, row, ColumnKind.THON, "thon", villageText,
                        "commune " + xa.get().name()));
                return;
            }
        }
        Integer nhanKhau = RecordValues.integer(row.text(ColumnKind.NHAN_KHAU));
        String dienText = row.text(ColumnKind.DIEN);
        String dien = dienText == null ? dien(null) : dienCache.computeIfAbsent(dienText, HouseholdFollowupReader::dien);
        dataRows++;
        if (firstRow == null) {
            firstRow = row.row();
        }
        lastRow = row.row();
        persons += nhanKhau == null ? 0 : nhanKhau;
        cadres.add(RecordValues.personKey(cadre) + "|" + xa.get().externalKey());
        byXa.merge(xa.get().externalKey(), 1, Integer::sum);
        byDien.merge(dien, 1, Integer::sum);
        if (keepRows || report.streams() || firstRows.size() < FIRST_ROWS) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("sheet", sheet);
            record.put("row", row.row());
            record.put("stt", RecordValues.integer(row.text(ColumnKind.STT)));
            record.put("can_bo", cadre);
            record.put("chuc_vu", row.text(ColumnKind.CHUC_VU));
            record.put("xa_id", xa.get().externalKey());
            record.put("thon_id", thon.map(ResolvedPlace::externalKey).orElse(null));
            record.put("chu_ho", LegacyText.stripHonorific(row.text(ColumnKind.CHU_HO)));
            record.put("nam_sinh", RecordValues.integer(row.text(ColumnKind.NAM_SINH)));
            record.put("nhan_khau", nhanKhau);
            record.put("dien", dien);
            if (keepRows) {
                report.addRecord(record);
            } else {
                report.passRecord(record);
                if (firstRows.size() < FIRST_ROWS) {
                    firstRows.add(record);
                }
            }
        }
    }

    /** The summary in the key's field names. */
    Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("data_rows", dataRows);
        summary.put("first_data_row", firstRow);
        summary.put("last_data_row", lastRow);
        summary.put("cadres", cadres.size());
        summary.put("tong_nhan_khau", persons);
        summary.put("by_xa", byXa);
        summary.put("by_dien", byDien);
        if (!keepRows) {
            summary.put("first_rows", firstRows);
        }
        return summary;
    }

    /** The category key of a Diện cell: binh_thuong when empty. */
    static String dien(String text) {
        if (text == null || text.isBlank()) {
            return "binh_thuong";
        }
        String folded = VietnameseText.fold(text);
        if (folded.contains("can ngheo")) {
            return "ho_can_ngheo";
        }
        if (folded.contains("ngheo")) {
            return "ho_ngheo";
        }
        if (folded.contains("chinh sach")) {
            return "ho_chinh_sach";
        }
        if (folded.contains("kho khan")) {
            return "ho_kho_khan";
        }
        if (folded.contains("binh thuong")) {
            return "binh_thuong";
        }
        return folded.trim().replaceAll("\\s+", "_");
    }
}
