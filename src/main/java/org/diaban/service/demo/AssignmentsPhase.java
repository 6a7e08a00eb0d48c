package org.diaban.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diaban.domain.activity.WorkingGroup;
import org.diaban.domain.assignment.Assignment;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.assignment.Decision;
import org.diaban.domain.assignment.DecisionKind;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.people.CadreCategory;
import org.diaban.domain.people.PositionKind;
import org.diaban.persistence.BulkWriter;
import org.diaban.persistence.Store;
import org.diaban.service.demo.DemoWorld.Committee;
import org.diaban.service.demo.DemoWorld.Duty;
import org.diaban.service.demo.DemoWorld.Level;
import org.diaban.service.demo.DemoWorld.Member;

/**
 * Who is in charge of what (Resolution 77): the decisions of the Tỉnh ủy, of each Huyện ủy
 * (107-QĐ/HU in Hữu Lũng: each standing member three communes, everyone else some villages), of the
 * 24 Hữu Lũng communes (their cadres to villages and households), of other communes, and after the
 * reform of the new communes and the new Tỉnh ủy. Also the working groups of Bắc Sơn and Lộc Bình.
 */
final class AssignmentsPhase implements Phase {

    static final LocalDate HUU_LUNG_DECISION_DAY = LocalDate.of(2022, 5, 25);
    private static final String DISTRICT_TITLE = "Quyết định phân công đồng chí Ủy viên Ban Chấp hành Đảng bộ, "
            + "cán bộ lãnh đạo, quản lý phụ trách xã, thị trấn, thôn, tổ dân phố (thực hiện Nghị quyết 77-NQ/TU)";
    private static final String COMMUNE_TITLE = "Quyết định phân công cán bộ, đảng viên phụ trách thôn, "
            + "tổ dân phố và hộ gia đình";

    private final DemoWorld world;
    private final Cancellation cancellation;
    private final Rand rand = new Rand(DemoProvince.SEED + 5);
    private Store store;
    private BulkWriter bulk;

    AssignmentsPhase(DemoWorld world, Cancellation cancellation) {
        this.world = world;
        this.cancellation = cancellation;
    }

    @Override
    public String messageKey() {
        return "demo.phase.assignments";
    }

    @Override
    public void run(Store s) {
        this.store = s;
        try (BulkWriter b = s.bulk()) {
            this.bulk = b;
            province();
            for (Long district : world.districts) {
                if (district.equals(world.huuLung())) {
                    huuLung();
                } else {
                    otherDistrict(district);
                }
                for (Long commune : world.communesOfDistrict.get(district)) {
                    oldCommune(district, commune);
                }
                cancellation.check();
            }
            afterMerges();
            for (Long commune : world.newCommunes) {
                newCommune(commune);
            }
            new WorkingGroups().create();
        }
    }

    private void province() {
        Committee c = world.province;
        LocalDate day = LocalDate.of(2022, 6, 15);
        Long first = decision("86-QĐ/TU", day, c.unitId, world.term2020, DecisionKind.ASSIGNMENT,
                "Quyết định phân công Ủy viên Ban Chấp hành Đảng bộ tỉnh phụ trách địa bàn huyện, thành phố, xã");
        List<Member> before = c.members.stream().filter(m -> m.range().contains(day)).toList();
        int d = 0;
        for (Member m : before) {
            if (m.kind().category() == CadreCategory.BTV) {
                Long district = world.districts.get(d++ % world.districts.size());
                assign(m.cadreId(), district, null, AssignmentRole.IN_CHARGE, day, world.reformDay.minusDays(1),
                        first, Level.PROVINCE);
            } else {
                Long district = rand.pick(world.districts);
                for (Long commune : rand.sample(world.communesOfDistrict.get(district), 2)) {
                    assign(m.cadreId(), commune, null, AssignmentRole.FOLLOW, day, world.communeLastDay.get(commune),
                            first, Level.PROVINCE);
                }
            }
        }
        LocalDate later = LocalDate.of(2025, 10, 20);
        Long second = decision("12-QĐ/TU", later, c.unitId, world.term2025, DecisionKind.ASSIGNMENT,
                "Quyết định phân công Ủy viên Ban Chấp hành Đảng bộ tỉnh khóa XVIII phụ trách xã, phường");
        List<Member> after = c.members.stream().filter(m -> m.range().contains(later)).toList();
        for (int i = 0; i < world.newCommunes.size(); i++) {
            assign(after.get(i % after.size()).cadreId(), world.newCommunes.get(i), null, AssignmentRole.IN_CHARGE,
                    later, null, second, Level.PROVINCE);
        }
    }

