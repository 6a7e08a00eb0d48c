package org.diaban.importing.legacy.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diaban.importing.legacy.places.PlaceResolution;
import org.diaban.importing.legacy.places.PlaceResolver;
import org.diaban.importing.legacy.places.ResolvedPlace;
import org.diaban.importing.legacy.table.ColumnKind;
import org.diaban.importing.legacy.table.TableLayout;
import org.diaban.importing.legacy.table.TableRow;
import org.diaban.importing.legacy.text.LegacyText;
import org.diaban.importing.legacy.values.CommitteeCategory;
import org.diaban.importing.legacy.values.ValueResult;

/**
 * assignment_list: one record per commune row. Errors reject the row: MISSING_NAME,
 * INVALID_DATE, UNKNOWN_COMMUNE, UNKNOWN_VILLAGE, DUPLICATE_ROW (name, commune, villages and
 * decision; the first occurrence is kept).
 */
final class AssignmentListReader implements ShapeReader {

    private final PlaceResolver places;
    private final Set<String> seen = new HashSet<>();

    AssignmentListReader(PlaceResolver places) {
        this.places = places;
    }

    @Override
    public void row(TableLayout layout, TableRow row, DryRunReport report) {
        String sheet = row.sheet();
        String name = LegacyText.stripHonorific(row.text(ColumnKind.HO_TEN));
        ValueResult<LocalDate> parsedDate = RecordValues.date(row.cell(ColumnKind.NGAY_QUYET_DINH), "ngay_quyet_dinh");
        String decision = row.text(ColumnKind.SO_QUYET_DINH);
        // Duplicates compare the row's own normalised texts, so a repeat of a rejected row is still a repeat.
        if (name != null && !seen.add(duplicateKey(row, name, decision, parsedDate))) {
            report.addError(Finding.duplicate(layout, row, ColumnKind.HO_TEN, name,
                    "same cadre, commune, villages and decision as an earlier row; the first is kept"));
            return;
        }
        if (name == null) {
            report.addError(Finding.missingName(layout, row, ColumnKind.HO_TEN, "ho_ten"));
            return;
        }
        if (!parsedDate.isOk()) {
            report.addError(Finding.of(layout, row, ColumnKind.NGAY_QUYET_DINH, parsedDate.problem()));
            return;
        }
        LocalDate date = parsedDate.value();
        String communeText = row.text(ColumnKind.XA);
        PlaceResolution commune = places.commune(communeText);
        Optional<ResolvedPlace> xa = commune.found();
        if (communeText == null || xa.isEmpty()) {
            report.addError(Finding.unknownCommune(layout, row, communeText));
            return;
        }
        String villageText = row.text(ColumnKind.THON);
        List<String> thonIds = new ArrayList<>();
        List<String> thon = new ArrayList<>();
        for (PlaceResolution village : places.villages(xa.get(), villageText)) {
            Optional<ResolvedPlace> found = village.found();
            if (found.isEmpty()) {
                report.addError(Finding.unknownVillage(layout, row, ColumnKind.THON, "thon", villageText,
                        "commune " + xa.get().name()));
                return;
            }
            thonIds.add(found.get().externalKey());
            thon.add(found.get().name());
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("sheet", sheet);
        record.put("row", row.row());
        record.put("stt", RecordValues.integer(row.text(ColumnKind.STT)));
        record.put("ho_ten", name);
        record.put("chuc_vu", row.text(ColumnKind.CHUC_VU));
        Integer birthYear = RecordValues.integer(row.text(ColumnKind.NAM_SINH));
        if (birthYear != null) {
            record.put("nam_sinh", birthYear); // not in the keys; helps to tell people apart
        }
        Optional<CommitteeCategory> category = CommitteeCategory.fromCell(row.text(ColumnKind.CAP_UY));
        record.put("cap_uy", category.or(row::section).map(Enum::name).orElse(null));
        record.put("xa_id", xa.get().externalKey());
        record.put("xa", xa.get().name());
        record.put("thon_ids", thonIds);
        record.put("thon", thon);
        record.put("so_quyet_dinh", decision);
        record.put("ngay_quyet_dinh", date == null ? null : date.toString());
        record.put("ghi_chu", RecordValues.ownText(row, ColumnKind.GHI_CHU));
        report.addRecord(record);
    }

    private static String duplicateKey(TableRow row, String name, String decision, ValueResult<LocalDate> date) {
        String villages = PlaceResolver.splitList(row.text(ColumnKind.THON)).stream().map(LegacyText::unitKey)
                .reduce((a, b) -> a + "," + b).orElse("");
        String day = date.isOk() ? String.valueOf(date.value()) : String.valueOf(date.problem().value());
        String number = decision == null ? "" : decision.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return String.join("|", RecordValues.personKey(name), LegacyText.unitKey(row.text(ColumnKind.XA)), villages,
                number, day);
    }
}
