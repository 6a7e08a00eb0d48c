package org.diaban.service.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.hierarchy.Household;
import org.diaban.domain.people.CadreProfile;
import org.diaban.service.Services;
import org.diaban.service.hierarchy.NewUnit;
import org.diaban.service.hierarchy.ReorganisationPlan;
import org.diaban.service.hierarchy.UnitEdit;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "huu lung" finds "Hữu Lũng", "nguyen van" finds "Nguyễn Văn …", old unit names stay findable. */
class SearchServiceTest {

    @TempDir
    Path dir;

    private Services services;
    private SampleHierarchy sample;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        sample = SampleHierarchy.create(services);
        services.cadres().create(CadreProfile.named("Nguyễn Văn An"), null);
        services.cadres().create(CadreProfile.named("Nguyễn Thị Vân"), null);
        services.database().writeAll(s -> s.persist(new Household(sample.villages.get(0), "Nguyễn Văn Ba", 1958, 4,
                null)));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<String> titles(String query) {
        return services.search().search(query, 20).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void findsUnitsIgnoringDiacriticsAndCase() {
        assertEquals("Huyện Hữu Lũng", titles("huu lung").get(0));
        assertEquals("Huyện Hữu Lũng", titles("HỮU LŨNG").get(0));
        assertTrue(titles("ho son").contains("Xã Hồ Sơn"));
    }

    @Test
    void findsPeopleByTheStartOfTheirName() {
        // the phrase first (cadres before households), then names holding both words elsewhere
        assertEquals(List.of("Nguyễn Văn An", "Nguyễn Văn Ba (1958)", "Nguyễn Thị Vân"), titles("nguyen van"));
        SearchResult r = services.search().search("nguyen van", 20);
        assertEquals(List.of(SearchKind.CADRE, SearchKind.HOUSEHOLD, SearchKind.CADRE),
                r.hits().stream().map(SearchHit::kind).toList());
        assertEquals(sample.villages.get(0), r.hits().get(1).placeId());
        assertTrue(r.hits().get(1).context().contains("Thôn Đồng Tiến"));
    }

    @Test
    void wordsMayComeInAnyOrder() {
        assertTrue(titles("van nguyen").contains("Nguyễn Văn An"));
    }

    @Test
    void aMergedCommuneIsFoundWithItsEndDateAndTheIndexFollowsChanges() {
        services.reorganisations().record(ReorganisationPlan.mergeInto(new NewUnit("xa-tan-thanh",
                new UnitEdit("xa", "Tân Thành", "Xã Tân Thành", null, null, "Đảng ủy xã Tân Thành", "ĐU",
                        sample.province), null, null), sample.communes, LocalDate.of(2025, 7, 1), "NQ 1672"));
        SearchResult r = services.search().search("hoa son", 20);
        SearchHit old = r.hits().stream().filter(h -> h.title().equals("Xã Hòa Sơn")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2025, 6, 30), old.endedOn());
        assertTrue(titles("tan thanh").contains("Xã Tân Thành"));
    }

    @Test
    void anEmptyQueryFindsNothing() {
        assertEquals(0, services.search().search("   ", 20).total());
    }
}