    /** 107-QĐ/HU: 8 standing members take 3 communes each, the 71 others the 203 villages. */
    private void huuLung() {
        Long district = world.huuLung();
        Committee c = world.districtCommittees.get(district);
        LocalDate day = HUU_LUNG_DECISION_DAY;
        LocalDate end = world.reformDay.minusDays(1);
        Long decision = decision("107-QĐ/HU", day, district, world.term2020, DecisionKind.ASSIGNMENT, DISTRICT_TITLE);
        List<Member> inOffice = c.members.stream().filter(m -> m.range().contains(day)).toList();
        List<Member> btv = inOffice.stream().filter(m -> m.kind().category() == CadreCategory.BTV).toList();
        List<Member> others = inOffice.stream().filter(m -> m.kind().category() != CadreCategory.BTV).toList();
        List<Long> communes = world.communesOfDistrict.get(district);
        for (int i = 0; i < communes.size(); i++) {
            Long commune = communes.get(i);
            assign(btv.get(i / 3 % btv.size()).cadreId(), commune, null, AssignmentRole.IN_CHARGE, day,
                    world.communeLastDay.get(commune), decision, Level.DISTRICT);
        }
        List<Long> villages = communes.stream().flatMap(k -> world.villagesOfCommune.get(k).stream()).toList();
        int next = 0;
        int[] counts = evenly(villages.size(), others.size());
        for (int i = 0; i < others.size(); i++) {
            for (int k = 0; k < counts[i]; k++) {
                assign(others.get(i).cadreId(), villages.get(next++), null, AssignmentRole.IN_CHARGE, day, end,
                        decision, Level.DISTRICT);
            }
        }
        // a leader appointed later is added by a supplementary decision
        LocalDate later = LocalDate.of(2023, 9, 15);
        Long extra = decision("215-QĐ/HU", later, district, world.term2020, DecisionKind.ASSIGNMENT,
                "Quyết định bổ sung phân công cán bộ phụ trách thôn");
        c.members.stream().filter(m -> !m.range().contains(day) && m.range().contains(later)).forEach(m -> {
            for (Long village : rand.sample(villages, 2)) {
                assign(m.cadreId(), village, null, AssignmentRole.FOLLOW, later, end, extra, Level.DISTRICT);
            }
        });
    }

    /** Other districts: standing members take communes, other members a village or two. */
    private void otherDistrict(Long district) {
        Committee c = world.districtCommittees.get(district);
        int index = world.districts.indexOf(district);
        LocalDate day = LocalDate.of(2022, 6, 8).plusDays(index * 5L);
        LocalDate end = world.reformDay.minusDays(1);
        Long decision = decision((100 + index * 7) + "-QĐ/HU", day, district, world.term2020, DecisionKind.ASSIGNMENT,
                DISTRICT_TITLE);
        List<Member> btv = c.inCategory(CadreCategory.BTV);
        List<Long> communes = world.communesOfDistrict.get(district);
        for (int i = 0; i < communes.size(); i++) {
            assign(btv.get(i % btv.size()).cadreId(), communes.get(i), null, AssignmentRole.IN_CHARGE, day,
                    world.communeLastDay.get(communes.get(i)), decision, Level.DISTRICT);
        }
        List<Long> villages = communes.stream().flatMap(k -> world.villagesOfCommune.get(k).stream()).toList();
        for (Member m : c.members) {
            if (m.kind().category() == CadreCategory.BCH || m.kind().category() == CadreCategory.LDQL && rand.chance(0.5)) {
                int n = m.kind().category() == CadreCategory.BCH ? rand.between(1, 2) : 1;
                for (Long village : rand.sample(villages, n)) {
                    assign(m.cadreId(), village, null, m.kind().category() == CadreCategory.BCH
                            ? AssignmentRole.IN_CHARGE : AssignmentRole.SUPPORT, day, end, decision, Level.DISTRICT);
                }
            }
        }
    }

