package org.diaban.testing;

import java.time.LocalDate;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.Gender;
import org.diaban.domain.people.PositionKind;
import org.diaban.domain.people.PositionSpec;
import org.diaban.service.Services;

/** Cadres for tests: born 1970, on a committee for the 2020–2025 term (15/10/2020–30/6/2025). */
public final class SampleCadres {

    public static final long TERM_2020 = 2L;

    private SampleCadres() {
    }

    public static Long create(Services services, String name, PositionKind kind, Long committee) {
        return services.cadres().create(new CadreProfile(name, Gender.MALE, 1970, null, null, null, null, null),
                new PositionSpec(kind, committee, TERM_2020, null, DateRange.of(LocalDate.of(2020, 10, 15),
                        LocalDate.of(2025, 6, 30))));
    }
}
