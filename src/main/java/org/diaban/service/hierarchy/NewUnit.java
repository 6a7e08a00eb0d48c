package org.diaban.service.hierarchy;

import java.time.LocalDate;

/**
 * A unit to create. A blank key is derived from the parent's key and the name
 * ("huu-lung" + "Hồ Sơn" gives "huu-lung.ho-son"), the way the hierarchy files name units.
 */
public record NewUnit(String externalKey, UnitEdit facts, LocalDate validFrom, String note) {
}
