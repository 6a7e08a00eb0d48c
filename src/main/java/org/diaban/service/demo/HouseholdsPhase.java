package org.diaban.service.demo;

import java.util.ArrayList;
import org.diaban.domain.hierarchy.Household;
import org.diaban.persistence.BulkWriter;
import org.diaban.persistence.Store;

/** Households: 30 to 60 in every village of Hữu Lũng, a few in some villages elsewhere. */
final class HouseholdsPhase implements Phase {

    private final DemoWorld world;
    private final Cancellation cancellation;
    private final Rand rand = new Rand(DemoProvince.SEED + 4);
    private final PersonMaker people = new PersonMaker(rand);

    HouseholdsPhase(DemoWorld world, Cancellation cancellation) {
        this.world = world;
        this.cancellation = cancellation;
    }

    @Override
    public String messageKey() {
        return "demo.phase.households";
    }

    @Override
    public void run(Store store) {
        try (BulkWriter bulk = store.bulk()) {
            for (Long district : world.districts) {
                boolean huuLung = district.equals(world.huuLung());
                int v = 0;
                for (Long commune : world.communesOfDistrict.get(district)) {
                    for (Long village : world.villagesOfCommune.get(commune)) {
                        int count = huuLung ? rand.between(30, 60) : v++ % 5 == 0 ? rand.between(10, 20) : 0;
                        for (int i = 0; i < count; i++) {
                            household(bulk, district, commune, village);
                        }
                    }
                    cancellation.check();
                }
            }
        }
    }

    private void household(BulkWriter bulk, Long district, Long commune, Long village) {
        PersonMaker.Person head = people.householder();
        double r = rand.fraction();
        String category = r < 0.07 ? "ho_ngheo" : r < 0.13 ? "ho_can_ngheo" : r < 0.18 ? "ho_chinh_sach"
                : r < 0.20 ? "ho_kho_khan" : "binh_thuong";
        Household h = new Household(village, head.fullName(), head.birthYear(), rand.between(1, 8), category);
        h.setAddress(world.fullName(village) + ", " + world.fullName(commune) + ", " + world.fullName(district));
        h.markImported(world.batchId);
        world.householdsOfVillage.computeIfAbsent(village, k -> new ArrayList<>()).add(bulk.insert(h));
    }
}
