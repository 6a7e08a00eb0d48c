package org.diaban.service.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diaban.domain.activity.Activity;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.domain.hierarchy.Tier;
import org.diaban.domain.people.CadreCategory;
import org.diaban.domain.people.PositionKind;
import org.diaban.persistence.BulkWriter;
import org.diaban.persistence.Store;
import org.diaban.service.common.ReferenceData;
import org.diaban.service.demo.DemoWorld.Committee;
import org.diaban.service.demo.DemoWorld.Duty;
import org.diaban.service.demo.DemoWorld.Level;
import org.diaban.service.demo.DemoWorld.Member;

/**
 * What the cadres did, from 2022 to the day the records stop: work sessions at the communes,
 * villages and households in their charge (in Hữu Lũng during the article period exactly 105 by
 * standing members and 342 by the others of the district, 6,274 by commune cadres), chi-bộ
 * meetings attended against the norm of each committee (some members fall short), dialogues,
 * household visits and working-group sessions; concerns are raised at some of them.
 */
final class ActivitiesPhase implements Phase {

    static final int HUU_LUNG_BTV_SESSIONS = 105;
    static final int HUU_LUNG_OTHER_SESSIONS = 342;
    static final int HUU_LUNG_COMMUNE_SESSIONS = 6_274;
    private static final LocalDate FIRST_YEAR = LocalDate.of(2022, 1, 1);

    private final DemoWorld world;
    private final ReferenceData reference;
    private final Cancellation cancellation;
    private final Rand rand = new Rand(DemoProvince.SEED + 6);
    private final Map<Long, Long> newCommuneOfVillage = new HashMap<>();
    private final Map<Long, Long> villageOfHousehold = new HashMap<>();
    private final Set<Long> newCommunes = new HashSet<>();
    private BulkWriter bulk;
    private ConcernMaker concerns;
    private int written;

    ActivitiesPhase(DemoWorld world, ReferenceData reference, Cancellation cancellation) {
        this.world = world;
        this.reference = reference;
        this.cancellation = cancellation;
    }

    @Override
    public String messageKey() {
        return "demo.phase.activities";
    }

    @Override
    public void run(Store store) {
        world.villagesOfNewCommune.forEach((c, villages) -> villages.forEach(v -> newCommuneOfVillage.put(v, c)));
        world.householdsOfVillage.forEach((v, households) -> households.forEach(h -> villageOfHousehold.put(h, v)));
        newCommunes.addAll(world.newCommunes);
        concerns = new ConcernMaker(new Rand(DemoProvince.SEED + 7), reference.topics(), world.batchId);
        try (BulkWriter b = store.bulk()) {
            bulk = b;
            huuLungDistrict();
            for (Long district : world.districts) {
                if (!district.equals(world.huuLung())) {
                    sessionsByRate(world.districtCommittees.get(district).members, Level.DISTRICT,
                            world.reformDay.minusDays(1), 4, 1.5, 0.5, 0.1);
                }
            }
            oldCommunes();
            for (Long commune : world.newCommunes) {
                boolean huuLung = world.districtOfNewCommune.get(commune).equals(world.huuLung());
                List<Member> members = world.newCommuneCommittees.get(commune).members;
                sessionsByRate(members, Level.COMMUNE, DemoWorld.RECORDED_UNTIL, huuLung ? 8 : 4, huuLung ? 8 : 4,
                        huuLung ? 6 : 3, 0.05);
                if (huuLung) {
                    visits(members, 2, DemoWorld.RECORDED_UNTIL);
                }
            }
            sessionsByRate(world.province.members, Level.PROVINCE, DemoWorld.RECORDED_UNTIL, 2, 2, 2, 0);
            cellMeetings();
            dialogues();
            workingGroups();
        }
    }

