package org.diaban.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.hierarchy.Tier;
import org.diaban.domain.people.Cadre;
import org.diaban.domain.people.CadreCategory;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.PositionKind;
import org.diaban.domain.people.PositionSpec;
import org.diaban.persistence.Store;
import org.diaban.service.demo.DemoWorld.Committee;
import org.diaban.service.demo.DemoWorld.Member;
import org.diaban.service.demo.PersonMaker.Person;

/**
 * The people and their positions: the Tỉnh ủy (53 members), the 11 district committees (502
 * members province-wide; Hữu Lũng with 8 BTV, 27 other BCH members and 44 leaders/managers), the
 * old commune committees (448 cadres in Hữu Lũng's 24 communes, a few per commune elsewhere), and
 * from 1/7/2025 the committees of the new communes, filled with the same people under new titles.
 * Every person's positions are planned first, then each cadre is written once.
 */
final class CommitteesPhase implements Phase {

    private static final int HUU_LUNG_BCH = 27;
    private static final int HUU_LUNG_LEADERS = 44;

    private final DemoWorld world;
    private final Cancellation cancellation;
    private final Rand rand = new Rand(DemoProvince.SEED + 3);
    private final PersonMaker people = new PersonMaker(rand);
    private final List<Plan> plans = new ArrayList<>();

    CommitteesPhase(DemoWorld world, Cancellation cancellation) {
        this.world = world;
        this.cancellation = cancellation;
    }

    /** Someone to create, with every position they will hold. */
    private static final class Plan {
        final Person person;
        final Long home;
        final String workplace;
        final List<Seat> seats = new ArrayList<>();
        LocalDate retiredOn;

        Plan(Person person, Long home, String workplace) {
            this.person = person;
            this.home = home;
            this.workplace = workplace;
        }
    }

    private record Seat(Committee committee, PositionKind kind, Long term, String title, DateRange range) {
    }

    /** A member of an old committee, kept to staff the new ones after the reform. */
    private record Holder(Plan plan, PositionKind kind, String title) {
    }

    @Override
    public String messageKey() {
        return "demo.phase.people";
    }

    @Override
    public void run(Store store) {
        province();
        List<Holder> districtHolders = new ArrayList<>();
        List<Holder> communeHolders = new ArrayList<>();
        for (Long district : world.districts) {
            districtHolders.addAll(district(district));
            for (Long commune : world.communesOfDistrict.get(district)) {
                communeHolders.addAll(commune(district, commune));
            }
        }
        movedByMerges(communeHolders);
        newCommunes(districtHolders, communeHolders);
        persist(store);
    }

    private void province() {
        Titles.Words w = Titles.province();
        Committee c = new Committee(world.provinceId, Tier.PROVINCE);
        world.province = c;
        DateRange first = DateRange.of(DemoWorld.TERM_2020_PROVINCE_START, DemoWorld.TERM_2025_PROVINCE_START.minusDays(1));
        DateRange second = DateRange.startingOn(DemoWorld.TERM_2025_PROVINCE_START);
        for (int i = 0; i < 53; i++) {
            PositionKind kind = i == 0 ? PositionKind.SECRETARY : i < 4 ? PositionKind.DEPUTY_SECRETARY
                    : i < 15 ? PositionKind.STANDING_MEMBER : PositionKind.EXECUTIVE_MEMBER;
            String title = i < 4 ? w.fill(Titles.PROVINCE_LEADERS.get(i))
                    : i < 15 ? w.standing(Titles.PROVINCE_STANDING.get(i - 4))
                    : w.member(Titles.PROVINCE_JOBS.get((i - 15) % Titles.PROVINCE_JOBS.size()));
            Plan p = plan(people.next(1965, 1980, 0.2), world.provinceId, "Tỉnh ủy Lạng Sơn");
            p.seats.add(new Seat(c, kind, world.term2020, title, first));
            p.seats.add(new Seat(c, kind, world.term2025, title, second));
        }
    }

