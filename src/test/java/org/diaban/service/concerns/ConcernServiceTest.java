package org.diaban.service.concerns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.diaban.domain.activity.ConcernStatus;
import org.diaban.domain.common.DomainException;
import org.diaban.service.Services;
import org.diaban.service.common.DataChanges;
import org.diaban.service.hierarchy.NodeFigures;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concerns on a real H2 file: filters, counts, overdue, the status life cycle, withdrawal and topics. */
class ConcernServiceTest {

    private static final LocalDate TODAY = TestServices.TODAY;

    @TempDir
    Path dir;

    private Services services;
    private ConcernService concerns;
    private SampleHierarchy sample;
    private Long land;
    private Long roads;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        sample = SampleHierarchy.create(services);
        concerns = services.concerns();
        land = topic("dat_dai");
        roads = topic("ha_tang");
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Long topic(String code) {
        return concerns.topics().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow().id();
    }

    private Long raise(Long unit, Long topic, String content, LocalDate raised, LocalDate deadline) {
        return concerns.raise(new ConcernDraft(null, unit, null, "Ông Hoàng Văn Tư", raised, topic, content,
                "UBND xã Hồ Sơn", deadline));
    }

    @Test
    void filtersByStatusTopicSubtreePeriodOverdueAndTextWithoutDiacritics() {
        Long a = raise(sample.villages.get(0), land, "Tranh chấp ranh giới đất", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 1));
        Long b = raise(sample.villages.get(2), roads, "Sửa đường bị sạt lở", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 31));
        Long c = raise(sample.communes.get(0), roads, "Kéo điện về thôn", LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 7, 1));
        concerns.changeStatus(c, ConcernStatus.RESOLVED, LocalDate.of(2026, 6, 20), "Đã kéo điện");

        assertEquals(List.of(b, a, c), ids(ConcernFilter.ALL));
        assertEquals(List.of(b, a), ids(ConcernFilter.open()));
        assertEquals(List.of(b, c), ids(new ConcernFilter(null, roads, null, null, null, null, null, false)));
        // the first commune holds the first two villages
        assertEquals(List.of(a, c), ids(new ConcernFilter(null, null, sample.communes.get(0), null, null, null, null,
                false)));
        assertEquals(List.of(b, a, c), ids(new ConcernFilter(null, null, sample.province, null, null, null, null,
                false)));
        assertEquals(List.of(a), ids(new ConcernFilter(null, null, null, LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 10, 31), null, null, false)));
        assertEquals(List.of(a), ids(ConcernFilter.overdue(TODAY)));
        assertEquals(List.of(b), ids(new ConcernFilter(null, null, null, null, null, null, "sat lo", false)));
        assertEquals(List.of(b, a, c), ids(new ConcernFilter(null, null, null, null, null, null, "hoang van tu",
                false)));

        ConcernSummary first = concerns.list(ConcernFilter.overdue(TODAY)).get(0);
        assertEquals(58, first.daysOverdue());
        assertEquals("huu-lung.ho-son.dong-tien", first.unitKey());
        assertEquals("Thôn Đồng Tiến, Xã Hồ Sơn", first.unitName());
        assertEquals("dat_dai", first.topicCode());

        ConcernCounts counts = concerns.counts(ConcernFilter.ALL);
        assertEquals(3, counts.total());
        assertEquals(2, counts.byStatus().get(ConcernStatus.NEW));
        assertEquals(1, counts.byStatus().get(ConcernStatus.RESOLVED));
        assertEquals(2, counts.byTopic().get(roads));
        assertEquals(1, counts.overdue());
        assertEquals(1, concerns.overdueCount());
    }

    @Test
    void overdueConcernsRollUpTheTree() {
        raise(sample.villages.get(0), land, "Quá hạn", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1));
        raise(sample.villages.get(1), land, "Chưa tới hạn", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));
        NodeFigures village = services.hierarchyQueries().figuresOn(TODAY).get(sample.villages.get(0));
        NodeFigures province = services.hierarchyQueries().figuresOn(TODAY).get(sample.province);
        assertEquals(1, village.overdueConcerns());
        assertEquals(1, province.overdueConcerns());
        assertEquals(2, province.openConcerns());
        // on 15/10 the first was already late, in September it was not
        assertEquals(1, services.hierarchyQueries().figuresOn(LocalDate.of(2026, 10, 15)).get(sample.province)
                .overdueConcerns());
        assertEquals(0, services.hierarchyQueries().figuresOn(LocalDate.of(2026, 9, 15)).get(sample.province)
                .overdueConcerns());
    }

    @Test
    void statusChangesAreDatedNotedAndCanBeTakenBack() {
        AtomicInteger published = new AtomicInteger();
        services.changes().subscribe(t -> {
            if (t == DataChanges.Topic.CONCERNS) {
                published.incrementAndGet();
            }
        });
        Long id = raise(sample.villages.get(0), land, "Bồi thường GPMB", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 1));
        concerns.changeStatus(id, ConcernStatus.IN_PROGRESS, LocalDate.of(2026, 9, 5), "Đã giao cán bộ địa chính");
        concerns.handOver(id, "Phòng Tài nguyên và Môi trường", LocalDate.of(2026, 9, 10), "Vượt thẩm quyền xã");
        assertThrows(DomainException.class,
                () -> concerns.changeStatus(id, ConcernStatus.RESOLVED, LocalDate.of(2026, 9, 9), null));
        assertThrows(DomainException.class,
                () -> concerns.changeStatus(id, ConcernStatus.RESOLVED, TODAY.plusDays(1), null));
        assertThrows(DomainException.class,
                () -> concerns.changeStatus(id, ConcernStatus.NEW, TODAY, null));
        concerns.changeStatus(id, ConcernStatus.RESOLVED, TODAY, "Đã chi trả");

        ConcernDetail d = concerns.detail(id);
        assertEquals(List.of(ConcernStatus.NEW, ConcernStatus.IN_PROGRESS, ConcernStatus.IN_PROGRESS,
                ConcernStatus.RESOLVED), d.history().stream().map(ConcernDetail.Step::status).toList());
        assertTrue(d.history().get(2).handover());
        assertEquals("UBND xã Hồ Sơn", d.history().get(0).responsibleBody());
        assertEquals("Phòng Tài nguyên và Môi trường", d.summary().responsibleBody());
        assertEquals(0, concerns.overdueCount());

        concerns.takeBackLastChange(id, ConcernStatus.RESOLVED, TODAY);
        assertEquals(ConcernStatus.IN_PROGRESS, concerns.detail(id).summary().status());
        assertEquals(3, concerns.detail(id).history().size());
        assertEquals(1, concerns.overdueCount());
        // the step now last is the handover, not what the caller expected
        assertThrows(DomainException.class,
                () -> concerns.takeBackLastChange(id, ConcernStatus.RESOLVED, TODAY));
        concerns.takeBackLastChange(id, ConcernStatus.IN_PROGRESS, LocalDate.of(2026, 9, 10));
        assertEquals("UBND xã Hồ Sơn", concerns.detail(id).summary().responsibleBody());
        assertTrue(published.get() >= 5);
        long audited = services.database().read(s -> s.audit().forEntity("Concern", id).size());
        assertTrue(audited >= 6, "audited " + audited);
    }

    @Test
    void correctionsKeepTheRulesAndReturnWhatWasThere() {
        Long id = raise(sample.villages.get(0), land, "Nội dung cũ", LocalDate.of(2026, 9, 1), null);
        ConcernDraft old = concerns.update(id, new ConcernDraft(null, sample.villages.get(1), null, "Bà Lý Thị Hoa",
                LocalDate.of(2026, 9, 2), roads, "Nội dung mới", "UBND xã", LocalDate.of(2026, 12, 1)));
        assertEquals("Nội dung cũ", old.content());
        ConcernSummary now = concerns.detail(id).summary();
        assertEquals("Nội dung mới", now.content());
        assertEquals(LocalDate.of(2026, 9, 2), concerns.detail(id).history().get(0).day());
        assertThrows(DomainException.class, () -> concerns.update(id, new ConcernDraft(null, sample.villages.get(1),
                null, null, LocalDate.of(2026, 9, 2), roads, "x", null, LocalDate.of(2026, 9, 1))));
        concerns.update(id, old);
        assertEquals("Nội dung cũ", concerns.detail(id).summary().content());
    }

    @Test
    void withdrawnConcernsLeaveTheListsAndComeBack() {
        Long id = raise(sample.villages.get(0), land, "Nhập nhầm", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 1));
        assertEquals(1, concerns.overdueCount());
        concerns.withdraw(id);
        assertEquals(List.of(), ids(ConcernFilter.ALL));
        assertEquals(0, concerns.overdueCount());
        assertEquals(0, services.hierarchyQueries().figuresOn(TODAY).get(sample.province).openConcerns());
        assertEquals(List.of(id), ids(new ConcernFilter(null, null, null, null, null, null, null, true)));
        assertThrows(DomainException.class,
                () -> concerns.changeStatus(id, ConcernStatus.RESOLVED, TODAY, null));
        concerns.restore(id);
        assertEquals(List.of(id), ids(ConcernFilter.ALL));
        assertEquals(1, concerns.overdueCount());
    }

    @Test
    void topicsAreAddedRenamedReorderedAndDeactivatedButNeverDeletedInUse() {
        int before = concerns.topics().size();
        Long added = concerns.addTopic("Giao thông nông thôn", "Rural roads");
        TopicInfo t = concerns.topics().get(before);
        assertEquals(added, t.id());
        assertEquals("giao_thong_nong_thon", t.code());
        assertTrue(t.active());

        concerns.moveTopic(added, -1);
        assertEquals(added, concerns.topics().get(before - 1).id());
        String[] old = concerns.renameTopic(added, "Đường giao thông", "Roads");
        assertEquals("Giao thông nông thôn", old[0]);
        assertEquals("Roads", concerns.topics().get(before - 1).nameEn());

        raise(sample.villages.get(0), added, "Làm đường", LocalDate.of(2026, 9, 1), null);
        assertThrows(DomainException.class, () -> concerns.deleteTopic(added));
        concerns.setTopicActive(added, false);
        TopicInfo inactive = concerns.topics().stream().filter(x -> x.id().equals(added)).findFirst().orElseThrow();
        assertFalse(inactive.active());
        assertEquals(1, inactive.uses());
        assertEquals(1, concerns.list(new ConcernFilter(EnumSet.of(ConcernStatus.NEW), added, null, null, null, null,
                null, false)).size());

        Long unused = concerns.addTopic("Tạm", null);
        assertEquals("Tạm", concerns.topics().stream().filter(x -> x.id().equals(unused)).findFirst().orElseThrow()
                .nameEn());
        concerns.deleteTopic(unused);
        assertEquals(before + 1, concerns.topics().size());
    }

    @Test
    void concernsOfMergedCommunesBelongToTheNewOne() {
        Long old = raise(sample.communes.get(0), land, "Kiến nghị ở xã cũ", LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 4, 1));
        raise(sample.communes.get(2), land, "Ở xã không sáp nhập", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1));
        services.reorganisations().record(org.diaban.service.hierarchy.ReorganisationPlan.mergeInto(
                new org.diaban.service.hierarchy.NewUnit("huu-lung.hoa-son-moi", new org.diaban.service.hierarchy
                        .UnitEdit("xa", "Hòa Sơn Mới", "Xã Hòa Sơn Mới", null, "Đảng bộ xã Hòa Sơn Mới",
                        "Đảng ủy xã Hòa Sơn Mới", "ĐU", sample.district), null, null),
                List.of(sample.communes.get(0), sample.communes.get(1)), LocalDate.of(2025, 7, 1), "NQ 1672"));
        Long merged = services.hierarchyQueries().latestByKey("huu-lung.hoa-son-moi").orElseThrow().unitId();

        assertEquals(List.of(old), ids(new ConcernFilter(null, null, merged, null, null, null, null, false)));
        assertEquals(1, services.hierarchyQueries().figuresOn(TODAY).get(merged).overdueConcerns());
        assertEquals(2, services.hierarchyQueries().figuresOn(TODAY).get(sample.province).overdueConcerns());
        assertEquals(2, concerns.overdueCount());
        // on a day before the merge the old commune still stands and holds it itself
        assertEquals(1, services.hierarchyQueries().figuresOn(LocalDate.of(2024, 6, 1)).get(sample.communes.get(0))
                .overdueConcerns());
    }

    private List<Long> ids(ConcernFilter filter) {
        return concerns.list(filter).stream().map(ConcernSummary::id).toList();
    }
}
