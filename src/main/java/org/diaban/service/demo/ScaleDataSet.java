package org.diaban.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.diaban.domain.activity.Activity;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.domain.assignment.Assignment;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.assignment.Decision;
import org.diaban.domain.assignment.DecisionKind;
import org.diaban.domain.audit.ImportBatch;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.hierarchy.Household;
import org.diaban.domain.hierarchy.PartyNaming;
import org.diaban.domain.hierarchy.Unit;
import org.diaban.domain.hierarchy.UnitDescription;
import org.diaban.domain.people.Cadre;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.PositionKind;
import org.diaban.domain.people.PositionSpec;
import org.diaban.persistence.BulkWriter;
import org.diaban.persistence.Store;
import org.diaban.service.common.ReferenceData;
import org.diaban.service.demo.ProvinceDefinition.NewCommuneDef;

/**
 * A province of a given size in the shape it has had since 1/7/2025 (province, communes,
 * villages), generated for measuring the program: households, cadres with positions on the
 * commune committees, assignments to villages and households, activities with participants and
 * concerns. The counts are exactly those of the {@link ScaleParameters}; the content is plausible
 * but plain. Seeded, so every run gives the same data.
 */
final class ScaleDataSet {

    private static final LocalDate START = LocalDate.of(2025, 7, 1);
    private static final int PROVINCE_COMMITTEE = 53;
    private static final List<String> TAY1 = List.of("Nà", "Khuôn", "Pác", "Bản", "Khòn", "Còn", "Pò", "Bó", "Lũng",
            "Nặm", "Phai", "Khau", "Cốc", "Kéo", "Thâm", "Tà", "Hin", "Khuổi", "Co", "Làng", "Đồng");
    private static final List<String> TAY2 = List.of("Pàn", "Lừa", "Vài", "Mò", "Lạn", "Chè", "Mạ", "Pục", "Quang",
            "Nưa", "Cáp", "Tẩu", "Lác", "Rọ", "Phiêng", "Sla", "Pheo", "Mu", "Khoang", "Liềng", "Dạng", "Cưởm", "Nhùng",
            "Tát", "Riềng", "Chang", "Sảo", "Luông", "Ngòa", "Thẳm", "Đông", "Ngần", "Mới", "Tiến", "Tâm", "Hòa");

    private final ScaleParameters size;
    private final ReferenceData reference;
    private final Cancellation cancellation;
    private final Rand rand;
    private final PersonMaker people;

    private Long batchId;
    private Long provinceId;
    private final List<Long> communes = new ArrayList<>();
    private final List<String> communeNames = new ArrayList<>();
    private final List<List<Long>> villagesOfCommune = new ArrayList<>();
    /** Households of each village, by the village's place in {@link #villages}. */
    private final List<long[]> householdsOfVillage = new ArrayList<>();
    private final List<Long> villages = new ArrayList<>();
    private final List<String> villageNames = new ArrayList<>();
    /** Each cadre, its commune's index, and the village (index) it is in charge of; -1 for the province. */
    private final List<long[]> cadres = new ArrayList<>();

    ScaleDataSet(ScaleParameters size, ReferenceData reference, Cancellation cancellation) {
        this.size = size;
        this.reference = reference;
        this.cancellation = cancellation;
        this.rand = new Rand(size.seed());
        this.people = new PersonMaker(rand);
    }

    /** A phase given by its message key and its work. */
    private record Step(String messageKey, Consumer<Store> work) implements Phase {

        @Override
        public void run(Store store) {
            work.accept(store);
        }
    }

    List<Phase> phases() {
        return List.of(new Step("demo.phase.scaleHierarchy", this::hierarchy),
                new Step("demo.phase.scaleHouseholds", this::households),
                new Step("demo.phase.scalePeople", this::people),
                new Step("demo.phase.scaleActivities", this::activities));
    }

    private void hierarchy(Store store) {
        batchId = store.importBatches().save(new ImportBatch(DemoService.SCALE_KIND, "scale " + size, null)).id();
        provinceId = unit(store, "lang-son", "tinh", "Lạng Sơn", null);
        List<NewCommuneDef> real = ProvinceDefinition.load().reform2025().communes();
        int[] perCommune = rand.spread(size.villages(), size.communes(), 1);
        for (int c = 0; c < size.communes(); c++) {
            String key = c < real.size() ? real.get(c).id() : "xa-so-" + (c + 1);
            String name = c < real.size() ? real.get(c).name() : "Số " + (c + 1);
            String type = c < real.size() ? real.get(c).type() : "xa";
            Long commune = unit(store, key, type, name, provinceId);
            communes.add(commune);
            communeNames.add(PartyNaming.fullName(type, name));
            List<Long> own = new ArrayList<>();
            Set<String> taken = new HashSet<>();
            for (int v = 0; v < perCommune[c]; v++) {
                String villageType = "phuong".equals(type) ? "khoi" : "thon";
                String villageName = "phuong".equals(type) ? String.valueOf(v + 1) : villageName(taken, v);
                Long village = unit(store, key + "." + HierarchyPhase.slug(villageName), villageType, villageName, commune);
                own.add(village);
                villages.add(village);
                villageNames.add(PartyNaming.fullName(villageType, villageName));
            }
            villagesOfCommune.add(own);
            if (c % 10 == 9) {
                store.flushAndClear();
                cancellation.check();
            }
        }
    }