    /** A district committee; returns its BTV and BCH members, who staff the new communes later. */
    private List<Holder> district(Long district) {
        Titles.Words w = Titles.district(world.typeCodes.get(district));
        boolean huuLung = district.equals(world.huuLung());
        Committee c = new Committee(district, Tier.DISTRICT);
        world.districtCommittees.put(district, c);
        int index = world.districts.indexOf(district);
        int btv = huuLung ? 8 : 12;
        int bch = huuLung ? 8 + HUU_LUNG_BCH : index % 3 == 2 ? 46 : 47;
        int leaders = huuLung ? HUU_LUNG_LEADERS : 12;
        DateRange term = DateRange.of(DemoWorld.TERM_2020_DISTRICT_START, world.reformDay.minusDays(1));
        String workplace = w.committee() + " " + world.names.get(district);
        List<Holder> holders = new ArrayList<>();
        for (int i = 0; i < bch + leaders; i++) {
            PositionKind kind = i == 0 ? PositionKind.SECRETARY : i < 3 ? PositionKind.DEPUTY_SECRETARY
                    : i < btv ? PositionKind.STANDING_MEMBER : i < bch ? PositionKind.EXECUTIVE_MEMBER
                    : PositionKind.LEADER_MANAGER;
            String title = i < 3 ? w.fill(Titles.DISTRICT_LEADERS.get(i))
                    : i < btv ? w.standing(Titles.DISTRICT_STANDING.get(i - 3))
                    : i < bch ? w.member(Titles.DISTRICT_JOBS.get((i - btv) % Titles.DISTRICT_JOBS.size()))
                    : w.fill(Titles.DISTRICT_DEPUTY_JOBS.get((i - bch) % Titles.DISTRICT_DEPUTY_JOBS.size()));
            Plan p = plan(people.next(1966, 1990, 0.25), district,
                    kind == PositionKind.LEADER_MANAGER ? "UBND " + w.level() + " " + world.names.get(district) : workplace);
            DateRange range = term;
            if (huuLung && i == btv + 3) {
                // replaced a member who retired at the end of 2021: in office for the whole article period
                range = DateRange.of(LocalDate.of(2022, 1, 1), term.to());
                Plan retired = plan(people.next(1961, 1962, 0.0), district, workplace);
                retired.seats.add(new Seat(c, kind, world.term2020, title,
                        DateRange.of(term.from(), LocalDate.of(2021, 12, 31))));
                retired.retiredOn = LocalDate.of(2022, 1, 1);
            }
            p.seats.add(new Seat(c, kind, world.term2020, title, range));
            if (kind.isCommitteeMember()) {
                holders.add(new Holder(p, kind, title));
            }
        }
        if (huuLung) {
            // appointed after the article period; not among its 79
            Plan late = plan(people.next(1985, 1990, 0.5), district, "UBND huyện Hữu Lũng");
            late.seats.add(new Seat(c, PositionKind.LEADER_MANAGER, world.term2020, "Phó Trưởng phòng Nội vụ",
                    DateRange.of(LocalDate.of(2023, 9, 1), term.to())));
        }
        return holders;
    }

