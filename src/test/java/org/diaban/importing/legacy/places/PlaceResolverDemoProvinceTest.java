package org.diaban.importing.legacy.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diaban.service.Services;
import org.diaban.service.demo.ProgressListener;
import org.diaban.service.hierarchy.HierarchyQueries;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dating rule on the demo province, which has the merges of 1/12/2024 (xã Sơn Hà into thị
 * trấn Hữu Lũng) and the July 2025 reform (districts end 30/6/2025; new communes under the province).
 */
class PlaceResolverDemoProvinceTest {

    @TempDir
    static Path dir;

    private static Services services;
    private static HierarchyQueries hierarchy;

    @BeforeAll
    static void load() {
        services = TestServices.open(dir.resolve("data"));
        services.demo().load(ProgressListener.NONE, () -> false);
        hierarchy = services.hierarchyQueries();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void a2022FileResolvesAnOldCommuneThatWasMergedSince() {
        PlaceResolver resolver = PlaceResolver.forDistrict(hierarchy, "huu-lung", FileDates.year(2022));
        for (String text : List.of("xã Sơn Hà", "Sơn Hà", "XÃ SƠN HÀ", "xã Sơn Hà, huyện Hữu Lũng")) {
            PlaceResolution r = resolver.commune(text);
            assertEquals(PlaceResolution.Status.FOUND, r.status(), text);
            assertEquals("huu-lung.son-ha", r.place().externalKey(), text);
            assertEquals("Sơn Hà", r.place().name());
        }
        PlaceResolution hoSon = resolver.commune("Xã Hồ Sơn");
        assertEquals("huu-lung.ho-son", hoSon.place().externalKey());
        assertEquals("huu-lung.ho-son.dong-tien", resolver.village(hoSon.place(), "Thôn Đồng Tiến").place().externalKey());
        assertEquals("huu-lung.huu-lung", resolver.commune("TT Hữu Lũng").place().externalKey());
        // a decision dated in 2022 within the file
        assertEquals("huu-lung.son-ha", resolver.commune("Sơn Hà", LocalDate.of(2022, 5, 22)).place().externalKey());
    }

    @Test
    void a2026FileResolvesTheNewCommunesAndNamesTheSuccessorsOfOldOnes() {
        PlaceResolver resolver = PlaceResolver.forDistrict(hierarchy, "huu-lung", FileDates.day(LocalDate.of(2026, 3, 2)));
        PlaceResolution tuanSon = resolver.commune("Xã Tuấn Sơn");
        assertEquals(PlaceResolution.Status.FOUND, tuanSon.status());
        assertEquals("xa-tuan-son", tuanSon.place().externalKey());
        assertEquals("xa-huu-lung", resolver.commune("xã Hữu Lũng").place().externalKey(),
                "the name of the old thị trấn, reused by a new, larger xã");
        PlaceResolution tanThanh = resolver.commune("Tân Thành");
        assertEquals("xa-tan-thanh", tanThanh.place().externalKey(), "the new unit, not the old commune of that name");
        assertEquals("huu-lung.ho-son.dong-tien", resolver.village(tanThanh.place(), "Đồng Tiến").place().externalKey(),
                "villages keep their identity under the new commune");

        PlaceResolution hoSon = resolver.commune("Xã Hồ Sơn");
        assertEquals(PlaceResolution.Status.SUPERSEDED, hoSon.status());
        assertEquals("huu-lung.ho-son", hoSon.place().externalKey());
        assertEquals(List.of("xa-tan-thanh"), hoSon.successors().stream().map(ResolvedPlace::externalKey).toList());
        PlaceResolution sonHa = resolver.commune("Sơn Hà");
        assertEquals(PlaceResolution.Status.SUPERSEDED, sonHa.status(), "merged in 2024, then again in 2025");
        assertEquals(List.of("xa-huu-lung"), sonHa.successors().stream().map(ResolvedPlace::externalKey).toList());

        assertEquals(PlaceResolution.UNKNOWN_COMMUNE, resolver.commune("Xã Chiến Thắng").errorCode(),
                "a commune of another old district stays unknown");
    }

    @Test
    void withinThe2025FileTheOldCommuneIsFoundWhileTheTypedPrefixTellsReusedNamesApart() {
        PlaceResolver resolver = PlaceResolver.forDistrict(hierarchy, "huu-lung", FileDates.year(2025));
        assertEquals("huu-lung.ho-son", resolver.commune("Hồ Sơn").place().externalKey(), "valid until 30/6/2025");
        assertEquals("huu-lung.huu-lung", resolver.commune("Thị trấn Hữu Lũng").place().externalKey());
        assertEquals("xa-huu-lung", resolver.commune("Xã Hữu Lũng").place().externalKey());
        PlaceResolution bare = resolver.commune("Hữu Lũng");
        assertEquals("xa-huu-lung", bare.place().externalKey(), "without a prefix: the unit of the period's last day");
        assertEquals(List.of("huu-lung.huu-lung"), bare.alternatives().stream().map(ResolvedPlace::externalKey).toList());
        assertTrue(bare.isFound() && !bare.isCertain(), "the UI may ask");
        PlaceResolution onDay = resolver.commune("Hữu Lũng", LocalDate.of(2025, 3, 1));
        assertEquals("huu-lung.huu-lung", onDay.place().externalKey(), "on a row's own day only the unit of that day counts");
        assertTrue(onDay.isCertain());
        PlaceResolution sonHa = resolver.commune("Sơn Hà");
        assertEquals(PlaceResolution.Status.SUPERSEDED, sonHa.status(), "merged on 1/12/2024");
        assertTrue(sonHa.successors().stream().anyMatch(p -> p.externalKey().equals("xa-huu-lung")));
    }

    @Test
    void everyOldDistrictIsDetectedFromItsCommittee() {
        DistrictDetector detector = DistrictDetector.of(hierarchy);
        assertEquals("thanh-pho-lang-son", detector.detect(List.of("ĐẢNG BỘ TỈNH LẠNG SƠN", "THÀNH ỦY LẠNG SƠN"))
                .best().orElseThrow().district().externalKey());
        assertEquals("trang-dinh", detector.detect(List.of("HUYỆN UỶ TRÀNG ĐỊNH")).best().orElseThrow()
                .district().externalKey());
        DistrictDetection bacSon = detector.detect(List.of("ĐẢNG BỘ HUYỆN BẮC SƠN", "*"));
        assertTrue(bacSon.isCertain());
        assertEquals("bac-son", bacSon.best().orElseThrow().district().externalKey());
    }
}
