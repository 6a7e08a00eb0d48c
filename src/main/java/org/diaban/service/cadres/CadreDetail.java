package org.diaban.service.cadres;

import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.people.CadreProfile;

/** Everything the cadre form shows: the profile and the positions over time, oldest first. */
public record CadreDetail(Long id, CadreProfile profile, String homeUnitName, LocalDate retiredOn,
                          String retiredReason, List<PositionView> positions) {
}