    /** The district of the article: exact counts within 22/5/2022–30/6/2023, a steady pace afterwards. */
    private void huuLungDistrict() {
        Committee c = world.districtCommittees.get(world.huuLung());
        LocalDate decided = AssignmentsPhase.HUU_LUNG_DECISION_DAY;
        List<Member> inOffice = c.members.stream().filter(m -> m.range().contains(decided)).toList();
        List<Member> btv = inOffice.stream().filter(m -> m.kind().category() == CadreCategory.BTV).toList();
        List<Member> others = inOffice.stream().filter(m -> m.kind().category() != CadreCategory.BTV).toList();
        LocalDate from = decided.plusDays(1);
        LocalDate to = DemoWorld.ARTICLE_PERIOD.to();
        int[] btvCounts = rand.spread(HUU_LUNG_BTV_SESSIONS, btv.size(), 12);
        for (int i = 0; i < btv.size(); i++) {
            sessions(btv.get(i).cadreId(), Level.DISTRICT, from, to, btvCounts[i], 0.15);
        }
        int[] otherCounts = rand.spread(HUU_LUNG_OTHER_SESSIONS, others.size(), 4);
        for (int i = 0; i < others.size(); i++) {
            sessions(others.get(i).cadreId(), Level.DISTRICT, from, to, otherCounts[i], 0.15);
        }
        LocalDate after = to.plusDays(1);
        for (Member m : c.members) {
            int perYear = m.kind().category() == CadreCategory.BTV ? 10 : 3;
            sessions(m.cadreId(), Level.DISTRICT, after, world.reformDay.minusDays(1), count(perYear, after,
                    world.reformDay.minusDays(1)), 0.15);
        }
    }

    /** Hữu Lũng's commune cadres: 6,274 sessions in villages and households during the article period. */
    private void oldCommunes() {
        LocalDate periodEnd = DemoWorld.ARTICLE_PERIOD.to();
        List<Member> huuLung = new ArrayList<>();
        for (Long commune : world.communesOfDistrict.get(world.huuLung())) {
            world.communeCommittees.get(commune).members.stream()
                    .filter(m -> m.range().contains(periodEnd))
                    .filter(m -> !duties(m.cadreId(), Level.COMMUNE, periodEnd).isEmpty())
                    .forEach(huuLung::add);
        }
        int[] counts = rand.spread(HUU_LUNG_COMMUNE_SESSIONS, huuLung.size(), 8);
        for (int i = 0; i < huuLung.size(); i++) {
            Long cadre = huuLung.get(i).cadreId();
            LocalDate start = world.duties.get(cadre).stream().filter(d -> d.level() == Level.COMMUNE)
                    .map(d -> d.range().from()).min(LocalDate::compareTo).orElseThrow();
            sessions(cadre, Level.COMMUNE, start, periodEnd, counts[i], 0.04);
        }
        LocalDate after = periodEnd.plusDays(1);
        for (Member m : huuLung) {
            sessions(m.cadreId(), Level.COMMUNE, after, world.reformDay.minusDays(1),
                    count(6, after, world.reformDay.minusDays(1)), 0.04);
        }
        visits(huuLung, 2, world.reformDay.minusDays(1));
        for (Long district : world.districts) {
            if (!district.equals(world.huuLung())) {
                for (Long commune : world.communesOfDistrict.get(district)) {
                    sessionsByRate(world.communeCommittees.get(commune).members, Level.COMMUNE,
                            world.communeLastDay.get(commune), 2, 2, 2, 0.04);
                }
            }
        }
    }

    /** Sessions at a steady yearly pace per category, within the duties each member has at that level. */
    private void sessionsByRate(List<Member> members, Level level, LocalDate until, double btvRate, double bchRate,
                                double leaderRate, double concernChance) {
        for (Member m : members) {
            // only while the member holds this seat: a new committee's member may have had other duties before
            LocalDate first = firstDuty(m.cadreId(), level);
            LocalDate start = first == null ? null : later(first, m.range().from());
            LocalDate end = earlier(until, m.range().to());
            if (start == null || start.isAfter(end)) {
                continue;
            }
            double rate = switch (m.kind().category()) {
                case BTV -> btvRate;
                case BCH -> bchRate;
                case LDQL -> leaderRate;
            };
            sessions(m.cadreId(), level, start, end, count(rate, start, end), concernChance);
        }
    }