    /** Every Hữu Lũng commune assigns all its cadres to villages and households; elsewhere most communes do. */
    private void oldCommune(Long district, Long commune) {
        boolean huuLung = district.equals(world.huuLung());
        if (!huuLung && !rand.chance(0.6)) {
            return;
        }
        Committee c = world.communeCommittees.get(commune);
        int index = world.communesOfDistrict.get(district).indexOf(commune);
        LocalDate day = huuLung ? LocalDate.of(2022, 6, 1).plusDays(index * 2L)
                : rand.day(LocalDate.of(2022, 7, 1), LocalDate.of(2023, 3, 31));
        LocalDate end = world.communeLastDay.get(commune);
        Long decision = decision(rand.between(20, 95) + "-QĐ/ĐU", day, commune, world.term2020,
                DecisionKind.ASSIGNMENT, COMMUNE_TITLE);
        List<Long> villages = world.villagesOfCommune.get(commune);
        List<Member> members = c.members.stream().filter(m -> m.range().contains(day)).toList();
        for (int i = 0; i < members.size(); i++) {
            Long village = villages.get(i % villages.size());
            Long cadre = members.get(i).cadreId();
            assign(cadre, village, null, AssignmentRole.IN_CHARGE, day, end, decision, Level.COMMUNE);
            if (huuLung) {
                households(cadre, village, rand.between(4, 8), day, end, decision);
            }
        }
    }

    /** After 1/12/2024 the absorbing commune re-assigns the absorbed one's villages to the members who joined it. */
    private void afterMerges() {
        world.absorbedInto.forEach((from, into) -> {
            Committee target = world.communeCommittees.get(into);
            List<Member> joined = target.members.stream().filter(m -> m.range().from().equals(world.mergeDay)).toList();
            if (joined.isEmpty()) {
                return;
            }
            LocalDate day = world.mergeDay.plusDays(4);
            Long decision = decision(rand.between(120, 190) + "-QĐ/ĐU", day, into, world.term2020,
                    DecisionKind.ASSIGNMENT, COMMUNE_TITLE);
            List<Long> villages = world.villagesOfCommune.get(from);
            for (int i = 0; i < villages.size(); i++) {
                assign(joined.get(i % joined.size()).cadreId(), villages.get(i), null, AssignmentRole.IN_CHARGE, day,
                        world.reformDay.minusDays(1), decision, Level.COMMUNE);
            }
        });
    }

    /** A new commune's first decision: every village gets a committee member in charge. */
    private void newCommune(Long commune) {
        Committee c = world.newCommuneCommittees.get(commune);
        boolean huuLung = world.districtOfNewCommune.get(commune).equals(world.huuLung());
        LocalDate day = world.reformDay.plusDays(rand.between(9, 45));
        Long decision = decision(rand.between(3, 15) + "-QĐ/ĐU", day, commune, world.term2025,
                DecisionKind.ASSIGNMENT, COMMUNE_TITLE);
        List<Long> villages = world.villagesOfNewCommune.get(commune);
        List<Member> members = c.members;
        for (int i = 0; i < villages.size(); i++) {
            Long cadre = members.get(i % members.size()).cadreId();
            assign(cadre, villages.get(i), null, AssignmentRole.IN_CHARGE, day, null, decision, Level.COMMUNE);
            if (huuLung && i < members.size()) {
                households(cadre, villages.get(i), rand.between(3, 6), day, null, decision);
            }
        }
    }

    private void households(Long cadre, Long village, int n, LocalDate from, LocalDate to, Long decision) {
        for (Long household : rand.sample(world.householdsOfVillage.getOrDefault(village, List.of()), n)) {
            assign(cadre, null, household, AssignmentRole.IN_CHARGE, from, to, decision, Level.COMMUNE);
        }
    }

