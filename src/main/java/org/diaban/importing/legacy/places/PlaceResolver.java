package org.diaban.importing.legacy.places;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.hierarchy.Lineage;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.importing.legacy.text.LegacyText;
import org.diaban.service.hierarchy.HierarchyQueries;

/**
 * Resolves the commune and village texts of one legacy file, within the file's district and on
 * the file's dates. All lookup maps are built once when the resolver is made; resolving a cell
 * touches no database and costs a few map look-ups, so a 50,000-row file is fine.
 *
 * <p><b>Scope.</b> A commune text is looked up only among the communes that were ever under the
 * district, plus the units that stood for them (lineage successors: merges, splits, the 2025
 * reform) on the first and last day of the file's period. A commune of the same name in another
 * district is never matched. A village text is looked up only among the villages that were ever
 * under the resolved commune.
 *
 * <p><b>Dating rule.</b> For a query period (the file's dates, or a row's own day):
 * <ol>
 *   <li>Candidates are the units whose name or full name has the text's
 *       {@link LegacyText#unitKey matching key} (case, old/new tone placement and unit prefix
 *       ignored).</li>
 *   <li>A candidate with a version valid on some day of the period is FOUND, with that version
 *       (the latest one within the period); a unit renamed since is found under its old name too. So a 2022 file naming "xã Sơn Hà" resolves to the old
 *       Sơn Hà even though it was merged in 2024, and a 2026 file naming a new commune resolves to
 *       it. If several units match (a name reused by a new unit), the one whose type agrees with
 *       the typed prefix ("Thị trấn", "Xã", "Phường") wins, then the one valid on the period's
 *       last day; the others are given as {@code alternatives}. A row's own day (a decision date)
 *       narrows the period to that day; it should lie within the file's dates, as the scope of
 *       successor units is taken on the first and last day of the file's dates.</li>
 *   <li>Otherwise, if a candidate existed only before the period, the result is SUPERSEDED: the
 *       old unit plus its successors on the period's last day ({@link Lineage#successorsOn}).
 *       The importer reports or asks; it does not silently move the row.</li>
 *   <li>Otherwise (no such name, or a unit created only after the period) it is UNKNOWN with
 *       {@code UNKNOWN_COMMUNE} / {@code UNKNOWN_VILLAGE}.</li>
 * </ol>
 */
public final class PlaceResolver {

    /** ", huyện Hữu Lũng" / " - thành phố Lạng Sơn" after a commune name: the district, not part of the name. */
    private static final Pattern DISTRICT_SUFFIX = Pattern.compile(
            "\\s*[,;\\-–(]\\s*(?:huyện|thành phố|tp\\.?|tỉnh)\\s.*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern QUALIFIER = Pattern.compile("^(?:huyện|thành phố|tp\\.?|tỉnh)\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CHI_BO = Pattern.compile("^chi bộ\\s+");
    private static final Pattern NUMBERED = Pattern.compile("^(?:tổ|số|khu phố|khối phố)\\s+0*(\\d+)$");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\n]");

    private final UnitState district;
    private final FileDates dates;
    private final Lineage lineage;
    private final Map<Long, List<UnitState>> versionsById;
    private final Map<String, List<UnitState>> communesByKey;
    private final Map<Long, Map<String, List<UnitState>>> villagesByCommune;

    private PlaceResolver(UnitState district, FileDates dates, Collection<UnitState> states, Lineage lineage) {
        this.district = district;
        this.dates = dates;
        this.lineage = lineage;
        this.versionsById = new HashMap<>();
        Map<Long, List<UnitState>> byParent = new HashMap<>();
        for (UnitState s : states) {
            versionsById.computeIfAbsent(s.unitId(), k -> new ArrayList<>()).add(s);
            if (s.parentId() != null) {
                byParent.computeIfAbsent(s.parentId(), k -> new ArrayList<>()).add(s);
            }
        }
        Set<Long> communeIds = new LinkedHashSet<>();
        for (UnitState s : byParent.getOrDefault(district.unitId(), List.of())) {
            if (s.isCommuneTier()) {
                communeIds.add(s.unitId());
            }
        }
        for (Long old : List.copyOf(communeIds)) {
            for (LocalDate day : List.of(dates.from(), dates.to())) {
                for (Long successor : lineage.successorsOn(old, day)) {
                    if (versionsById.getOrDefault(successor, List.of()).stream().anyMatch(UnitState::isCommuneTier)) {
                        communeIds.add(successor);
                    }
                }
            }
        }
        this.communesByKey = new HashMap<>();
        this.villagesByCommune = new HashMap<>();
        for (Long id : communeIds) {
            index(communesByKey, versionsById.get(id), PlaceResolver::communeKey);
            Map<String, List<UnitState>> villages = new HashMap<>();
            List<UnitState> children = byParent.getOrDefault(id, List.of()).stream()
                    .filter(UnitState::isVillageTier).toList();
            index(villages, children, PlaceResolver::villageKey);
            villagesByCommune.put(id, villages);
        }
    }