    private void sessions(Long cadre, Level level, LocalDate from, LocalDate to, int n, double concernChance) {
        int made = 0;
        for (int tries = 0; made < n && tries < n * 20; tries++) {
            LocalDate day = rand.day(from, to);
            List<Duty> duties = duties(cadre, level, day);
            if (duties.isEmpty()) {
                continue;
            }
            Duty duty = rand.pick(duties);
            Long household = duty.householdId();
            Long unit = household != null ? villageOfHousehold.get(household) : placeIn(duty.unitId(), day);
            activity(ActivityKind.WORK_SESSION, day, unit, household, List.of(cadre), sessionText(unit, household),
                    null, concernChance);
            made++;
        }
    }

    /** Household visits of commune cadres, at the households in their charge. */
    private void visits(List<Member> members, int perYear, LocalDate until) {
        for (Member m : members) {
            List<Duty> households = world.duties.getOrDefault(m.cadreId(), List.of()).stream()
                    .filter(d -> d.householdId() != null).toList();
            for (Duty d : households) {
                LocalDate from = d.range().from().isAfter(DemoWorld.ARTICLE_PERIOD.to()) ? d.range().from()
                        : DemoWorld.ARTICLE_PERIOD.to().plusDays(1);
                LocalDate to = d.range().to() == null || d.range().to().isAfter(until) ? until : d.range().to();
                if (!to.isAfter(from)) {
                    continue;
                }
                int n = Math.max(1, count(perYear / 2.0, from, to));
                for (int i = 0; i < n; i++) {
                    activity(ActivityKind.HOUSEHOLD_VISIT, rand.day(from, to), villageOfHousehold.get(d.householdId()),
                            d.householdId(), List.of(m.cadreId()), rand.pickOf("Thăm hỏi, nắm tình hình đời sống gia đình",
                                    "Vận động gia đình tham gia xây dựng nông thôn mới", "Hướng dẫn gia đình phát triển sản xuất"),
                            null, 0.05);
                }
            }
        }
    }

    /** Regulation 1764: each committee member attends chi-bộ meetings by the norm of the committee's tier. */
    private void cellMeetings() {
        List<Committee> committees = new ArrayList<>();
        committees.add(world.province);
        committees.addAll(world.districtCommittees.values());
        committees.addAll(world.communeCommittees.values());
        committees.addAll(world.newCommuneCommittees.values());
        for (Committee c : committees) {
            int norm = reference.norms().requiredInYear(reference.tier(c.tierCode).orElseThrow().id(), 2023).orElse(0);
            for (Member m : c.committeeMembers()) {
                for (int year = FIRST_YEAR.getYear(); year <= DemoWorld.RECORDED_UNTIL.getYear(); year++) {
                    meetingsInYear(c, m, norm, year);
                }
            }
            cancellation.check();
        }
    }

    private void meetingsInYear(Committee c, Member m, int norm, int year) {
        LocalDate from = later(LocalDate.of(year, 1, 1), m.range().from());
        LocalDate to = earlier(earlier(LocalDate.of(year, 12, 31), m.range().to()), DemoWorld.RECORDED_UNTIL);
        if (to.isBefore(from)) {
            return;
        }
        double share = (ChronoUnit.DAYS.between(from, to) + 1) / 365.0;
        int due = (int) Math.ceil(norm * share - 1e-9);
        int n = due >= 1 && rand.chance(0.12) ? rand.between(0, due - 1) : rand.between(due, due + 2);
        for (int i = 0; i < n; i++) {
            LocalDate day = rand.day(from, to);
            Long village = villageFor(c, m.cadreId(), day);
            activity(ActivityKind.CELL_MEETING, day, village, null, List.of(m.cadreId()),
                    "Dự sinh hoạt chi bộ " + lower(world.fullName(village)) + " tháng " + day.getMonthValue() + "/"
                            + day.getYear(), null, 0);
        }
    }

