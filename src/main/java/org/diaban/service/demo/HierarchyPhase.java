package org.diaban.service.demo;

import java.util.ArrayList;
import java.util.List;
import org.diaban.domain.audit.ImportBatch;
import org.diaban.domain.hierarchy.PartyNaming;
import org.diaban.domain.hierarchy.Unit;
import org.diaban.domain.hierarchy.UnitDescription;
import org.diaban.domain.text.VietnameseText;
import org.diaban.persistence.Store;
import org.diaban.service.common.ReferenceData;
import org.diaban.service.demo.ProvinceDefinition.CommuneDef;
import org.diaban.service.demo.ProvinceDefinition.DistrictDef;
import org.diaban.service.demo.ProvinceDefinition.VillageDef;

/** The province, its 11 districts, about 200 communes and 1,676 villages as they were before 2024. */
final class HierarchyPhase implements Phase {

    private final DemoWorld world;
    private final ReferenceData reference;
    private final String batchKind;

    HierarchyPhase(DemoWorld world, ReferenceData reference, String batchKind) {
        this.world = world;
        this.reference = reference;
        this.batchKind = batchKind;
    }

    @Override
    public String messageKey() {
        return "demo.phase.hierarchy";
    }

    @Override
    public void run(Store store) {
        ImportBatch batch = store.importBatches().save(new ImportBatch(batchKind, ProvinceDefinition.RESOURCE, null));
        world.batchId = batch.id();
        world.term2020 = reference.term("2020-2025").orElseThrow().id();
        world.term2025 = reference.term("2025-2030").orElseThrow().id();
        ProvinceDefinition.ProvinceDef p = world.definition.province();
        world.provinceId = unit(store, p.id(), p.type(), p.name(), p.officialCode(), null);
        for (DistrictDef d : world.definition.districts()) {
            Long district = unit(store, d.id(), d.type(), d.name(), null, world.provinceId);
            world.districts.add(district);
            List<Long> communes = new ArrayList<>();
            for (CommuneDef c : d.communes()) {
                Long commune = unit(store, c.id(), c.type(), c.name(), null, district);
                communes.add(commune);
                world.districtOfCommune.put(commune, district);
                world.communeLastDay.put(commune, world.reformDay.minusDays(1));
                List<Long> villages = new ArrayList<>();
                for (VillageDef v : c.villages()) {
                    Long village = unit(store, v.id(), v.type(), v.name(), null, commune);
                    villages.add(village);
                    world.communeOfVillage.put(village, commune);
                }
                world.villagesOfCommune.put(commune, villages);
                List<Long> cells = new ArrayList<>();
                for (String cell : c.cells()) {
                    cells.add(unit(store, c.id() + "." + slug(cell), "chi_bo", cell, null, commune));
                }
                world.cellsOfCommune.put(commune, cells);
            }
            world.communesOfDistrict.put(district, communes);
        }
    }

    private Long unit(Store store, String key, String typeCode, String name, String officialCode, Long parentId) {
        PartyNaming.Names party = PartyNaming.of(typeCode, name).orElseThrow();
        Unit unit = new Unit(key, null, new UnitDescription(reference.type(typeCode).id(), name,
                PartyNaming.fullName(typeCode, name), officialCode, party.partyOrgName(), party.committeeName(),
                party.committeeCode()), parentId);
        unit.markImported(world.batchId);
        store.units().save(unit);
        world.register(key, unit.id(), name, typeCode);
        return unit.id();
    }

    static String slug(String name) {
        return VietnameseText.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