    private String villageName(Set<String> taken, int index) {
        for (int tries = 0; tries < 30; tries++) {
            String name = rand.pick(TAY1) + " " + rand.pick(TAY2);
            if (taken.add(HierarchyPhase.slug(name))) {
                return name;
            }
        }
        String name = "Thôn " + (index + 1);
        taken.add(HierarchyPhase.slug(name));
        return name;
    }

    private Long unit(Store store, String key, String type, String name, Long parent) {
        PartyNaming.Names party = PartyNaming.of(type, name).orElseThrow();
        Unit unit = new Unit(key, null, new UnitDescription(reference.type(type).id(), name,
                PartyNaming.fullName(type, name), null, party.partyOrgName(), party.committeeName(),
                party.committeeCode()), parent);
        unit.markImported(batchId);
        store.units().save(unit);
        return unit.id();
    }

    private void households(Store store) {
        int[] perVillage = rand.spread(size.households(), villages.size(), 0);
        try (BulkWriter bulk = store.bulk()) {
            for (int v = 0; v < villages.size(); v++) {
                long[] ids = new long[perVillage[v]];
                for (int i = 0; i < ids.length; i++) {
                    PersonMaker.Person head = people.householder();
                    Household h = new Household(villages.get(v), head.fullName(), head.birthYear(), rand.between(1, 8),
                            rand.chance(0.8) ? "binh_thuong" : rand.pickOf("ho_ngheo", "ho_can_ngheo", "ho_chinh_sach"));
                    h.markImported(batchId);
                    ids[i] = bulk.insert(h);
                }
                householdsOfVillage.add(ids);
                if (v % 100 == 99) {
                    cancellation.check();
                }
            }
        }
    }

    /** The Tỉnh ủy, then each commune's committee and cadres; every commune cadre takes a village and some households. */
    private void people(Store store) {
        Long term = reference.term("2025-2030").orElseThrow().id();
        int provincial = Math.min(PROVINCE_COMMITTEE, Math.min(size.cadres() / 10, size.cadres() - size.communes()));
        int[] perCommune = rand.spread(size.cadres() - provincial, size.communes(), 1);
        Long provinceDecision = decision(store, "12-QĐ/TU", provinceId, term);
        for (int i = 0; i < provincial; i++) {
            Long cadre = cadre(store, people.next(1965, 1980, 0.2), provinceId, term,
                    i == 0 ? PositionKind.SECRETARY : i < 15 ? PositionKind.STANDING_MEMBER : PositionKind.EXECUTIVE_MEMBER,
                    "Tỉnh ủy viên");
            cadres.add(new long[] {cadre, -1, -1});
        }
        try (BulkWriter bulk = store.bulk()) {
            for (int i = 0; i < provincial; i++) {
                assign(bulk, cadres.get(i)[0], communes.get(i % communes.size()), null, provinceDecision);
            }
            int villageOffset = 0;
            for (int c = 0; c < communes.size(); c++) {
                Long commune = communes.get(c);
                Long decision = decision(store, rand.between(3, 15) + "-QĐ/ĐU", commune, term);
                List<Long> own = villagesOfCommune.get(c);
                List<Long> team = new ArrayList<>();
                for (int k = 0; k < perCommune[c]; k++) {
                    PositionKind kind = k == 0 ? PositionKind.SECRETARY : k < 3 ? PositionKind.DEPUTY_SECRETARY
                            : k < 5 ? PositionKind.STANDING_MEMBER : k < 17 ? PositionKind.EXECUTIVE_MEMBER
                            : PositionKind.LEADER_MANAGER;
                    Long cadre = cadre(store, people.next(1968, 1996, 0.3), commune, term, kind,
                            kind.isCommitteeMember() ? "Đảng ủy viên" : "Cán bộ " + communeNames.get(c));
                    int village = villageOffset + k % own.size();
                    cadres.add(new long[] {cadre, c, village});
                    team.add(cadre);
                    long[] households = householdsOfVillage.get(village);
                    int n = Math.min(size.householdsPerCadre(), households.length);
                    int first = households.length == 0 ? 0 : rand.between(0, households.length - 1);
                    for (int h = 0; h < n; h++) {
                        assign(bulk, cadre, null, households[(first + h) % households.length], decision);
                    }
                }
                // every village has someone in charge, even where cadres are fewer than villages
                for (int v = 0; v < own.size(); v++) {
                    assign(bulk, team.get(v % team.size()), own.get(v), null, decision);
                }
                villageOffset += own.size();
                store.flushAndClear();
                cancellation.check();
            }
        }
    }

