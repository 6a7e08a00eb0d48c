package org.diaban.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.hierarchy.PartyNaming;
import org.diaban.domain.people.CadreCategory;
import org.diaban.domain.people.PositionKind;

/**
 * What the phases of the demo load have made so far, by id: the tree before and after the
 * reforms, the committees with their members, households and who is in charge of what. Later
 * phases build on it; nothing in it is an entity, so the persistence context can be cleared freely.
 */
final class DemoWorld {

    /** Resolution 77-NQ/TU of the Provincial Standing Committee. */
    static final LocalDate RESOLUTION_77 = LocalDate.of(2022, 5, 22);
    /** The period of the newspaper article's figures: 22/5/2022 to 30/6/2023. */
    static final DateRange ARTICLE_PERIOD = DateRange.of(RESOLUTION_77, LocalDate.of(2023, 6, 30));
    /** The day the demo's records stop: the demo shows activity "until now". */
    static final LocalDate RECORDED_UNTIL = LocalDate.of(2026, 11, 27);
    static final LocalDate TERM_2020_DISTRICT_START = LocalDate.of(2020, 8, 20);
    static final LocalDate TERM_2020_COMMUNE_START = LocalDate.of(2020, 7, 15);
    static final LocalDate TERM_2020_PROVINCE_START = LocalDate.of(2020, 10, 15);
    static final LocalDate TERM_2025_PROVINCE_START = LocalDate.of(2025, 10, 10);

    static final String HUU_LUNG = "huu-lung";

    final ProvinceDefinition definition;
    final LocalDate mergeDay;
    final LocalDate reformDay;
    Long batchId;
    Long provinceId;
    Long term2020;
    Long term2025;

    final Map<String, Long> ids = new HashMap<>();
    final Map<Long, String> keys = new HashMap<>();
    final Map<Long, String> names = new HashMap<>();
    final Map<Long, String> typeCodes = new HashMap<>();
    final Map<Long, String> cadreNames = new HashMap<>();

    /** Before 1/7/2025. */
    final List<Long> districts = new ArrayList<>();
    final Map<Long, List<Long>> communesOfDistrict = new LinkedHashMap<>();
    final Map<Long, Long> districtOfCommune = new HashMap<>();
    /** Territorial villages of each old commune as first recorded (before the 2024 merges). */
    final Map<Long, List<Long>> villagesOfCommune = new LinkedHashMap<>();
    final Map<Long, Long> communeOfVillage = new HashMap<>();
    final Map<Long, List<Long>> cellsOfCommune = new HashMap<>();
    /** The last day of each old commune: 30/11/2024 for those merged then, 30/6/2025 for the others. */
    final Map<Long, LocalDate> communeLastDay = new HashMap<>();
    /** Old communes absorbed on 1/12/2024, and the commune that absorbed each. */
    final Map<Long, Long> absorbedInto = new LinkedHashMap<>();

    /** From 1/7/2025. */
    final List<Long> newCommunes = new ArrayList<>();
    final Map<Long, Long> districtOfNewCommune = new HashMap<>();
    final Map<Long, List<Long>> villagesOfNewCommune = new LinkedHashMap<>();
    /** The old communes each new one was formed from (wholly or, for a split, partly). */
    final Map<Long, List<Long>> predecessorsOfNewCommune = new HashMap<>();

    Committee province;
    final Map<Long, Committee> districtCommittees = new LinkedHashMap<>();
    final Map<Long, Committee> communeCommittees = new LinkedHashMap<>();
    final Map<Long, Committee> newCommuneCommittees = new LinkedHashMap<>();

    final Map<Long, List<Long>> householdsOfVillage = new HashMap<>();
    final Map<Long, List<Duty>> duties = new HashMap<>();
    final List<Group> workingGroups = new ArrayList<>();

    DemoWorld(ProvinceDefinition definition) {
        this.definition = definition;
        this.mergeDay = definition.merges2024().day();
        this.reformDay = definition.reform2025().day();
    }

    Long id(String key) {
        return Objects.requireNonNull(ids.get(key), key);
    }

    void register(String key, Long id, String name, String typeCode) {
        ids.put(key, id);
        keys.put(id, key);
        names.put(id, name);
        typeCodes.put(id, typeCode);
    }

    Long huuLung() {
        return id(HUU_LUNG);
    }

    /** "Xã Hồ Sơn", "Thôn Đồng Tiến": how documents name the unit. */
    String fullName(Long unit) {
        return PartyNaming.fullName(typeCodes.get(unit), names.get(unit));
    }

    /** The territorial villages of an old commune on a day (with those of a commune it absorbed). */
    List<Long> villagesOfCommuneOn(Long commune, LocalDate day) {
        List<Long> out = new ArrayList<>(villagesOfCommune.getOrDefault(commune, List.of()));
        if (!day.isBefore(mergeDay)) {
            absorbedInto.forEach((from, into) -> {
                if (into.equals(commune)) {
                    out.addAll(villagesOfCommune.get(from));
                }
            });
        }
        return out;
    }

    /** The old commune a village belonged to on a day before the reform (after a 2024 merge, the absorbing one). */
    Long communeOfVillageOn(Long village, LocalDate day) {
        Long commune = communeOfVillage.get(village);
        Long into = absorbedInto.get(commune);
        return into != null && !day.isBefore(mergeDay) ? into : commune;
    }

    void addDuty(Duty duty) {
        duties.computeIfAbsent(duty.cadreId(), k -> new ArrayList<>()).add(duty);
    }

    /** A committee (cấp ủy) of a unit, with the positions held on it. */
    static final class Committee {

        final Long unitId;
        final String tierCode;
        final List<Member> members = new ArrayList<>();

        Committee(Long unitId, String tierCode) {
            this.unitId = unitId;
            this.tierCode = tierCode;
        }

        List<Member> inCategory(CadreCategory category) {
            return members.stream().filter(m -> m.kind().category() == category).toList();
        }

        List<Member> committeeMembers() {
            return members.stream().filter(m -> m.kind().isCommitteeMember()).toList();
        }

        Member secretary() {
            return members.stream().filter(m -> m.kind() == PositionKind.SECRETARY).findFirst().orElseThrow();
        }
    }

    /** A position on a committee, held by a cadre for a period. */
    record Member(Long cadreId, PositionKind kind, String title, DateRange range) {
    }

    /** What a cadre is in charge of, for a period: a unit or a household, at a level. */
    record Duty(Long cadreId, Long unitId, Long householdId, DateRange range, Level level) {

        boolean activeOn(LocalDate day) {
            return range.contains(day);
        }
    }

    /** The level of the committee whose decision gave a duty. */
    enum Level {
        PROVINCE,
        DISTRICT,
        COMMUNE
    }

    /** A working group: its id, leader, members and communes, for its sessions. */
    record Group(Long id, Long committeeUnitId, Long leader, List<Long> members, List<Long> communes, DateRange range) {
    }
}
