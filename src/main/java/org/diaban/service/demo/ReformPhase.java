package org.diaban.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diaban.domain.hierarchy.PartyNaming;
import org.diaban.domain.hierarchy.ReorganisationKind;
import org.diaban.domain.hierarchy.Unit;
import org.diaban.persistence.Store;
import org.diaban.service.demo.ProvinceDefinition.MergeDef;
import org.diaban.service.demo.ProvinceDefinition.NewCommuneDef;
import org.diaban.service.demo.ProvinceDefinition.Reform;
import org.diaban.service.demo.ProvinceDefinition.SplitDef;
import org.diaban.service.hierarchy.NewUnit;
import org.diaban.service.hierarchy.ReorganisationPlan;
import org.diaban.service.hierarchy.ReorganisationPlan.Existing;
import org.diaban.service.hierarchy.ReorganisationPlan.SuccessorRef;
import org.diaban.service.hierarchy.ReorganisationService;
import org.diaban.service.hierarchy.UnitEdit;

/**
 * The reorganisations, recorded as events through the reorganisation service so that lineage
 * works as for any user-entered change: the commune merges of 1/12/2024 (xã Sơn Hà into thị trấn
 * Hữu Lũng, ...), then on 1/7/2025 the merges into the 65 new commune-level units under the
 * province, a split of an old commune between two of them, and the end of the 11 districts.
 */
final class ReformPhase implements Phase {

    private final DemoWorld world;
    private final ReorganisationService reorganisations;
    private final Cancellation cancellation;

    ReformPhase(DemoWorld world, ReorganisationService reorganisations, Cancellation cancellation) {
        this.world = world;
        this.reorganisations = reorganisations;
        this.cancellation = cancellation;
    }

    @Override
    public String messageKey() {
        return "demo.phase.reform";
    }

    @Override
    public void run(Store store) {
        mergesOf2024(store);
        Reform reform = world.definition.reform2025();
        for (NewCommuneDef c : reform.communes()) {
            newCommune(store, reform, c);
            cancellation.check();
        }
        for (SplitDef split : reform.splits()) {
            split(store, reform, split);
        }
        for (Long district : world.districts) {
            List<Long> successors = world.newCommunes.stream()
                    .filter(c -> district.equals(world.districtOfNewCommune.get(c))).toList();
            reorganisations.recordIn(store, new ReorganisationPlan(ReorganisationKind.DISSOLVE, reform.day(),
                    reform.legalBasis(), "Kết thúc tổ chức cấp huyện", List.of(district), successors, List.of(),
                    Map.of(), null), world.batchId);
        }
        store.flushAndClear();
        // versions started by the moves belong to the demo as much as the units do
        store.units().markLaterVersionsImported(world.batchId);
        store.flushAndClear();
    }

    private void mergesOf2024(Store store) {
        LocalDate day = world.mergeDay;
        for (MergeDef merge : world.definition.merges2024().merges()) {
            Long into = world.id(merge.into());
            List<Long> predecessors = new ArrayList<>();
            for (String key : merge.from()) {
                Long from = world.id(key);
                predecessors.add(from);
                world.absorbedInto.put(from, into);
                world.communeLastDay.put(from, day.minusDays(1));
            }
            predecessors.add(into);
            reorganisations.recordIn(store, ReorganisationPlan.mergeIntoExisting(into, predecessors, day,
                    world.definition.merges2024().legalBasis()), world.batchId);
        }
        store.flushAndClear();
    }

    private void newCommune(Store store, Reform reform, NewCommuneDef c) {
        PartyNaming.Names party = PartyNaming.of(c.type(), c.name()).orElseThrow();
        List<Long> predecessors = c.from().stream().map(world::id).toList();
        NewUnit unit = new NewUnit(c.id(), new UnitEdit(c.type(), c.name(), PartyNaming.fullName(c.type(), c.name()),
                null, party.partyOrgName(), party.committeeName(), party.committeeCode(), world.provinceId),
                reform.day(), null);
        reorganisations.recordIn(store, ReorganisationPlan.mergeInto(unit, predecessors, reform.day(),
                reform.legalBasis()), world.batchId);
        Long id = store.units().byKey(c.id()).orElseThrow().id();
        world.register(c.id(), id, c.name(), c.type());
        world.newCommunes.add(id);
        world.districtOfNewCommune.put(id, world.id(c.district()));
        world.predecessorsOfNewCommune.put(id, new ArrayList<>(predecessors));
        List<Long> villages = new ArrayList<>();
        for (Long old : predecessors) {
            villages.addAll(world.villagesOfCommune.get(old));
            world.absorbedInto.forEach((from, into) -> {
                if (into.equals(old)) {
                    villages.addAll(world.villagesOfCommune.get(from));
                }
            });
        }
        world.villagesOfNewCommune.put(id, villages);
        store.flushAndClear();
    }

    /** The old commune's units, in id order, go to the first target up to {@code first}, then to the second. */
    private void split(Store store, Reform reform, SplitDef split) {
        Long old = world.id(split.commune());
        List<Long> targets = split.to().stream().map(world::id).toList();
        List<Unit> children = new ArrayList<>(store.units().childrenOn(old, reform.day().minusDays(1)));
        children.sort(Comparator.comparing(Unit::externalKey));
        Map<Long, SuccessorRef> allocation = new HashMap<>();
        for (int i = 0; i < children.size(); i++) {
            Long target = targets.get(i < split.first() ? 0 : 1);
            Long child = children.get(i).id();
            allocation.put(child, new Existing(target));
            if (world.communeOfVillage.containsKey(child)) {
                world.villagesOfNewCommune.get(target).add(child);
            }
        }
        targets.forEach(t -> world.predecessorsOfNewCommune.get(t).add(old));
        reorganisations.recordIn(store, new ReorganisationPlan(ReorganisationKind.SPLIT, reform.day(),
                reform.legalBasis(), null, List.of(old), targets, List.of(), allocation, null), world.batchId);
        store.flushAndClear();
    }
}