    /** A resolver for the district with that external key (e.g. "huu-lung") on the file's dates. */
    public static PlaceResolver forDistrict(HierarchyQueries hierarchy, String districtKey, FileDates dates) {
        return forDistrict(hierarchy.allStates(), hierarchy.lineage(), districtKey, dates);
    }

    /** The same from unit versions and lineage already at hand. */
    public static PlaceResolver forDistrict(Collection<UnitState> states, Lineage lineage, String districtKey,
                                            FileDates dates) {
        Objects.requireNonNull(dates, "dates");
        UnitState district = states.stream().filter(s -> s.externalKey().equals(districtKey))
                .max(Comparator.comparing(s -> s.range().from(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElseThrow(() -> new DomainException("unit.error.unknownKey", districtKey));
        return new PlaceResolver(district, dates, states, lineage);
    }

    public UnitState district() {
        return district;
    }

    public FileDates dates() {
        return dates;
    }

    /** The commune named by a cell ("Xã Hồ Sơn", "TT Hữu Lũng", "Hoà Sơn"), on the file's dates. */
    public PlaceResolution commune(String cellText) {
        return commune(cellText, dates.range());
    }

    /** The same on one day of the file (e.g. the row's decision date), within the file's period. */
    public PlaceResolution commune(String cellText, LocalDate day) {
        return commune(cellText, DateRange.of(day, day));
    }

    private PlaceResolution commune(String cellText, DateRange period) {
        String key = communeKey(cellText);
        return pick(cellText, communesByKey.getOrDefault(key, List.of()), period, PlaceResolution.UNKNOWN_COMMUNE);
    }

    /**
     * Every commune of a cell listing several ("Hữu Lũng, Hồ Sơn"), in cell order; an item that
     * only qualifies the one before it ("huyện Hữu Lũng", "tỉnh Lạng Sơn") is not a commune.
     */
    public List<PlaceResolution> communes(String cellText) {
        List<PlaceResolution> out = new ArrayList<>();
        for (String part : splitList(cellText)) {
            if (!QUALIFIER.matcher(part).find()) {
                out.add(commune(part));
            }
        }
        return out;
    }

    /** A village of that commune ("Thôn Đồng Tiến", "Khối 3", "3", "Chi bộ thôn Nà Pàn"). */
    public PlaceResolution village(ResolvedPlace commune, String cellText) {
        return village(commune, cellText, dates.range());
    }

    public PlaceResolution village(ResolvedPlace commune, String cellText, LocalDate day) {
        return village(commune, cellText, DateRange.of(day, day));
    }

    private PlaceResolution village(ResolvedPlace commune, String cellText, DateRange period) {
        Map<String, List<UnitState>> villages = villagesByCommune.getOrDefault(commune.unitId(), Map.of());
        return pick(cellText, villages.getOrDefault(villageKey(cellText), List.of()), period,
                PlaceResolution.UNKNOWN_VILLAGE);
    }

    /**
     * Every village of a cell listing several (separated by commas, semicolons or line breaks),
     * in cell order. An empty or blank cell gives an empty list: the whole commune.
     */
    public List<PlaceResolution> villages(ResolvedPlace commune, String cellText) {
        List<PlaceResolution> out = new ArrayList<>();
        for (String part : splitList(cellText)) {
            out.add(village(commune, part));
        }
        return out;
    }

    /** The non-blank items of a list cell, split at commas, semicolons and line breaks. */
    public static List<String> splitList(String cellText) {
        List<String> out = new ArrayList<>();
        if (cellText == null) {
            return out;
        }
        for (String part : SEPARATORS.split(cellText)) {
            String clean = LegacyText.normalize(part);
            if (clean != null && !clean.equals("-")) {
                out.add(clean);
            }
        }
        return out;
    }

    private PlaceResolution pick(String text, List<UnitState> candidates, DateRange period, String unknownCode) {
        List<UnitState> during = candidates.stream().filter(s -> s.range().overlaps(period)
                && s.lifetime().overlaps(period)).toList();
        if (!during.isEmpty()) {
            String typed = typedType(text);
            List<UnitState> preferred = during;
            if (typed != null && during.stream().anyMatch(s -> s.typeCode().equals(typed))) {
                preferred = during.stream().filter(s -> s.typeCode().equals(typed)).toList();
            }
            LocalDate last = period.to();
            UnitState best = preferred.stream()
                    .max(Comparator.comparing((UnitState s) -> s.range().contains(last))
                            .thenComparing(s -> s.range().from(), Comparator.nullsFirst(Comparator.naturalOrder())))
                    .orElseThrow();
            List<ResolvedPlace> others = new ArrayList<>();
            Set<Long> seen = new LinkedHashSet<>(List.of(best.unitId()));
            for (UnitState s : during) {
                if (seen.add(s.unitId())) {
                    others.add(ResolvedPlace.of(s));
                }
            }
            return PlaceResolution.found(text, ResolvedPlace.of(best), others);
        }
        // a unit renamed since: the file uses an earlier name of a unit that still existed then
        for (UnitState c : candidates) {
            UnitState then = versionsById.get(c.unitId()).stream()
                    .filter(s -> s.range().overlaps(period) && s.lifetime().overlaps(period))
                    .max(Comparator.comparing(s -> s.range().from(), Comparator.nullsFirst(Comparator.naturalOrder())))
                    .orElse(null);
            if (then != null) {
                return PlaceResolution.found(text, ResolvedPlace.of(then), List.of());
            }
        }
        LocalDate first = period.from();
        UnitState ended = candidates.stream()
                .filter(s -> s.lifetime().to() != null && s.lifetime().to().isBefore(first))
                .max(Comparator.comparing(s -> s.lifetime().to())).orElse(null);
        if (ended == null) {
            return PlaceResolution.unknown(text, unknownCode);
        }
        List<ResolvedPlace> successors = new ArrayList<>();
        for (Long id : lineage.successorsOn(ended.unitId(), period.to())) {
            versionsById.getOrDefault(id, List.of()).stream().filter(s -> s.range().contains(period.to()))
                    .findFirst().map(ResolvedPlace::of).ifPresent(successors::add);
        }
        // the latest version of the old unit, with the name the file used
        UnitState latest = versionsById.get(ended.unitId()).stream()
                .max(Comparator.comparing(s -> s.range().from(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElse(ended);
        return PlaceResolution.superseded(text, ResolvedPlace.of(latest), successors);
    }

    private static void index(Map<String, List<UnitState>> map, List<UnitState> versions,
                              Function<String, String> key) {
        for (UnitState s : versions) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(key.apply(s.name()));
            keys.add(key.apply(s.fullName()));
            for (String k : keys) {
                if (!k.isEmpty()) {
                    map.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
                }
            }
        }
    }

    /** Matching key of a commune text: the unit key without a trailing ", huyện X". */
    static String communeKey(String text) {
        String clean = LegacyText.normalize(text);
        if (clean == null) {
            return "";
        }
        Matcher m = DISTRICT_SUFFIX.matcher(clean.replace('\n', ' '));
        String name = m.find() && m.start() > 0 ? clean.replace('\n', ' ').substring(0, m.start()) : clean;
        return LegacyText.unitKey(name);
    }

    /** Matching key of a village text: without "Chi bộ", unit prefix and leading zeros of a number. */
    static String villageKey(String text) {
        String clean = LegacyText.normalize(text);
        if (clean == null) {
            return "";
        }
        String lower = clean.replace('\n', ' ').toLowerCase(Locale.ROOT);
        String key = LegacyText.unitKey(CHI_BO.matcher(lower).replaceFirst(""));
        Matcher numbered = NUMBERED.matcher(key);
        if (numbered.matches()) {
            return numbered.group(1);
        }
        return LEADING_ZEROS.matcher(key).replaceFirst("");
    }

    /** The commune type the text's prefix names, or null. */
    private static String typedType(String text) {
        String clean = LegacyText.normalize(text);
        if (clean == null) {
            return null;
        }
        String lower = clean.toLowerCase(Locale.ROOT);
        if (lower.startsWith("xã ")) {
            return "xa";
        }
        if (lower.startsWith("thị trấn ") || lower.matches("^tt\\.?\\s.*") || lower.startsWith("tt.")) {
            return "thi_tran";
        }
        if (lower.startsWith("phường ") || lower.startsWith("p.")) {
            return "phuong";
        }
        return null;
    }
}