    /** Dialogues with residents: district standing members at their communes, later the new communes' secretaries. */
    private void dialogues() {
        for (Committee c : world.districtCommittees.values()) {
            boolean huuLung = c.unitId.equals(world.huuLung());
            for (Member m : c.inCategory(CadreCategory.BTV)) {
                for (int half = 0; half < 6; half++) {
                    if (!huuLung && half % 2 == 1) {
                        continue;
                    }
                    LocalDate from = LocalDate.of(2022 + (half + 1) / 2, half % 2 == 0 ? 7 : 1, 1);
                    LocalDate day = rand.day(from, from.plusMonths(5).withDayOfMonth(28));
                    List<Duty> communes = duties(m.cadreId(), Level.DISTRICT, day).stream()
                            .filter(d -> d.unitId() != null && isCommune(d.unitId())).toList();
                    if (communes.isEmpty()) {
                        continue;
                    }
                    Long commune = rand.pick(communes).unitId();
                    List<Long> people = new ArrayList<>(List.of(m.cadreId()));
                    world.communeCommittees.get(commune).members.stream()
                            .filter(x -> x.kind() == PositionKind.SECRETARY && x.range().contains(day)).findFirst()
                            .ifPresent(x -> people.add(x.cadreId()));
                    dialogue(day, commune, people);
                }
            }
        }
        for (Long commune : world.newCommunes) {
            Committee c = world.newCommuneCommittees.get(commune);
            List<Long> people = c.members.stream().filter(x -> x.kind() == PositionKind.SECRETARY
                    || x.kind() == PositionKind.DEPUTY_SECRETARY).map(Member::cadreId).toList();
            for (LocalDate from : List.of(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 1))) {
                dialogue(rand.day(from, from.plusMonths(2)), commune, people);
            }
        }
    }

    private void dialogue(LocalDate day, Long commune, List<Long> people) {
        long id = activity(ActivityKind.DIALOGUE, day, commune, null, people, "Đối thoại trực tiếp với Nhân dân "
                + lower(world.fullName(commune)) + " về " + rand.pickOf("công tác giải phóng mặt bằng",
                "xây dựng nông thôn mới", "chính sách hỗ trợ hộ nghèo", "quản lý đất đai", "an ninh trật tự"), null, 0);
        for (int i = rand.between(1, 3); i > 0; i--) {
            raise(id, day, commune, null);
        }
    }

    /** Working groups of Bắc Sơn and Lộc Bình: the leader and one or two members at the group's communes. */
    private void workingGroups() {
        for (DemoWorld.Group g : world.workingGroups) {
            int n = count(4, g.range().from(), g.range().to());
            for (int i = 0; i < n; i++) {
                LocalDate day = rand.day(g.range().from(), g.range().to());
                Long commune = rand.pick(g.communes());
                if (!world.communeLastDay.get(commune).isAfter(day)) {
                    continue;
                }
                List<Long> people = new ArrayList<>(List.of(g.leader()));
                people.addAll(rand.sample(g.members(), rand.between(1, 2)));
                activity(ActivityKind.WORK_SESSION, day, commune, null, people, "Tổ công tác làm việc với Đảng ủy "
                        + lower(world.fullName(commune)) + " về tháo gỡ khó khăn, vướng mắc ở cơ sở", g.id(), 0.2);
            }
        }
    }

    private long activity(ActivityKind kind, LocalDate day, Long unit, Long household, List<Long> participants,
                          String content, Long workingGroup, double concernChance) {
        Activity a = new Activity(kind, day, unit, household, participants, content);
        a.setWorkingGroupId(workingGroup);
        a.markImported(world.batchId);
        long id = bulk.insert(a);
        if (concernChance > 0 && rand.chance(concernChance)) {
            raise(id, day, unit, household);
        }
        if (++written % 2_000 == 0) {
            cancellation.check();
        }
        return id;
    }

    private void raise(long activity, LocalDate day, Long unit, Long household) {
        Long commune = isCommune(unit) ? unit : day.isBefore(world.reformDay) ? world.communeOfVillageOn(unit, day)
                : newCommuneOfVillage.get(unit);
        if (commune == null) {
            return;
        }
        Long district = newCommunes.contains(commune) ? null : world.districtOfCommune.get(commune);
        concerns.raise(bulk, activity, day, unit, household, world.fullName(unit), world.fullName(commune),
                district == null ? "" : world.fullName(district));
    }

    /** A commune in charge: the commune itself or, half the time, one of its villages; other units as they are. */
    private Long placeIn(Long unit, LocalDate day) {
        if (!isCommune(unit) || rand.chance(0.5)) {
            return unit;
        }
        List<Long> villages = newCommunes.contains(unit) ? world.villagesOfNewCommune.get(unit)
                : world.villagesOfCommuneOn(unit, day);
        return villages.isEmpty() ? unit : rand.pick(villages);
    }

    /** Where a member attends a chi-bộ meeting: a village in their charge, else one in the committee's territory. */
    private Long villageFor(Committee c, Long cadre, LocalDate day) {
        List<Long> mine = new ArrayList<>();
        for (Duty d : world.duties.getOrDefault(cadre, List.of())) {
            if (d.activeOn(day)) {
                Long v = d.householdId() != null ? villageOfHousehold.get(d.householdId()) : d.unitId();
                if (isVillage(v)) {
                    mine.add(v);
                }
            }
        }
        if (!mine.isEmpty()) {
            return rand.pick(mine);
        }
        boolean reformed = !day.isBefore(world.reformDay);
        if (Tier.PROVINCE.equals(c.tierCode)) {
            Long commune = reformed ? rand.pick(world.newCommunes)
                    : rand.pick(world.communesOfDistrict.get(rand.pick(world.districts)));
            return villageOf(commune, day);
        }
        if (Tier.DISTRICT.equals(c.tierCode)) {
            List<Long> communes = world.communesOfDistrict.get(c.unitId).stream()
                    .filter(k -> !world.communeLastDay.get(k).isBefore(day)).toList();
            return villageOf(rand.pick(communes), day);
        }
        return villageOf(c.unitId, day);
    }

    private Long villageOf(Long commune, LocalDate day) {
        List<Long> villages = newCommunes.contains(commune) ? world.villagesOfNewCommune.get(commune)
                : world.villagesOfCommuneOn(commune, day);
        return rand.pick(villages);
    }

    private String sessionText(Long unit, Long household) {
        String place = lower(world.fullName(unit));
        if (household != null) {
            return rand.pickOf("Làm việc tại hộ gia đình, nắm tình hình sản xuất và đời sống",
                    "Tuyên truyền, vận động gia đình thực hiện chủ trương của Đảng, pháp luật của Nhà nước");
        }
        if (isVillage(unit)) {
            return rand.pickOf("Làm việc với chi bộ, ban công tác Mặt trận ", "Dự họp, nắm tâm tư nguyện vọng của Nhân dân ",
                    "Kiểm tra mô hình phát triển kinh tế tại ", "Nắm tình hình an ninh trật tự tại ") + place;
        }
        return rand.pickOf("Làm việc với Ban Thường vụ Đảng ủy ", "Kiểm tra tiến độ xây dựng nông thôn mới tại ",
                "Làm việc về công tác xây dựng Đảng tại ", "Nắm tình hình giải phóng mặt bằng tại ") + place;
    }

    private List<Duty> duties(Long cadre, Level level, LocalDate day) {
        List<Duty> out = new ArrayList<>();
        for (Duty d : world.duties.getOrDefault(cadre, List.of())) {
            if (d.level() == level && d.activeOn(day)) {
                out.add(d);
            }
        }
        return out;
    }

    private LocalDate firstDuty(Long cadre, Level level) {
        return world.duties.getOrDefault(cadre, List.of()).stream().filter(d -> d.level() == level)
                .map(d -> d.range().from()).min(LocalDate::compareTo).orElse(null);
    }

    /** About {@code perYear} a year over the period, rounded by chance. */
    private int count(double perYear, LocalDate from, LocalDate to) {
        if (to == null || to.isBefore(from)) {
            return 0;
        }
        double expected = perYear * (ChronoUnit.DAYS.between(from, to) + 1) / 365.0;
        int whole = (int) expected;
        return whole + (rand.chance(expected - whole) ? 1 : 0);
    }

    private boolean isCommune(Long unit) {
        String t = world.typeCodes.get(unit);
        return "xa".equals(t) || "phuong".equals(t) || "thi_tran".equals(t);
    }

    private boolean isVillage(Long unit) {
        return world.communeOfVillage.containsKey(unit);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return b == null || a.isBefore(b) ? a : b;
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
