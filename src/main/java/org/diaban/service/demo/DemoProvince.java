package org.diaban.service.demo;

import java.util.List;
import org.diaban.service.common.ReferenceData;
import org.diaban.service.hierarchy.ReorganisationService;

/** The phases that load the demo province, in order; they share one {@link DemoWorld}. */
final class DemoProvince {

    /** One seed for the whole demo: the same data on every machine and every run. */
    static final long SEED = 20220522L;

    private final DemoWorld world;
    private final ReferenceData reference;
    private final ReorganisationService reorganisations;
    private final Cancellation cancellation;

    DemoProvince(ProvinceDefinition definition, ReferenceData reference, ReorganisationService reorganisations,
                 Cancellation cancellation) {
        this.world = new DemoWorld(definition);
        this.reference = reference;
        this.reorganisations = reorganisations;
        this.cancellation = cancellation;
    }

    List<Phase> phases() {
        return List.of(
                new HierarchyPhase(world, reference, DemoService.DEMO_KIND),
                new ReformPhase(world, reorganisations, cancellation),
                new CommitteesPhase(world, cancellation),
                new HouseholdsPhase(world, cancellation),
                new AssignmentsPhase(world, cancellation),
                new ActivitiesPhase(world, reference, cancellation));
    }
}
