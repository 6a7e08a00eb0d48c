package org.diaban.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import org.diaban.importing.hierarchy.HierarchyImporter;
import org.diaban.persistence.DataLocation;
import org.diaban.service.Services;
import org.diaban.service.common.Clock;

/** Services on a real H2 file in a temporary folder, with the real migrations. */
public final class TestServices {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private TestServices() {
    }

    public static Services open(Path folder) {
        return Services.open(new DataLocation(folder), Clock.fixed(TODAY));
    }

    /** Services in {@code folder}/data with the legacy fixtures' hierarchy.json imported. */
    public static Services withFixtureHierarchy(Path folder) {
        Services services = open(folder.resolve("data"));
        new HierarchyImporter(services.database(), services.reference(), services.changes(), services.clock())
                .importFile(FixtureHierarchy.copyTo(folder));
        return services;
    }
}