    /** An old commune's committee: 18 or 19 cadres in Hữu Lũng (448 in all), five elsewhere. */
    private List<Holder> commune(Long district, Long commune) {
        Titles.Words w = Titles.commune(world.typeCodes.get(commune));
        Committee c = new Committee(commune, Tier.COMMUNE);
        world.communeCommittees.put(commune, c);
        boolean huuLung = district.equals(world.huuLung());
        int size;
        int btv;
        int bch;
        if (huuLung) {
            int index = world.communesOfDistrict.get(district).indexOf(commune);
            size = index < 16 ? 19 : 18;
            btv = 5;
            bch = 16;
        } else {
            size = 5;
            btv = 2;
            bch = 5;
        }
        DateRange term = DateRange.of(DemoWorld.TERM_2020_COMMUNE_START, world.communeLastDay.get(commune));
        String workplace = w.committee() + " " + world.names.get(commune);
        List<Holder> holders = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            PositionKind kind = i == 0 ? PositionKind.SECRETARY : i < Math.min(3, btv) ? PositionKind.DEPUTY_SECRETARY
                    : i < btv ? PositionKind.STANDING_MEMBER : i < bch ? PositionKind.EXECUTIVE_MEMBER
                    : PositionKind.LEADER_MANAGER;
            String title = i < Math.min(3, btv) ? w.fill(Titles.COMMUNE_LEADERS.get(i))
                    : i < btv ? w.standing(Titles.COMMUNE_STANDING.get(i - 3))
                    : i < bch ? w.member(Titles.COMMUNE_JOBS.get((i - btv) % Titles.COMMUNE_JOBS.size()))
                    : w.fill(Titles.COMMUNE_DEPUTY_JOBS.get((i - bch) % Titles.COMMUNE_DEPUTY_JOBS.size()));
            Plan p = plan(people.next(1968, 1996, 0.3), commune, workplace);
            p.seats.add(new Seat(c, kind, world.term2020, title, term));
            holders.add(new Holder(p, kind, title));
        }
        return holders;
    }

    /** After a 1/12/2024 merge some members of the absorbed commune join the committee that absorbed it. */
    private void movedByMerges(List<Holder> communeHolders) {
        world.absorbedInto.forEach((from, into) -> {
            Committee target = world.communeCommittees.get(into);
            Titles.Words w = Titles.commune(world.typeCodes.get(into));
            List<Holder> members = communeHolders.stream().filter(h -> seatOn(h.plan(), from)).toList();
            int moving = Math.min(members.size(), world.districtOfCommune.get(from).equals(world.huuLung()) ? 5 : 2);
            for (Holder h : members.subList(0, moving)) {
                h.plan().seats.add(new Seat(target, PositionKind.EXECUTIVE_MEMBER, world.term2020,
                        w.member(Titles.COMMUNE_JOBS.get(rand.between(0, Titles.COMMUNE_JOBS.size() - 1))),
                        DateRange.of(world.mergeDay, world.reformDay.minusDays(1))));
            }
        });
    }

    /**
     * From 1/7/2025: the new communes' committees, led by former district standing members (in
     * Hữu Lũng the Bí thư Huyện ủy becomes Bí thư Đảng ủy xã Hữu Lũng) and staffed from the old
     * communes they were formed from.
     */
    private void newCommunes(List<Holder> districtHolders, List<Holder> communeHolders) {
        DateRange term = DateRange.startingOn(world.reformDay);
        List<Holder> usedDistrict = new ArrayList<>();
        for (Long commune : world.newCommunes) {
            Long district = world.districtOfNewCommune.get(commune);
            boolean huuLung = district.equals(world.huuLung());
            Titles.Words w = Titles.commune(world.typeCodes.get(commune));
            Committee c = new Committee(commune, Tier.COMMUNE);
            world.newCommuneCommittees.put(commune, c);
            List<Holder> fromDistrict = districtHolders.stream()
                    .filter(h -> seatOn(h.plan(), district) && !usedDistrict.contains(h)).toList();
            Holder secretary = fromDistrict.stream().filter(h -> h.kind().category() == CadreCategory.BTV)
                    .findFirst().orElse(fromDistrict.get(0));
            usedDistrict.add(secretary);
            secretary.plan().seats.add(new Seat(c, PositionKind.SECRETARY, world.term2025,
                    w.fill(Titles.COMMUNE_LEADERS.get(0)), term));
            List<Holder> locals = new ArrayList<>(communeHolders.stream()
                    .filter(h -> world.predecessorsOfNewCommune.get(commune).stream().anyMatch(p -> seatOn(h.plan(), p))
                            && h.plan().seats.stream().noneMatch(s -> s.range().contains(world.reformDay)))
                    .toList());
            locals.sort(Comparator.comparing(Holder::kind));
            int deputies = 1;
            if (huuLung) {
                Holder fromBch = fromDistrict.stream().filter(h -> !usedDistrict.contains(h)
                        && h.kind() == PositionKind.EXECUTIVE_MEMBER).findFirst().orElseThrow();
                usedDistrict.add(fromBch);
                fromBch.plan().seats.add(new Seat(c, PositionKind.DEPUTY_SECRETARY, world.term2025,
                        w.fill(Titles.COMMUNE_LEADERS.get(2)), term));
            }
            int standing = huuLung ? 2 : 0;
            int members = huuLung ? 9 : 3;
            int leaders = huuLung ? 2 : 0;
            int k = 0;
            for (Holder h : locals) {
                PositionKind kind;
                String title;
                if (deputies > 0 && h.kind().category() == CadreCategory.BTV) {
                    kind = PositionKind.DEPUTY_SECRETARY;
                    title = w.fill(Titles.COMMUNE_LEADERS.get(1));
                    deputies--;
                } else if (standing > 0 && h.kind().category() == CadreCategory.BTV) {
                    kind = PositionKind.STANDING_MEMBER;
                    title = w.standing(Titles.COMMUNE_STANDING.get(standing - 1));
                    standing--;
                } else if (members > 0 && h.kind().isCommitteeMember()) {
                    kind = PositionKind.EXECUTIVE_MEMBER;
                    title = w.member(Titles.COMMUNE_JOBS.get(k++ % Titles.COMMUNE_JOBS.size()));
                    members--;
                } else if (leaders > 0 && !h.kind().isCommitteeMember()) {
                    kind = PositionKind.LEADER_MANAGER;
                    title = w.fill(Titles.COMMUNE_DEPUTY_JOBS.get(leaders));
                    leaders--;
                } else {
                    continue;
                }
                h.plan().seats.add(new Seat(c, kind, world.term2025, title, term));
            }
        }
    }

    private static boolean seatOn(Plan plan, Long committeeUnit) {
        return plan.seats.stream().anyMatch(s -> s.committee().unitId.equals(committeeUnit));
    }

    private Plan plan(Person person, Long home, String workplace) {
        Plan p = new Plan(person, home, workplace);
        plans.add(p);
        return p;
    }

    private void persist(Store store) {
        int n = 0;
        for (Plan p : plans) {
            String phone = rand.chance(0.4) ? String.format("09%02d %03d %03d", rand.between(0, 99),
                    rand.between(0, 999), rand.between(0, 999)) : null;
            Cadre cadre = new Cadre(new CadreProfile(p.person.fullName(), p.person.gender(), p.person.birthYear(),
                    p.person.ethnicity(), p.home, p.workplace, phone, null));
            for (Seat s : p.seats) {
                cadre.addPosition(new PositionSpec(s.kind(), s.committee().unitId, s.term(), s.title(), s.range()));
            }
            if (p.retiredOn != null) {
                cadre.retire(p.retiredOn, "Nghỉ hưu");
            }
            cadre.markImported(world.batchId);
            store.cadres().save(cadre);
            world.cadreNames.put(cadre.id(), cadre.fullName());
            for (Seat s : p.seats) {
                s.committee().members.add(new Member(cadre.id(), s.kind(), s.title(), s.range()));
            }
            if (++n % 500 == 0) {
                store.flushAndClear();
                cancellation.check();
            }
        }
        store.flushAndClear();
    }
}