    private void assign(Long cadre, Long unit, Long household, AssignmentRole role, LocalDate from, LocalDate to,
                        Long decision, Level level) {
        DateRange range = DateRange.of(from, to);
        Assignment a = unit != null ? Assignment.toUnit(cadre, unit, role, range, decision)
                : Assignment.toHousehold(cadre, household, role, range, decision);
        a.markImported(world.batchId);
        bulk.insert(a);
        world.addDuty(new Duty(cadre, unit, household, range, level));
    }

    private Long decision(String symbol, LocalDate day, Long issuer, Long term, DecisionKind kind, String title) {
        Decision d = new Decision(symbol, day, issuer, term, kind, title);
        committeeOf(issuer).flatMap(c -> c.members.stream()
                .filter(m -> m.kind() == PositionKind.SECRETARY && m.range().contains(day)).findFirst())
                .ifPresent(m -> d.setSigner(world.cadreNames.get(m.cadreId())));
        d.markImported(world.batchId);
        store.decisions().save(d);
        return d.id();
    }

    private Optional<Committee> committeeOf(Long unit) {
        if (unit.equals(world.provinceId)) {
            return Optional.of(world.province);
        }
        Committee c = world.districtCommittees.get(unit);
        if (c == null) {
            c = world.communeCommittees.get(unit);
        }
        if (c == null) {
            c = world.newCommuneCommittees.get(unit);
        }
        return Optional.ofNullable(c);
    }

    /** {@code total} items over {@code parts} people, the first ones taking one more. */
    private static int[] evenly(int total, int parts) {
        int[] out = new int[parts];
        for (int i = 0; i < parts; i++) {
            out[i] = total / parts + (i < total % parts ? 1 : 0);
        }
        return out;
    }

    /** Bắc Sơn formed 6 working groups in 2022 and 2 in 2023, Lộc Bình 5 in 2022. */
    private final class WorkingGroups {

        void create() {
            formed("bac-son", LocalDate.of(2022, 7, 5), 6, 0, "135-QĐ/HU");
            formed("bac-son", LocalDate.of(2023, 3, 10), 2, 6, "180-QĐ/HU");
            formed("loc-binh", LocalDate.of(2022, 8, 1), 5, 0, "142-QĐ/HU");
        }

        private void formed(String districtKey, LocalDate day, int groups, int numberedFrom, String symbol) {
            Long district = world.id(districtKey);
            Committee c = world.districtCommittees.get(district);
            Long decision = decision(symbol, day, district, world.term2020, DecisionKind.WORKING_GROUP,
                    "Quyết định thành lập các tổ công tác của Ban Thường vụ Huyện ủy giúp đỡ các xã");
            List<Member> btv = c.inCategory(CadreCategory.BTV);
            List<Member> others = new ArrayList<>(c.members.stream()
                    .filter(m -> m.kind().category() != CadreCategory.BTV).toList());
            List<Long> communes = world.communesOfDistrict.get(district);
            for (int g = 0; g < groups; g++) {
                int number = numberedFrom + g + 1;
                WorkingGroup group = new WorkingGroup("Tổ công tác số " + number, district, day.getYear(), day, decision);
                Member leader = btv.get((numberedFrom + g + 1) % btv.size());
                group.setLeader(leader.cadreId(), leader.title());
                List<Long> members = new ArrayList<>();
                for (Member m : rand.sample(others, rand.between(3, 4))) {
                    group.addMember(m.cadreId(), m.title());
                    members.add(m.cadreId());
                    others.remove(m);
                }
                List<Long> units = rand.sample(communes, rand.between(2, 3));
                group.setUnits(units);
                group.dissolveOn(world.reformDay.minusDays(1));
                group.markImported(world.batchId);
                store.workingGroups().save(group);
                world.workingGroups.add(new DemoWorld.Group(group.id(), district, leader.cadreId(), members, units,
                        DateRange.of(day, world.reformDay.minusDays(1))));
            }
        }
    }
}