    private Long cadre(Store store, PersonMaker.Person p, Long committee, Long term, PositionKind kind, String title) {
        Cadre cadre = new Cadre(new CadreProfile(p.fullName(), p.gender(), p.birthYear(), p.ethnicity(), committee,
                null, null, null));
        cadre.addPosition(new PositionSpec(kind, committee, term, title, DateRange.startingOn(START)));
        cadre.markImported(batchId);
        store.cadres().save(cadre);
        return cadre.id();
    }

    private Long decision(Store store, String symbol, Long issuer, Long term) {
        Decision d = new Decision(symbol, START.plusDays(rand.between(9, 45)), issuer, term, DecisionKind.ASSIGNMENT,
                "Quyết định phân công cán bộ phụ trách địa bàn");
        d.markImported(batchId);
        store.decisions().save(d);
        return d.id();
    }

    private void assign(BulkWriter bulk, Long cadre, Long unit, Long household, Long decision) {
        DateRange range = DateRange.startingOn(START.plusDays(45));
        Assignment a = unit != null ? Assignment.toUnit(cadre, unit, AssignmentRole.IN_CHARGE, range, decision)
                : Assignment.toHousehold(cadre, household, AssignmentRole.FOLLOW, range, decision);
        a.markImported(batchId);
        bulk.insert(a);
    }

    private static String content(ActivityKind kind, String place) {
        String where = Character.toLowerCase(place.charAt(0)) + place.substring(1);
        return switch (kind) {
            case WORK_SESSION -> "Làm việc với chi bộ, ban công tác Mặt trận " + where;
            case CELL_MEETING -> "Dự sinh hoạt chi bộ " + where;
            case HOUSEHOLD_VISIT -> "Thăm hộ gia đình ở " + where;
            case DIALOGUE -> "Đối thoại trực tiếp với Nhân dân " + where;
            case SURVEY -> "Khảo sát thực tế tại " + where;
        };
    }

    /** Activities spread over the commune cadres since the reform; concerns are raised at some of them. */
    private void activities(Store store) {
        int[] raisedAt = size.activities() == 0 ? new int[0] : rand.spread(size.concerns(), size.activities(), 0);
        ConcernMaker concerns = new ConcernMaker(rand, reference.topics(), batchId);
        List<long[]> local = cadres.stream().filter(c -> c[1] >= 0).toList();
        try (BulkWriter bulk = store.bulk()) {
            for (int i = 0; i < size.activities(); i++) {
                long[] cadre = local.get(rand.between(0, local.size() - 1));
                int village = (int) cadre[2];
                double r = rand.fraction();
                ActivityKind kind = r < 0.40 ? ActivityKind.WORK_SESSION : r < 0.75 ? ActivityKind.CELL_MEETING
                        : r < 0.90 ? ActivityKind.HOUSEHOLD_VISIT : r < 0.95 ? ActivityKind.DIALOGUE : ActivityKind.SURVEY;
                long[] households = householdsOfVillage.get(village);
                Long household = kind == ActivityKind.HOUSEHOLD_VISIT && households.length > 0
                        ? households[rand.between(0, households.length - 1)] : null;
                List<Long> participants = new ArrayList<>(List.of(cadre[0]));
                if (kind == ActivityKind.DIALOGUE || rand.chance(0.1)) {
                    long[] other = local.get(rand.between(0, local.size() - 1));
                    if (other[0] != cadre[0]) {
                        participants.add(other[0]);
                    }
                }
                LocalDate day = rand.day(START, DemoWorld.RECORDED_UNTIL);
                Activity a = new Activity(kind, day, villages.get(village), household, participants,
                        content(kind, villageNames.get(village)));
                a.markImported(batchId);
                long id = bulk.insert(a);
                for (int k = 0; k < raisedAt[i]; k++) {
                    concerns.raise(bulk, id, day, villages.get(village), household, villageNames.get(village),
                            communeNames.get((int) cadre[1]), "");
                }
                if (i % 5_000 == 4_999) {
                    cancellation.check();
                }
            }
        }
    }
}
