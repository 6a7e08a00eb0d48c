package org.diaban.importing.legacy.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diaban.importing.legacy.text.LegacyText;
import org.diaban.service.Services;
import org.diaban.service.hierarchy.HierarchyQueries;
import org.diaban.testing.FixtureHierarchy;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resolves every commune and village of the answer keys in the test resources against the
 * fixture hierarchy (real H2), from cell-like texts: with and without the unit prefix, in upper
 * and lower case, with old-style tone placement.
 */
class PlaceResolverFixtureTest {

    private static final List<String> KEYS = List.of(
            "phan_cong_HuuLung_2022.xls", "phan_cong_BacSon_2023.xlsx", "phan_cong_DinhLap_2021_TCVN3.xls",
            "loi_phan_cong_ChiLang_2023.xlsx", "sinh_hoat_chi_bo_HuuLung_2023.xlsx",
            "sinh_hoat_chi_bo_DinhLap_2022_VNI.xls", "loi_sinh_hoat_chi_bo_BacSon_2022.xls",
            "so_theo_doi_lam_viec_BacSon_2023_TCVN3.xls", "to_cong_tac_HuuLung_2021.xlsx");

    @TempDir
    static Path dir;

    private static Services services;
    private static HierarchyQueries hierarchy;
    private static Map<String, FixtureHierarchy.Unit> units;

    @BeforeAll
    static void load() {
        services = TestServices.withFixtureHierarchy(dir);
        hierarchy = services.hierarchyQueries();
        units = FixtureHierarchy.units().stream().collect(Collectors.toMap(FixtureHierarchy.Unit::key,
                Function.identity()));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void everyCommuneAndVillageOfTheKeysResolvesFromItsCellLikeTexts() throws IOException {
        int communes = 0;
        int villages = 0;
        for (String file : KEYS) {
            JsonNode key = key(file);
            PlaceResolver resolver = PlaceResolver.forDistrict(hierarchy, key.get("district_id").asText(),
                    FileDates.year(key.get("year").asInt()));
            for (JsonNode record : key.get("records")) {
                if (record.has("xa_ids")) {
                    assertSeveralCommunesInOneCell(resolver, record);
                }
                for (String communeKey : communeKeys(record)) {
                    FixtureHierarchy.Unit commune = units.get(communeKey);
                    ResolvedPlace place = null;
                    for (String text : variants(commune)) {
                        PlaceResolution r = resolver.commune(text);
                        assertTrue(r.isFound(), file + ": " + text + " → " + r);
                        assertEquals(communeKey, r.place().externalKey(), file + ": " + text);
                        assertEquals(commune.name(), r.place().name(), "canonical name as in the key's xa");
                        place = r.place();
                        communes++;
                    }
                    assertTrue(resolver.commune(commune.fullName()).isCertain(), commune.fullName());
                    if (record.hasNonNull("xa") && record.get("xa").isTextual()) {
                        assertEquals(record.get("xa").asText(), place.name(), file);
                    }
                    for (String villageKey : villageKeys(record)) {
                        for (String text : variants(units.get(villageKey))) {
                            PlaceResolution r = resolver.village(place, text);
                            assertTrue(r.isFound(), file + ": " + text + " → " + r);
                            assertEquals(villageKey, r.place().externalKey(), file + ": " + text);
                            villages++;
                        }
                    }
                    if (record.hasNonNull("chi_bo")) {
                        assertEquals(record.get("thon_id").asText(),
                                resolver.village(place, record.get("chi_bo").asText()).place().externalKey(), file);
                    }
                    if (record.has("thon_ids")) {
                        assertSeveralVillagesInOneCell(resolver, place, record);
                    }
                }
            }
        }
        assertTrue(communes > 500 && villages > 300, communes + " communes, " + villages + " villages");
    }

    private static void assertSeveralCommunesInOneCell(PlaceResolver resolver, JsonNode record) {
        List<String> ids = communeKeys(record);
        List<String> names = new ArrayList<>();
        record.get("xa").forEach(n -> names.add(n.asText()));
        List<String> fullNames = ids.stream().map(id -> units.get(id).fullName()).toList();
        for (String cell : List.of(String.join(", ", names), String.join("\n", fullNames),
                String.join(", ", fullNames) + ", huyện " + resolver.district().name())) {
            List<PlaceResolution> rs = resolver.communes(cell);
            assertEquals(ids, rs.stream().map(r -> r.place().externalKey()).toList(), cell);
            assertEquals(names, rs.stream().map(r -> r.place().name()).toList(), "canonical names as in the key's xa");
            assertTrue(rs.stream().allMatch(PlaceResolution::isCertain), cell);
        }
    }

    private static void assertSeveralVillagesInOneCell(PlaceResolver resolver, ResolvedPlace commune, JsonNode record) {
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        record.get("thon_ids").forEach(n -> ids.add(n.asText()));
        record.get("thon").forEach(n -> names.add(n.asText()));
        List<String> fullNames = ids.stream().map(id -> units.get(id).fullName()).toList();
        for (String cell : List.of(String.join(", ", names), String.join("\n", fullNames), String.join("; ", names),
                String.join(",\n", fullNames).toLowerCase(Locale.ROOT))) {
            List<PlaceResolution> rs = resolver.villages(commune, cell);
            assertEquals(ids, rs.stream().map(r -> r.place().externalKey()).toList(), cell);
            assertEquals(names, rs.stream().map(r -> r.place().name()).toList(), "canonical names as in the key's thon");
        }
        if (ids.isEmpty()) {
            assertTrue(resolver.villages(commune, null).isEmpty());
            assertTrue(resolver.villages(commune, "  ").isEmpty());
        }
    }

    @Test
    void theSameCommuneNameInAnotherDistrictIsUnknown() {
        PlaceResolver chiLang = PlaceResolver.forDistrict(hierarchy, "chi-lang", FileDates.year(2023));
        PlaceResolver bacSon = PlaceResolver.forDistrict(hierarchy, "bac-son", FileDates.year(2023));
        PlaceResolver huuLung = PlaceResolver.forDistrict(hierarchy, "huu-lung", FileDates.year(2023));
        assertEquals("chi-lang.chien-thang", chiLang.commune("Xã Chiến Thắng").place().externalKey());
        assertEquals("bac-son.chien-thang", bacSon.commune("Chiến Thắng").place().externalKey());
        PlaceResolution none = huuLung.commune("Xã Chiến Thắng");
        assertEquals(PlaceResolution.Status.UNKNOWN, none.status());
        assertEquals(PlaceResolution.UNKNOWN_COMMUNE, none.errorCode());
        // loi_phan_cong_ChiLang_2023.xlsx row 37: "Hồ Sơn" is a commune of Hữu Lũng only
        assertEquals(PlaceResolution.UNKNOWN_COMMUNE, chiLang.commune("Hồ Sơn").errorCode());
        // every commune of another district whose name this district does not have
        for (String district : List.of("huu-lung", "bac-son", "dinh-lap", "chi-lang")) {
            PlaceResolver resolver = PlaceResolver.forDistrict(hierarchy, district, FileDates.year(2022));
            Set<String> own = childrenOf(district).stream().map(u -> LegacyText.unitKey(u.name())).collect(Collectors.toSet());
            for (FixtureHierarchy.Unit other : allCommunes()) {
                if (!other.parentKey().equals(district) && !own.contains(LegacyText.unitKey(other.name()))) {
                    assertEquals(PlaceResolution.UNKNOWN_COMMUNE, resolver.commune(other.fullName()).errorCode(),
                            district + ": " + other.fullName());
                }
            }
        }
    }

    @Test
    void aVillageOfAnotherCommuneIsUnknown() {
        PlaceResolver chiLang = PlaceResolver.forDistrict(hierarchy, "chi-lang", FileDates.year(2023));
        ResolvedPlace dongMo = chiLang.commune("Thị trấn Đồng Mỏ").place();
        // loi_phan_cong_ChiLang_2023.xlsx row 27
        PlaceResolution r = chiLang.village(dongMo, "Thôn Đồng Tiến");
        assertEquals(PlaceResolution.Status.UNKNOWN, r.status());
        assertEquals(PlaceResolution.UNKNOWN_VILLAGE, r.errorCode());
        PlaceResolver huuLung = PlaceResolver.forDistrict(hierarchy, "huu-lung", FileDates.year(2022));
        ResolvedPlace hoSon = huuLung.commune("xã Hồ Sơn").place();
        assertEquals("huu-lung.ho-son.dong-tien", huuLung.village(hoSon, "thôn Đồng Tiến").place().externalKey());
        Set<String> own = childrenOf("huu-lung.ho-son").stream().map(u -> LegacyText.unitKey(u.name()))
                .collect(Collectors.toSet());
        int checked = 0;
        for (FixtureHierarchy.Unit v : units.values()) {
            boolean village = v.parentKey() != null && units.get(v.parentKey()).parentKey() != null
                    && units.get(units.get(v.parentKey()).parentKey()).parentKey() != null;
            if (village && !v.parentKey().equals("huu-lung.ho-son") && !own.contains(LegacyText.unitKey(v.name()))) {
                assertEquals(PlaceResolution.UNKNOWN_VILLAGE, huuLung.village(hoSon, v.fullName()).errorCode(),
                        v.fullName());
                checked++;
            }
        }
        assertTrue(checked > 100);
        // a list with one stranger: that item alone is unknown
        List<PlaceResolution> list = huuLung.villages(hoSon, "Đồng Tiến, Khe Pất");
        assertTrue(list.get(0).isFound());
        assertEquals(PlaceResolution.UNKNOWN_VILLAGE, list.get(1).errorCode());
    }

    @Test
    void numberedVillagesResolveByNumberWithOrWithoutTheirType() {
        PlaceResolver dinhLap = PlaceResolver.forDistrict(hierarchy, "dinh-lap", FileDates.year(2021));
        ResolvedPlace town = dinhLap.commune("TT Đình Lập").place();
        assertEquals("dinh-lap.dinh-lap", town.externalKey());
        for (String text : List.of("Khu 3", "khu 3", "3", "03", "Tổ dân phố 3", "TDP 3", "Khối 3", "Chi bộ Khu 3")) {
            PlaceResolution r = dinhLap.village(town, text);
            assertEquals("3", r.place().name(), text);
            assertEquals("Khu 3", r.place().fullName(), text);
        }
        PlaceResolver chiLang = PlaceResolver.forDistrict(hierarchy, "chi-lang", FileDates.year(2023));
        ResolvedPlace dongMo = chiLang.commune("Thị trấn Đồng Mỏ").place();
        assertEquals("Khối 2", chiLang.village(dongMo, "Khối 2").place().fullName());
        assertEquals(List.of("1", "2"), chiLang.villages(dongMo, "Khối 1, Khối 2").stream()
                .map(r -> r.place().name()).toList());
        assertEquals(PlaceResolution.UNKNOWN_VILLAGE, chiLang.village(dongMo, "Khối 99").errorCode());
    }

    @Test
    void theDistrictOfEachKeyIsDetectedFromTitleLikeLines() throws IOException {
        DistrictDetector detector = DistrictDetector.of(hierarchy);
        for (String file : KEYS) {
            String district = key(file).get("district_id").asText();
            String name = units.get(district).name();
            String upper = name.toUpperCase(Locale.ROOT);
            List<List<String>> blocks = List.of(
                    List.of("ĐẢNG BỘ TỈNH LẠNG SƠN", "HUYỆN ỦY " + upper, "*", "ĐẢNG CỘNG SẢN VIỆT NAM"),
                    List.of("ĐẢNG BỘ HUYỆN " + upper),
                    List.of("BAN TỔ CHỨC HUYỆN ỦY " + upper, name + ", ngày 05 tháng 02 năm 2023"),
                    List.of("TỈNH UỶ LẠNG SƠN", "HUYỆN UỶ " + upper),
                    List.of("huyện ủy " + name.toLowerCase(Locale.ROOT)));
            for (List<String> lines : blocks) {
                DistrictDetection d = detector.detect(lines);
                assertEquals(district, d.best().orElseThrow().district().externalKey(), lines.toString());
                assertTrue(d.isCertain(), lines.toString());
            }
            DistrictDetection onlyPlace = detector.detect(List.of(name + ", ngày 05 tháng 02 năm 2023"));
            assertEquals(district, onlyPlace.best().orElseThrow().district().externalKey());
            assertFalse(onlyPlace.isCertain(), "a bare place name is to be confirmed by the user");
        }
        DistrictDetection province = detector.detect(List.of("ĐẢNG BỘ TỈNH LẠNG SƠN", "ĐẢNG CỘNG SẢN VIỆT NAM"));
        assertTrue(province.candidates().isEmpty(), province.toString());
    }

    @Test
    void fiftyThousandLookupsNeedNoDatabase() {
        PlaceResolver resolver = PlaceResolver.forDistrict(hierarchy, "huu-lung", FileDates.year(2024));
        List<FixtureHierarchy.Unit> communes = childrenOf("huu-lung");
        List<FixtureHierarchy.Unit> villages = communes.stream().map(c -> childrenOf(c.key()).get(0)).toList();
        long start = System.nanoTime();
        for (int i = 0; i < 50_000; i++) {
            int n = i % communes.size();
            ResolvedPlace place = resolver.commune(communes.get(n).fullName()).place();
            assertEquals(villages.get(n).key(), resolver.village(place, villages.get(n).fullName()).place().externalKey());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 5_000, millis + " ms");
    }

    /** Cell-like texts for a unit: name, full name, lower/upper case, old tone placement, abbreviations. */
    static List<String> variants(FixtureHierarchy.Unit u) {
        Set<String> out = new LinkedHashSet<>();
        out.add(u.name());
        out.add(u.fullName());
        out.add(u.fullName().toLowerCase(Locale.ROOT));
        out.add(u.fullName().toUpperCase(Locale.ROOT));
        out.add(u.name().toUpperCase(Locale.ROOT));
        out.add("  " + u.fullName().replace(" ", "  ") + " ");
        out.add(oldTones(u.fullName()));
        out.add(oldTones(u.name()));
        switch (u.type()) {
            case "thi_tran" -> {
                out.add("TT " + u.name());
                out.add("TT. " + u.name());
            }
            case "phuong" -> out.add("P. " + u.name());
            case "to_dan_pho" -> out.add("TDP " + u.name());
            case "xa" -> out.add("Xã " + oldTones(u.name()) + ", huyện " + units.get(u.parentKey()).name());
            default -> {
            }
        }
        return List.copyOf(out);
    }

    /** New-style tone placement written the old way: "Hòa" → "Hoà", "Thủy" → "Thuỷ". */
    static String oldTones(String text) {
        String[][] pairs = {{"òa", "oà"}, {"óa", "oá"}, {"ỏa", "oả"}, {"õa", "oã"}, {"ọa", "oạ"},
            {"òe", "oè"}, {"óe", "oé"}, {"ỏe", "oẻ"}, {"õe", "oẽ"}, {"ọe", "oẹ"},
            {"ùy", "uỳ"}, {"úy", "uý"}, {"ủy", "uỷ"}, {"ũy", "uỹ"}, {"ụy", "uỵ"}};
        String out = text;
        for (String[] p : pairs) {
            out = out.replace(p[0], p[1]);
        }
        return out;
    }

    private static List<String> communeKeys(JsonNode record) {
        return ids(record, "xa_id", "xa_ids");
    }

    private static List<String> villageKeys(JsonNode record) {
        return ids(record, "thon_id", "thon_ids");
    }

    /** The ids of a key record's single-id field and its list field, whichever it has. */
    private static List<String> ids(JsonNode record, String single, String list) {
        List<String> out = new ArrayList<>();
        if (record.hasNonNull(single)) {
            out.add(record.get(single).asText());
        }
        if (record.has(list)) {
            record.get(list).forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static List<FixtureHierarchy.Unit> allCommunes() {
        String province = FixtureHierarchy.units().get(0).key();
        return FixtureHierarchy.units().stream().filter(u -> u.parentKey() != null && units.get(u.parentKey())
                .parentKey() != null && units.get(u.parentKey()).parentKey().equals(province)).toList();
    }

    /** The units directly under a unit of the fixture hierarchy. */
    private static List<FixtureHierarchy.Unit> childrenOf(String parent) {
        return FixtureHierarchy.units().stream().filter(u -> parent.equals(u.parentKey())).toList();
    }

    private static JsonNode key(String file) throws IOException {
        try (InputStream in = PlaceResolverFixtureTest.class.getResourceAsStream("/fixtures/legacy/" + file
                + ".expected.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
